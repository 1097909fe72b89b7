using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EntityGraph.Dates;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Text;

namespace EntityGraph.Graph;

/// <summary>Turns extraction results into a <see cref="KnowledgeGraph"/>.</summary>
internal static class GraphBuilder
{
    private sealed class EdgeAcc
    {
        public required string Source;
        public required string Target;
        public required string Type;
        public readonly List<Evidence> Evidence = new();
        public readonly HashSet<string> Documents = new(StringComparer.Ordinal);
        public string? Role;
    }

    public static KnowledgeGraph Build(List<DocumentResult> results, GraphOptions options)
    {
        // Resolve every document's local entities into collection-wide entities; the resolution depends
        // only on the set of documents, so ids stay stable whatever the input order.
        var inputs = new List<DocumentEntities>(results.Count);
        var docKeys = new List<string>(results.Count);
        var seenDocs = new HashSet<string>(StringComparer.Ordinal);
        for (int d = 0; d < results.Count; d++)
        {
            string docKey = results[d].Document.Id;
            if (!seenDocs.Add(docKey))
            {
                docKey += "\u0000" + d.ToString(CultureInfo.InvariantCulture);
                seenDocs.Add(docKey);
            }

            docKeys.Add(docKey);
            inputs.Add(new DocumentEntities(docKey, results[d].Entities));
        }

        EntityResolution resolution = (options.Resolver ?? new EntityResolver()).Resolve(inputs);
        var localToKey = new List<string[]>(results.Count);
        var documentsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (int d = 0; d < results.Count; d++)
        {
            DocumentResult r = results[d];
            var keys = new string[r.Entities.Count];
            foreach (LocalEntity e in r.Entities)
            {
                if (e.Type == EntityType.Date && !options.IncludeDates)
                {
                    keys[e.Index] = "";
                    continue;
                }

                string key = resolution.EntityOf(docKeys[d], e.Index).Key;
                keys[e.Index] = key;
                if (!documentsOf.TryGetValue(key, out HashSet<string>? docs))
                {
                    docs = new HashSet<string>(StringComparer.Ordinal);
                    documentsOf[key] = docs;
                }

                docs.Add(r.Document.Id);
            }

            localToKey.Add(keys);
        }

        // Stable ids: derived from type and label; ties broken by key order so the result never depends on input order.
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var entityByKey = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (ResolvedEntity re in resolution.Entities)
        {
            if (!documentsOf.TryGetValue(re.Key, out HashSet<string>? docs))
            {
                continue;
            }

            string label = re.Label;
            string baseId = re.Type.ToName() + ":" + Slug(label);
            string id = baseId;
            for (int n = 2; !usedIds.Add(id); n++)
            {
                id = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
            if (re.Roles.Count > 0)
            {
                attributes["roles"] = string.Join("; ", re.Roles);
            }

            if (re.KnowledgeId is not null)
            {
                attributes["knowledge_id"] = re.KnowledgeId;
            }

            if (re.Country is not null)
            {
                attributes["country"] = re.Country;
            }

            if (re.Latitude is double lat && re.Longitude is double lon)
            {
                attributes["latitude"] = lat;
                attributes["longitude"] = lon;
            }

            if (re.MergeReasons.Count > 0)
            {
                var rules = new SortedSet<string>(StringComparer.Ordinal);
                foreach (MergeReason mr in re.MergeReasons)
                {
                    rules.Add(mr.Rule);
                }

                attributes["merge_reasons"] = string.Join("; ", rules);
            }

            entityByKey[re.Key] = new Entity(id, re.Type, label)
            {
                Aliases = re.Type == EntityType.Date ? Array.Empty<string>() : re.Aliases,
                MentionCount = re.MentionCount,
                DocumentCount = docs.Count,
                Value = re.Type == EntityType.Date ? label : null,
                Attributes = attributes.Count == 0 ? Entity.EmptyAttributes : attributes,
            };
        }

        var edges = new Dictionary<(string, string, string), EdgeAcc>();
        var documents = new List<DocumentRecord>(results.Count);
        for (int d = 0; d < results.Count; d++)
        {
            DocumentResult r = results[d];
            string[] keys = localToKey[d];
            var records = new List<MentionRecord>(r.Mentions.Count);
            for (int mi = 0; mi < r.Mentions.Count; mi++)
            {
                Mention m = r.Mentions[mi];
                int le = r.EntityOf(mi);
                if (le < 0 || keys[le].Length == 0)
                {
                    continue;
                }

                records.Add(new MentionRecord(m.Start, m.End, m.Text, m.Type, entityByKey[keys[le]].Id)
                {
                    Value = m.Value,
                    Mod = m.Mod,
                    Source = m.Source,
                    Confidence = m.Confidence,
                });
            }

            documents.Add(new DocumentRecord(r.Document.Id, r.Document.Source, r.Dct.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), records)
            {
                DctSource = r.Dct.Date is null ? null : r.Dct.Source,
            });

            if (options.CoOccurrenceEdges)
            {
                AddCoOccurrence(r, keys, entityByKey, edges);
            }

            foreach (RelationMention rel in r.Relations)
            {
                if (keys[rel.Head].Length == 0 || keys[rel.Tail].Length == 0)
                {
                    continue;
                }

                string s = entityByKey[keys[rel.Head]].Id, t = entityByKey[keys[rel.Tail]].Id;
                if (s == t)
                {
                    continue;
                }

                EdgeAcc acc = GetEdge(edges, s, t, rel.Type);
                acc.Documents.Add(r.Document.Id);
                acc.Role ??= rel.Role;
                (string? dateStart, string? dateEnd) = EvidenceDates(r, rel.Sentence);
                acc.Evidence.Add(new Evidence(r.Document.Id, rel.Sentence.Start, rel.Sentence.End)
                {
                    DateStart = dateStart,
                    DateEnd = dateEnd,
                    TriggerStart = rel.Trigger?.Start,
                    TriggerEnd = rel.Trigger?.End,
                    Confidence = rel.Confidence,
                });
            }
        }

        var entities = new List<Entity>(entityByKey.Values);
        entities.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (Entity e in entities)
        {
            byId[e.Id] = e;
        }

        var relations = new List<Relation>(edges.Count);
        foreach (EdgeAcc acc in edges.Values)
        {
            var attributes = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["documents"] = acc.Documents.Count,
            };
            if (acc.Role is not null)
            {
                attributes["role"] = acc.Role;
            }

            if (acc.Type != RelationTypes.MentionedWith && acc.Type != RelationTypes.DatedOn)
            {
                (string? start, string? end) = EdgeDates(acc.Evidence);
                if (start is not null && end is not null)
                {
                    attributes["start"] = start;
                    attributes["end"] = end;
                }
            }

            relations.Add(new Relation(byId[acc.Source], byId[acc.Target], acc.Type, acc.Evidence.Count, acc.Evidence)
            {
                Attributes = attributes,
            });
        }

        relations.Sort(static (a, b) =>
        {
            int c = string.CompareOrdinal(a.Source.Id, b.Source.Id);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Target.Id, b.Target.Id);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Type, b.Type);
        });

        return new KnowledgeGraph(documents, entities, relations);
    }

    private static void AddCoOccurrence(DocumentResult r, string[] keys, Dictionary<string, Entity> entityByKey, Dictionary<(string, string, string), EdgeAcc> edges)
    {
        TokenizedDocument a = r.Analysis;
        int mi = 0;
        var inSentence = new List<Entity>();
        for (int si = 0; si < a.SentenceCount && mi < r.Mentions.Count; si++)
        {
            TextSpan span = a.Sentence(si).Span;
            inSentence.Clear();
            while (mi < r.Mentions.Count && r.Mentions[mi].Start < span.End)
            {
                int le = r.EntityOf(mi);
                if (r.Mentions[mi].Start >= span.Start && le >= 0 && keys[le].Length > 0)
                {
                    Entity e = entityByKey[keys[le]];
                    if (!inSentence.Contains(e))
                    {
                        inSentence.Add(e);
                    }
                }

                mi++;
            }

            for (int i = 0; i < inSentence.Count; i++)
            {
                for (int j = i + 1; j < inSentence.Count; j++)
                {
                    Entity x = inSentence[i], y = inSentence[j];
                    bool xDate = x.Type == EntityType.Date, yDate = y.Type == EntityType.Date;
                    if (xDate && yDate)
                    {
                        continue;
                    }

                    string type = xDate || yDate ? RelationTypes.DatedOn : RelationTypes.MentionedWith;
                    (string s, string t) = xDate ? (y.Id, x.Id) : yDate ? (x.Id, y.Id)
                        : string.CompareOrdinal(x.Id, y.Id) < 0 ? (x.Id, y.Id) : (y.Id, x.Id);
                    EdgeAcc acc = GetEdge(edges, s, t, type);
                    acc.Documents.Add(r.Document.Id);
                    (string? dateStart, string? dateEnd) = EvidenceDates(r, span);
                    acc.Evidence.Add(new Evidence(r.Document.Id, span.Start, span.End) { DateStart = dateStart, DateEnd = dateEnd });
                }
            }
        }
    }

    /// <summary>
    /// The earliest and latest anchored DATE values in a sentence (compared by their first and last day),
    /// else the document's creation date, else nulls. Vague values (<c>PAST_REF</c>, <c>XXXX-WXX-3</c>) are ignored.
    /// </summary>
    internal static (string? Start, string? End) EvidenceDates(DocumentResult r, TextSpan sentence)
    {
        IReadOnlyList<Mention> mentions = r.Mentions;
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Start < sentence.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        string? start = null, end = null;
        DateOnly first = DateOnly.MaxValue, last = DateOnly.MinValue;
        for (int i = lo; i < mentions.Count && mentions[i].Start < sentence.End; i++)
        {
            Mention m = mentions[i];
            if (m.Type != EntityType.Date || !TimexValue.TryParse(m.Value, out TimexValue v) || v.EarliestDay is not DateOnly e || v.LatestDay is not DateOnly l)
            {
                continue;
            }

            if (e < first)
            {
                first = e;
                start = m.Value;
            }

            if (l > last)
            {
                last = l;
                end = m.Value;
            }
        }

        if (start is null && r.Dct.Date is DateOnly dct)
        {
            start = end = dct.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return (start, end);
    }

    /// <summary>The earliest <see cref="Evidence.DateStart"/> and latest <see cref="Evidence.DateEnd"/> of an edge's evidence.</summary>
    internal static (string? Start, string? End) EdgeDates(List<Evidence> evidence)
    {
        string? start = null, end = null;
        DateOnly first = DateOnly.MaxValue, last = DateOnly.MinValue;
        foreach (Evidence ev in evidence)
        {
            if (TimexValue.TryParse(ev.DateStart, out TimexValue s) && s.EarliestDay is DateOnly e && e < first)
            {
                first = e;
                start = ev.DateStart;
            }

            if (TimexValue.TryParse(ev.DateEnd, out TimexValue t) && t.LatestDay is DateOnly l && l > last)
            {
                last = l;
                end = ev.DateEnd;
            }
        }

        return (start, end);
    }

    private static EdgeAcc GetEdge(Dictionary<(string, string, string), EdgeAcc> edges, string s, string t, string type)
    {
        if (!edges.TryGetValue((s, t, type), out EdgeAcc? acc))
        {
            acc = new EdgeAcc { Source = s, Target = t, Type = type };
            edges[(s, t, type)] = acc;
        }

        return acc;
    }

    /// <summary>
    /// The id part of a label: letters and digits lower-cased with diacritics removed, every other run of
    /// characters one hyphen (<c>U.S. Embassy</c> → <c>u-s-embassy</c>); <c>x</c> when nothing is left.
    /// </summary>
    internal static string Slug(string label)
    {
        var sb = new StringBuilder(label.Length);
        bool gap = false;
        foreach (char c in label.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (gap && sb.Length > 0)
                {
                    sb.Append('-');
                }

                gap = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                gap = true;
            }
        }

        return sb.Length == 0 ? "x" : sb.ToString();
    }
}
