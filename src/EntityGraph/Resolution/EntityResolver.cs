using System;
using System.Collections.Generic;
using EntityGraph.Recognition;

namespace EntityGraph.Resolution;

/// <summary>A document prepared for resolution: its local entities with their keys. Immutable.</summary>
internal sealed class ResolverDocument
{
    public required string Id;
    public required DocumentEntities Source;
    public required Node[] Nodes;
}

/// <summary>One local entity with the keys it can merge by.</summary>
internal sealed class Node
{
    public required LocalEntity Entity;
    public required string DocumentId;

    /// <summary>Strong keys with the rule each came from; one-word person names have none.</summary>
    public required List<(string Key, string Rule)> Keys;

    /// <summary>For one-word person names without strong keys: the word; else null.</summary>
    public string? Weak;

    /// <summary>First and last words of a full person name, for one-word names elsewhere to find it.</summary>
    public string? FirstWord;

    public string? LastWord;

    /// <summary>The canonical name the user's alias table gives it, or null.</summary>
    public string? Canonical;
}

/// <summary>
/// Merges the local entities of many documents into collection-wide entities. Two local entities of the
/// same type merge when they share a key: a normalised name or alias (case, diacritics, hyphens,
/// apostrophes and spacing ignored: <c>Wang Ping-nan</c> = <c>Wang Pingnan</c> = <c>Wang Ping Nan</c>),
/// a gazetteer identifier, an agency's state and core name, the same first and last name, or an
/// entry of the user's <see cref="AliasTable"/> (which overrides the other keys of the names it lists).
/// A one-word person name (<c>Zhang</c>) has no such key: it joins a full name whose first or last word
/// it is, or another one-word name, only when their documents share enough context
/// (<see cref="ResolverOptions.ContextThreshold"/>), and never when two candidates score alike.
/// The result depends only on the set of documents, never on their order. Immutable and thread-safe.
/// </summary>
public sealed class EntityResolver
{
    private readonly IPlaceKnowledge _knowledge;

    /// <summary>Creates a resolver with the default options.</summary>
    public EntityResolver()
        : this(ResolverOptions.Default)
    {
    }

    /// <summary>Creates a resolver.</summary>
    /// <param name="options">Threshold, weights and alias table.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is null.</exception>
    public EntityResolver(ResolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _knowledge = options.Knowledge;
    }

    /// <summary>The options.</summary>
    public ResolverOptions Options { get; }

    /// <summary>Resolves a collection.</summary>
    /// <param name="documents">The documents' local entities; ids must be unique.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="documents"/> is null.</exception>
    /// <exception cref="EntityGraphException">When a document id repeats.</exception>
    public EntityResolution Resolve(IEnumerable<DocumentEntities> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Run(Prepare(new List<ResolverDocument>(), documents));
    }

    internal EntityResolution Add(EntityResolution existing, IEnumerable<DocumentEntities> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (!ReferenceEquals(existing.Resolver, this))
        {
            // Prepared keys depend on the options, so a resolution only grows with its own resolver.
            var raw = new List<DocumentEntities>();
            foreach (ResolverDocument d in existing.PreparedDocuments)
            {
                raw.Add(d.Source);
            }

            raw.AddRange(documents);
            return Resolve(raw);
        }

        return Run(Prepare(new List<ResolverDocument>(existing.PreparedDocuments), documents));
    }

    private List<ResolverDocument> Prepare(List<ResolverDocument> docs, IEnumerable<DocumentEntities> documents)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (ResolverDocument d in docs)
        {
            ids.Add(d.Id);
        }

        foreach (DocumentEntities de in documents)
        {
            ArgumentNullException.ThrowIfNull(de, nameof(documents));
            if (!ids.Add(de.DocumentId))
            {
                throw new EntityGraphException("Document '" + de.DocumentId + "' is already part of the resolution.");
            }

            var nodes = new Node[de.Entities.Count];
            for (int i = 0; i < nodes.Length; i++)
            {
                nodes[i] = MakeNode(de.DocumentId, de.Entities[i]);
            }

            docs.Add(new ResolverDocument { Id = de.DocumentId, Source = de, Nodes = nodes });
        }

        // Sorting makes every later step independent of the order documents arrived in.
        docs.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return docs;
    }

    private Node MakeNode(string documentId, LocalEntity e)
    {
        var keys = new List<(string, string)>(4);
        var node = new Node { Entity = e, DocumentId = documentId, Keys = keys };
        string type = e.Type.ToName();
        if (e.Type == EntityType.Date)
        {
            keys.Add((type + "|" + e.Name, "exact-key"));
            return node;
        }

        if (Options.Aliases is AliasTable table && TryAliasTable(table, e, out string canonical))
        {
            keys.Add((NameKey(e.Type, canonical, null), "alias-table"));
            node.Canonical = canonical;
            return node;
        }

        if (e.KnowledgeId is not null)
        {
            string id = e.KnowledgeId;
            keys.Add(("kb|" + id, "gazetteer:" + (id.StartsWith("geo:", StringComparison.Ordinal) || id.StartsWith("org:", StringComparison.Ordinal) ? id[4..] : id)));
        }

        List<string> words = NameKeys.Words(e.Name);
        if (e.Type == EntityType.Person)
        {
            if (words.Count >= 2)
            {
                keys.Add((NameKey(e.Type, e.Name, null), "exact-key"));
                node.FirstWord = words[0];
                node.LastWord = words[^1];
                if (Options.MergeNameSignatures)
                {
                    keys.Add(("person~" + words[0] + "|" + words[^1] + "|" + (words.Count > 2 ? words[1][..1] : ""), "name-signature"));
                }
            }
            else if (words.Count == 1 && e.KnowledgeId is null)
            {
                node.Weak = words[0];
            }

            foreach (string a in e.Aliases)
            {
                if (NameKeys.Words(a).Count >= 2)
                {
                    keys.Add((NameKey(e.Type, a, null), "alias"));
                }
            }

            return node;
        }

        keys.Add((NameKey(e.Type, e.Name, e.Country), "exact-key"));
        if (e.Type == EntityType.Place && PlaceNames.WithoutGenericHead(words) is string bare)
        {
            keys.Add(("place|" + bare, "generic-head"));
        }

        foreach (string a in e.Aliases)
        {
            string k = NameKey(e.Type, a, e.Country);
            if (k.Length > type.Length + 2)
            {
                keys.Add((k, "alias"));
            }
        }

        return node;
    }

    private static bool TryAliasTable(AliasTable table, LocalEntity e, out string canonical)
    {
        if (table.TryGetCanonical(e.Name, e.Type, out canonical))
        {
            return true;
        }

        foreach (string a in e.Aliases)
        {
            if ((e.Type != EntityType.Person || NameKeys.Words(a).Count >= 2) && table.TryGetCanonical(a, e.Type, out canonical))
            {
                return true;
            }
        }

        return false;
    }

    private string NameKey(EntityType type, string name, string? country)
    {
        if (type == EntityType.Agency)
        {
            (string? cc, string core) = AgencyNames.Analyse(NameKeys.StripBrackets(name), _knowledge);
            if (cc is null && AgencyNames.IsNational(core))
            {
                cc = country;
            }

            return "agency|" + cc + "|" + core;
        }

        return type.ToName() + "|" + string.Concat(NameKeys.Words(name));
    }

    private EntityResolution Run(List<ResolverDocument> docs)
    {
        var nodes = new List<Node>();
        foreach (ResolverDocument d in docs)
        {
            nodes.AddRange(d.Nodes);
        }

        int n = nodes.Count;
        var uf = new UnionFind(n);
        var keyNodes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            foreach ((string key, string _) in nodes[i].Keys)
            {
                if (!keyNodes.TryGetValue(key, out List<int>? list))
                {
                    list = new List<int>(2);
                    keyNodes[key] = list;
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }

                uf.Union(list[0], i);
            }
        }

        var contextMerges = AttachWeakNodes(docs, nodes, uf);
        return Build(docs, nodes, uf, keyNodes, contextMerges);
    }

    private double Weight(EntityType t) => t switch
    {
        EntityType.Person => Options.PersonContextWeight,
        EntityType.Agency => Options.AgencyContextWeight,
        EntityType.Place => Options.PlaceContextWeight,
        _ => 0,
    };

    private Dictionary<int, string> AttachWeakNodes(List<ResolverDocument> docs, List<Node> nodes, UnionFind uf)
    {
        var merges = new Dictionary<int, string>();
        var weak = new List<int>();
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Weak is not null)
            {
                weak.Add(i);
            }
        }

        if (weak.Count == 0 || double.IsPositiveInfinity(Options.ContextThreshold))
        {
            return merges;
        }

        // Per document: the strong clusters it mentions (weak nodes and dates are no context).
        var docOfNode = new int[nodes.Count];
        var docContext = new List<HashSet<int>>(docs.Count);
        int start = 0;
        for (int d = 0; d < docs.Count; d++)
        {
            var ctx = new HashSet<int>();
            for (int k = 0; k < docs[d].Nodes.Length; k++)
            {
                int i = start + k;
                docOfNode[i] = d;
                if (nodes[i].Weak is null && nodes[i].Entity.Type != EntityType.Date)
                {
                    ctx.Add(uf.Find(i));
                }
            }

            docContext.Add(ctx);
            start += docs[d].Nodes.Length;
        }

        var clusterType = new Dictionary<int, EntityType>();
        var clusterDocs = new Dictionary<int, List<int>>();
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Weak is not null)
            {
                continue;
            }

            int r = uf.Find(i);
            clusterType[r] = nodes[i].Entity.Type;
            if (!clusterDocs.TryGetValue(r, out List<int>? ds))
            {
                ds = new List<int>();
                clusterDocs[r] = ds;
            }

            if (!ds.Contains(docOfNode[i]))
            {
                ds.Add(docOfNode[i]);
            }

            foreach (string? w in new[] { nodes[i].FirstWord, nodes[i].LastWord })
            {
                if (w is null)
                {
                    continue;
                }

                if (!byWord.TryGetValue(w, out List<int>? rs))
                {
                    rs = new List<int>();
                    byWord[w] = rs;
                }

                if (!rs.Contains(r))
                {
                    rs.Add(r);
                }
            }
        }

        double Overlap(HashSet<int> ctx, HashSet<int> other, int exclude, double stopAt)
        {
            double s = 0;
            foreach (int c in ctx)
            {
                if (c != exclude && other.Contains(c))
                {
                    s += Weight(clusterType[c]);
                    if (s >= stopAt)
                    {
                        break;
                    }
                }
            }

            return s;
        }

        // The context of a candidate cluster: everything its documents mention, built once per cluster.
        var clusterContext = new Dictionary<int, HashSet<int>>();
        HashSet<int> ContextOf(int c)
        {
            if (!clusterContext.TryGetValue(c, out HashSet<int>? set))
            {
                set = new HashSet<int>();
                foreach (int od in clusterDocs[c])
                {
                    set.UnionWith(docContext[od]);
                }

                clusterContext[c] = set;
            }

            return set;
        }

        // Decisions are taken against the strong clusters only, so they do not depend on each other's order.
        var unattached = new List<int>();
        var attach = new List<(int Node, int Cluster)>();
        foreach (int w in weak)
        {
            int d = docOfNode[w];
            int best = -1;
            double bestScore = double.NegativeInfinity, second = double.NegativeInfinity;
            if (byWord.TryGetValue(nodes[w].Weak!, out List<int>? candidates))
            {
                foreach (int c in candidates)
                {
                    List<int> cds = clusterDocs[c];
                    double s = cds.Count == 1 && cds[0] == d ? 0 : Overlap(docContext[d], ContextOf(c), c, double.PositiveInfinity);
                    if (s > bestScore)
                    {
                        second = bestScore;
                        bestScore = s;
                        best = c;
                    }
                    else if (s > second)
                    {
                        second = s;
                    }
                }
            }

            if (best >= 0 && bestScore >= Options.ContextThreshold && bestScore > second)
            {
                attach.Add((w, best));
            }
            else
            {
                unattached.Add(w);
            }
        }

        // One-word names left alone: join the same word in other documents with enough shared context.
        var byWeakWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (int w in unattached)
        {
            if (!byWeakWord.TryGetValue(nodes[w].Weak!, out List<int>? list))
            {
                list = new List<int>();
                byWeakWord[nodes[w].Weak!] = list;
            }

            list.Add(w);
        }

        foreach ((int w, int c) in attach)
        {
            uf.Union(c, w);
            merges[w] = nodes[w].Weak!;
        }

        // Components of the "enough shared context" relation; a pair already connected adds nothing,
        // so skipping it leaves the components (and the result) unchanged.
        foreach (List<int> list in byWeakWord.Values)
        {
            for (int a = 0; a < list.Count; a++)
            {
                for (int b = a + 1; b < list.Count; b++)
                {
                    int na = list[a], nb = list[b];
                    if (uf.Find(na) == uf.Find(nb))
                    {
                        continue;
                    }

                    int da = docOfNode[na], db = docOfNode[nb];
                    HashSet<int> ca = docContext[da], cb = docContext[db];
                    if (ca.Count > cb.Count)
                    {
                        (ca, cb) = (cb, ca);
                    }

                    if (da == db || Overlap(ca, cb, -1, Options.ContextThreshold) >= Options.ContextThreshold)
                    {
                        uf.Union(na, nb);
                        merges[na] = nodes[na].Weak!;
                        merges[nb] = nodes[nb].Weak!;
                    }
                }
            }
        }

        return merges;
    }

    private EntityResolution Build(List<ResolverDocument> docs, List<Node> nodes, UnionFind uf, Dictionary<string, List<int>> keyNodes, Dictionary<int, string> contextMerges)
    {
        var members = new Dictionary<int, List<int>>();
        for (int i = 0; i < nodes.Count; i++)
        {
            int r = uf.Find(i);
            if (!members.TryGetValue(r, out List<int>? list))
            {
                list = new List<int>();
                members[r] = list;
            }

            list.Add(i);
        }

        var reasons = new Dictionary<int, SortedSet<(string, string)>>();
        foreach (KeyValuePair<string, List<int>> kv in keyNodes)
        {
            if (kv.Value.Count < 2)
            {
                continue;
            }

            int r = uf.Find(kv.Value[0]);
            string rule = "exact-key";
            foreach (int i in kv.Value)
            {
                foreach ((string k, string ru) in nodes[i].Keys)
                {
                    if (k == kv.Key && ru != "exact-key")
                    {
                        rule = ru;
                    }
                }
            }

            Reasons(reasons, r).Add((rule, kv.Key));
        }

        foreach (KeyValuePair<int, string> kv in contextMerges)
        {
            Reasons(reasons, uf.Find(kv.Key)).Add(("surname-in-context", kv.Value));
        }

        var entities = new List<ResolvedEntity>(members.Count);
        var byLocal = new Dictionary<LocalEntityRef, ResolvedEntity>();
        foreach (KeyValuePair<int, List<int>> kv in members)
        {
            ResolvedEntity e = MakeEntity(nodes, kv.Value, reasons.GetValueOrDefault(kv.Key));
            entities.Add(e);
            foreach (LocalEntityRef m in e.Members)
            {
                byLocal[m] = e;
            }
        }

        entities.Sort(static (a, b) =>
        {
            int c = string.CompareOrdinal(a.Key, b.Key);
            return c != 0 ? c : a.Members[0].CompareTo(b.Members[0]);
        });

        // One-word names kept apart share a name key; their first member makes the key unique.
        for (int i = 1; i < entities.Count; i++)
        {
            if (entities[i].Key == entities[i - 1].Key)
            {
                ResolvedEntity e = entities[i];
                LocalEntityRef m = e.Members[0];
                var renamed = e.WithKey(e.Key + "@" + m.DocumentId + "/" + m.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                entities[i] = renamed;
                foreach (LocalEntityRef r in renamed.Members)
                {
                    byLocal[r] = renamed;
                }
            }
        }
        return new EntityResolution(this, docs, entities, byLocal);
    }

    private static SortedSet<(string, string)> Reasons(Dictionary<int, SortedSet<(string, string)>> d, int r)
    {
        if (!d.TryGetValue(r, out SortedSet<(string, string)>? s))
        {
            s = new SortedSet<(string, string)>();
            d[r] = s;
        }

        return s;
    }

    private ResolvedEntity MakeEntity(List<Node> nodes, List<int> ms, SortedSet<(string, string)>? reasons)
    {
        EntityType type = nodes[ms[0]].Entity.Type;
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        var refs = new List<LocalEntityRef>(ms.Count);
        string? kb = null, country = null, key = null, canonical = null;
        int mentions = 0;
        foreach (int i in ms)
        {
            Node nd = nodes[i];
            LocalEntity e = nd.Entity;
            refs.Add(new LocalEntityRef(nd.DocumentId, e.Index));
            if (nd.Canonical is not null && (canonical is null || string.CompareOrdinal(nd.Canonical, canonical) < 0))
            {
                canonical = nd.Canonical;
            }

            mentions += e.Mentions.Count;
            names[e.Name] = names.GetValueOrDefault(e.Name) + Math.Max(1, e.Mentions.Count);
            foreach (string a in e.Aliases)
            {
                names.TryAdd(a, 0);
            }

            foreach (string r in e.Roles)
            {
                roles.Add(r);
            }

            if (e.KnowledgeId is not null && (kb is null || string.CompareOrdinal(e.KnowledgeId, kb) < 0))
            {
                kb = e.KnowledgeId;
            }

            if (e.Country is not null && (country is null || string.CompareOrdinal(e.Country, country) < 0))
            {
                country = e.Country;
            }

            string k = nd.Keys.Count > 0 ? nd.Keys[0].Key : type.ToName() + "|" + nd.Weak;
            if (key is null || string.CompareOrdinal(k, key) < 0)
            {
                key = k;
            }
        }

        refs.Sort();
        double? lat = null, lon = null;
        string? label = canonical;
        if (canonical is not null)
        {
            names.TryAdd(canonical, 0);
        }
        else if (kb is not null && _knowledge.TryGetPlace(kb, out PlaceFact p))
        {
            label = p.Name;
            lat = p.Latitude;
            lon = p.Longitude;
            country ??= p.CountryCode;
        }
        else if (kb is not null && _knowledge.TryGetOrganization(kb, out string orgName, out string? orgCountry))
        {
            label = orgName;
            country ??= orgCountry;
        }

        label ??= type == EntityType.Date ? nodes[ms[0]].Entity.Name : BestLabel(names);
        var aliases = new List<string>();
        foreach (string a in names.Keys)
        {
            if (!string.Equals(a, label, StringComparison.Ordinal))
            {
                aliases.Add(a);
            }
        }

        aliases.Sort(StringComparer.Ordinal);
        var reasonList = new List<MergeReason>();
        if (reasons is not null)
        {
            foreach ((string rule, string k) in reasons)
            {
                reasonList.Add(new MergeReason(rule, k));
            }
        }

        return new ResolvedEntity(key!, type, label)
        {
            Aliases = aliases,
            Roles = new List<string>(roles),
            KnowledgeId = kb,
            Country = country,
            Latitude = lat,
            Longitude = lon,
            Members = refs,
            MergeReasons = reasonList,
            MentionCount = mentions,
        };
    }

    /// <summary>Most words, then not all capitals, then most mentions, then ordinal order.</summary>
    internal static string BestLabel(Dictionary<string, int> names)
    {
        string best = "";
        int bestWords = -1, bestCount = -1;
        bool bestCaps = true;
        foreach (KeyValuePair<string, int> kv in names)
        {
            if (kv.Key.IndexOf('[', StringComparison.Ordinal) >= 0 || kv.Value == 0)
            {
                continue;
            }

            int words = NameKeys.Words(kv.Key).Count;
            bool caps = ContextualGrouper.IsAllCaps(kv.Key);
            int c = words.CompareTo(bestWords);
            if (c == 0)
            {
                c = bestCaps == caps ? 0 : caps ? -1 : 1;
            }

            if (c == 0)
            {
                c = kv.Value.CompareTo(bestCount);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(best, kv.Key);
            }

            if (c > 0)
            {
                best = kv.Key;
                bestWords = words;
                bestCount = kv.Value;
                bestCaps = caps;
            }
        }

        return best;
    }
}
