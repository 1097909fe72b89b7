using System;
using System.Collections.Generic;
using EntityGraph.Recognition;

namespace EntityGraph.Graph.Analytics;

/// <summary>
/// Filters that cut a <see cref="KnowledgeGraph"/> down to the part an analysis needs. Every filter returns a
/// new graph and leaves its input unchanged; they chain (<c>g.WithEntityTypes(EntityType.Person).WithMinWeight(2)</c>).
/// </summary>
/// <remarks>
/// <para>Documents are always all kept, so evidence keeps resolving to its document; a document's mentions
/// whose entity was removed are dropped from the copy. Entities keep their <see cref="Entity.MentionCount"/> and
/// <see cref="Entity.DocumentCount"/>: those describe the corpus, not the filtered view.</para>
/// <para>Entity and relation objects are shared with the input where they do not change. Thread-safe: the
/// methods read their input only.</para>
/// </remarks>
public static class GraphFilters
{
    /// <summary>Keeps the entities that pass <paramref name="keepEntity"/> and the relations that pass
    /// <paramref name="keepRelation"/> and join two kept entities.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="keepEntity">Which entities to keep.</param>
    /// <param name="keepRelation">Which relations to keep, or null for all between kept entities.</param>
    /// <returns>The sub-graph.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="graph"/> or <paramref name="keepEntity"/> is null.</exception>
    public static KnowledgeGraph Where(this KnowledgeGraph graph, Func<Entity, bool> keepEntity, Func<Relation, bool>? keepRelation = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(keepEntity);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<Entity>(graph.Entities.Count);
        foreach (Entity e in graph.Entities)
        {
            if (keepEntity(e))
            {
                entities.Add(e);
                kept.Add(e.Id);
            }
        }

        var relations = new List<Relation>();
        foreach (Relation r in graph.Relations)
        {
            if (kept.Contains(r.Source.Id) && kept.Contains(r.Target.Id) && (keepRelation is null || keepRelation(r)))
            {
                relations.Add(r);
            }
        }

        return new KnowledgeGraph(FilterDocuments(graph.Documents, kept, entities.Count == graph.Entities.Count), entities, relations);
    }

    /// <summary>Keeps the entities of the given types and the relations between them.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="types">The entity types to keep.</param>
    /// <returns>The sub-graph.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static KnowledgeGraph WithEntityTypes(this KnowledgeGraph graph, params EntityType[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var set = new HashSet<EntityType>(types);
        return graph.Where(e => set.Contains(e.Type));
    }

    /// <summary>Keeps the relations of the given types (<see cref="Relations.RelationTypes"/>) and every entity,
    /// including those left without edges (chain <see cref="WithoutIsolated"/> to drop them).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="types">The relation types to keep, compared ordinally.</param>
    /// <returns>The sub-graph.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static KnowledgeGraph WithRelationTypes(this KnowledgeGraph graph, params string[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var set = new HashSet<string>(types, StringComparer.Ordinal);
        return graph.Where(static _ => true, r => set.Contains(r.Type));
    }

    /// <summary>Keeps the relations whose <see cref="Relation.Weight"/> is at least <paramref name="minimum"/>,
    /// and every entity.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="minimum">The smallest weight kept.</param>
    /// <returns>The sub-graph.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="minimum"/> is NaN.</exception>
    public static KnowledgeGraph WithMinWeight(this KnowledgeGraph graph, double minimum)
    {
        if (double.IsNaN(minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), "The minimum weight must be a number.");
        }

        return graph.Where(static _ => true, r => r.Weight >= minimum);
    }

    /// <summary>Drops the entities that have no relation.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The sub-graph.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="graph"/> is null.</exception>
    public static KnowledgeGraph WithoutIsolated(this KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (Relation r in graph.Relations)
        {
            linked.Add(r.Source.Id);
            linked.Add(r.Target.Id);
        }

        return graph.Where(e => linked.Contains(e.Id));
    }

    /// <summary>
    /// Keeps what holds between two dates. A relation keeps the evidence whose dates overlap the range and is
    /// dropped when none is left; its weight is scaled by the share of evidence kept (for co-occurrence edges,
    /// whose weight is the sentence count, that is the kept sentence count), and a <c>documents</c> attribute is
    /// recounted. A date entity is kept when its <see cref="Entity.Value"/> (or label) overlaps the range. Other
    /// entities are all kept (chain <see cref="WithoutIsolated"/> to drop those left without edges).
    /// </summary>
    /// <remarks>
    /// Dates are TIMEX3 values and stand for every day they cover: <c>1962-04</c> overlaps a range ending
    /// <c>1962-04-01</c>. Evidence is dated by <see cref="Evidence.DateStart"/> to <see cref="Evidence.DateEnd"/>
    /// (either alone stands for both), else by its document's creation date. Evidence and date entities that
    /// have no such date (or only one that is relative, like <c>PRESENT_REF</c>) are kept only when
    /// <paramref name="keepUndated"/> is true.
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="from">First date of the range as a TIMEX3 value (<c>1962</c>, <c>1962-04</c>, <c>1962-04-10</c>), or null for no lower bound.</param>
    /// <param name="to">Last date of the range (inclusive: <c>1962</c> means up to 31 December 1962), or null for no upper bound.</param>
    /// <param name="keepUndated">Whether evidence and date entities without a usable date are kept.</param>
    /// <returns>The sub-graph.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="from"/> or <paramref name="to"/> is not a calendar TIMEX3 value, or <paramref name="from"/> is after <paramref name="to"/>.</exception>
    public static KnowledgeGraph WithinDates(this KnowledgeGraph graph, string? from, string? to, bool keepUndated = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int first = DateOnly.MinValue.DayNumber, last = DateOnly.MaxValue.DayNumber;
        if (from is not null)
        {
            first = TimexInterval.TryParse(from, out TimexInterval f) ? f.First : throw new ArgumentException("'" + from + "' is not a calendar date (TIMEX3 like 1962, 1962-04 or 1962-04-10).", nameof(from));
        }

        if (to is not null)
        {
            last = TimexInterval.TryParse(to, out TimexInterval t) ? t.Last : throw new ArgumentException("'" + to + "' is not a calendar date (TIMEX3 like 1962, 1962-04 or 1962-04-10).", nameof(to));
        }

        if (first > last)
        {
            throw new ArgumentException("The range starts (" + from + ") after it ends (" + to + ").", nameof(from));
        }

        var range = new TimexInterval(first, last);
        var dctByDocument = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DocumentRecord d in graph.Documents)
        {
            dctByDocument.TryAdd(d.Id, d.Dct);
        }

        var entities = new List<Entity>(graph.Entities.Count);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (Entity e in graph.Entities)
        {
            bool keep = e.Type != EntityType.Date
                || (TimexInterval.TryParse(e.Value ?? e.Label, out TimexInterval iv) ? iv.Overlaps(range) : keepUndated);
            if (keep)
            {
                entities.Add(e);
                kept.Add(e.Id);
            }
        }

        var relations = new List<Relation>();
        var evidence = new List<Evidence>();
        foreach (Relation r in graph.Relations)
        {
            if (!kept.Contains(r.Source.Id) || !kept.Contains(r.Target.Id))
            {
                continue;
            }

            if (r.Evidence.Count == 0)
            {
                if (keepUndated)
                {
                    relations.Add(r);
                }

                continue;
            }

            evidence.Clear();
            foreach (Evidence ev in r.Evidence)
            {
                if (EvidenceInRange(ev, range, dctByDocument, keepUndated))
                {
                    evidence.Add(ev);
                }
            }

            if (evidence.Count == r.Evidence.Count)
            {
                relations.Add(r);
            }
            else if (evidence.Count > 0)
            {
                relations.Add(Rescaled(r, evidence.ToArray()));
            }
        }

        return new KnowledgeGraph(FilterDocuments(graph.Documents, kept, entities.Count == graph.Entities.Count), entities, relations);
    }

    /// <summary>
    /// The ego network of an entity: every entity within <paramref name="radius"/> hops of it, following relations
    /// in either direction, and every relation between those entities (the induced sub-graph, as networkx's
    /// <c>ego_graph(undirected=True)</c>).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="entityId">The centre's id.</param>
    /// <param name="radius">How many hops; 0 gives the centre alone.</param>
    /// <returns>The sub-graph.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="radius"/> is negative.</exception>
    /// <exception cref="EntityGraphException">When no entity has id <paramref name="entityId"/>.</exception>
    public static KnowledgeGraph EgoNetwork(this KnowledgeGraph graph, string entityId, int radius = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entityId);
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        Entity centre = graph.FindEntity(entityId) ?? throw new EntityGraphException("No entity '" + entityId + "' in the graph.");
        var reached = new HashSet<string>(StringComparer.Ordinal) { centre.Id };
        var frontier = new List<Entity> { centre };
        var next = new List<Entity>();
        for (int hop = 0; hop < radius && frontier.Count > 0; hop++)
        {
            next.Clear();
            foreach (Entity e in frontier)
            {
                foreach (Relation r in graph.Graph.OutEdges(e))
                {
                    if (reached.Add(r.Target.Id))
                    {
                        next.Add(r.Target);
                    }
                }

                foreach (Relation r in graph.Graph.InEdges(e))
                {
                    if (reached.Add(r.Source.Id))
                    {
                        next.Add(r.Source);
                    }
                }
            }

            (frontier, next) = (next, frontier);
        }

        return graph.Where(e => reached.Contains(e.Id));
    }

    /// <summary>
    /// A copy of the graph whose entities carry one more attribute (or a new value for it), for example a
    /// score computed in a notebook. Entities missing from <paramref name="values"/> are left as they are.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="name">The attribute name (<c>community</c>, <c>pagerank</c>, ...).</param>
    /// <param name="values">Attribute value by entity id: <see cref="string"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/> or <see cref="bool"/>.</param>
    /// <returns>The annotated graph.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When a value is of another type.</exception>
    public static KnowledgeGraph WithEntityAttribute<T>(this KnowledgeGraph graph, string name, IReadOnlyDictionary<string, T> values)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if (typeof(T) != typeof(string) && typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(double) && typeof(T) != typeof(bool) && typeof(T) != typeof(object))
        {
            throw new ArgumentException("Attribute values must be string, int, long, double or bool, not " + typeof(T).Name + ".", nameof(values));
        }

        return WithEntityAttributes(graph, e => values.TryGetValue(e.Id, out T? v) ? [new KeyValuePair<string, object>(name, CheckValue(v))] : null);
    }

    internal static KnowledgeGraph WithEntityAttributes(KnowledgeGraph graph, Func<Entity, KeyValuePair<string, object>[]?> attributesOf)
    {
        var map = new Dictionary<string, Entity>(graph.Entities.Count, StringComparer.Ordinal);
        var entities = new List<Entity>(graph.Entities.Count);
        foreach (Entity e in graph.Entities)
        {
            KeyValuePair<string, object>[]? extra = attributesOf(e);
            Entity copy = e;
            if (extra is { Length: > 0 })
            {
                var attributes = new Dictionary<string, object>(e.Attributes.Count + extra.Length, StringComparer.Ordinal);
                foreach (KeyValuePair<string, object> kv in e.Attributes)
                {
                    attributes[kv.Key] = kv.Value;
                }

                foreach (KeyValuePair<string, object> kv in extra)
                {
                    attributes[kv.Key] = kv.Value;
                }

                copy = new Entity(e.Id, e.Type, e.Label)
                {
                    Aliases = e.Aliases,
                    MentionCount = e.MentionCount,
                    DocumentCount = e.DocumentCount,
                    Value = e.Value,
                    Attributes = attributes,
                };
            }

            entities.Add(copy);
            map[e.Id] = copy;
        }

        // Relations are rebuilt so that Source and Target are the annotated objects, which exporters read.
        var relations = new List<Relation>(graph.Relations.Count);
        foreach (Relation r in graph.Relations)
        {
            relations.Add(new Relation(map[r.Source.Id], map[r.Target.Id], r.Type, r.Weight, r.Evidence) { Attributes = r.Attributes });
        }

        return new KnowledgeGraph(graph.Documents, entities, relations);
    }

    private static object CheckValue(object value) => value switch
    {
        string or int or long or double or bool => value,
        _ => throw new ArgumentException("Attribute values must be string, int, long, double or bool, not " + value.GetType().Name + "."),
    };

    private static bool EvidenceInRange(Evidence ev, TimexInterval range, Dictionary<string, string?> dctByDocument, bool keepUndated)
    {
        string? start = ev.DateStart ?? ev.DateEnd;
        string? end = ev.DateEnd ?? ev.DateStart;
        if (start is null)
        {
            start = end = dctByDocument.GetValueOrDefault(ev.DocumentId);
        }

        if (TimexInterval.TryParse(start, out TimexInterval s) && TimexInterval.TryParse(end, out TimexInterval e))
        {
            return new TimexInterval(s.First, Math.Max(s.Last, e.Last)).Overlaps(range);
        }

        return keepUndated;
    }

    private static Relation Rescaled(Relation r, Evidence[] evidence)
    {
        IReadOnlyDictionary<string, object> attributes = r.Attributes;
        if (attributes.ContainsKey("documents"))
        {
            var documents = new HashSet<string>(StringComparer.Ordinal);
            foreach (Evidence ev in evidence)
            {
                documents.Add(ev.DocumentId);
            }

            var copy = new Dictionary<string, object>(attributes.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, object> kv in attributes)
            {
                copy[kv.Key] = kv.Value;
            }

            copy["documents"] = documents.Count;
            attributes = copy;
        }

        double weight = r.Weight * evidence.Length / r.Evidence.Count;
        return new Relation(r.Source, r.Target, r.Type, weight, evidence) { Attributes = attributes };
    }

    private static IReadOnlyList<DocumentRecord> FilterDocuments(IReadOnlyList<DocumentRecord> documents, HashSet<string> kept, bool allKept)
    {
        if (allKept)
        {
            return documents;
        }

        var result = new List<DocumentRecord>(documents.Count);
        foreach (DocumentRecord d in documents)
        {
            List<MentionRecord>? mentions = null;
            for (int i = 0; i < d.Mentions.Count; i++)
            {
                bool keep = kept.Contains(d.Mentions[i].Entity);
                if (!keep && mentions is null)
                {
                    mentions = new List<MentionRecord>(d.Mentions.Count);
                    for (int j = 0; j < i; j++)
                    {
                        mentions.Add(d.Mentions[j]);
                    }
                }
                else if (keep && mentions is not null)
                {
                    mentions.Add(d.Mentions[i]);
                }
            }

            result.Add(mentions is null ? d : d with { Mentions = mentions });
        }

        return result;
    }
}
