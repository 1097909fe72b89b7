using System;
using System.Collections.Generic;
using EntityGraph.Text;

namespace EntityGraph.Relations;

/// <summary>A relation between two named entities, as compared by <see cref="RelationScorer"/>.</summary>
/// <param name="Head">The head's name (a gold canonical name, or an entity id before mapping).</param>
/// <param name="Type">The relation type (<see cref="RelationTypes"/>).</param>
/// <param name="Tail">The tail's name.</param>
public readonly record struct RelationTriple(string Head, string Type, string Tail);

/// <summary>Counts for one relation type (or all of them).</summary>
/// <param name="Type">The relation type, or <c>all</c> for the micro average.</param>
/// <param name="TruePositives">Predicted triples that are in the gold.</param>
/// <param name="FalsePositives">Predicted triples that are not.</param>
/// <param name="FalseNegatives">Gold triples not predicted.</param>
public sealed record RelationTypeScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 0 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when the gold is empty.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Precision and recall of typed relations, per type and micro-averaged.</summary>
/// <param name="PerType">One score per type, sorted by type name.</param>
/// <param name="Micro">Counts summed over the types.</param>
public sealed record RelationScore(IReadOnlyList<RelationTypeScore> PerType, RelationTypeScore Micro);

/// <summary>
/// Scores predicted typed relations against gold ones. Predicted relations name their entities by id;
/// <see cref="MapEntities"/> turns ids into gold canonical names through mention overlap, and
/// <see cref="Score"/> compares the sets of triples (each distinct triple once). <c>met_with</c> is
/// symmetric: head and tail are compared in either order. Stateless and thread-safe.
/// </summary>
public static class RelationScorer
{
    /// <summary>The types the held-out measurement counts: <c>works_for</c>, <c>member_of</c>, <c>located_in</c>, <c>met_with</c>.</summary>
    public static IReadOnlyList<string> ScoredTypes { get; } =
        [RelationTypes.WorksFor, RelationTypes.MemberOf, RelationTypes.LocatedIn, RelationTypes.MetWith];

    /// <summary>
    /// Maps each predicted entity id to the gold canonical name its mentions overlap most often
    /// (ties: the canonical seen first). Ids with no overlapping gold mention are left out.
    /// </summary>
    /// <param name="predicted">Predicted mentions: span and the id of the entity they belong to.</param>
    /// <param name="gold">Gold mentions: span and canonical name.</param>
    /// <returns>Entity id → canonical name.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IReadOnlyDictionary<string, string> MapEntities(
        IReadOnlyList<(TextSpan Span, string Entity)> predicted,
        IReadOnlyList<(TextSpan Span, string Canonical)> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var sortedGold = new List<(TextSpan Span, string Canonical)>(gold);
        sortedGold.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var votes = new Dictionary<string, List<(string Canonical, int Count)>>(StringComparer.Ordinal);
        foreach ((TextSpan span, string entity) in predicted)
        {
            foreach ((TextSpan g, string canonical) in sortedGold)
            {
                if (g.Start >= span.End)
                {
                    break;
                }

                if (!g.Overlaps(span))
                {
                    continue;
                }

                if (!votes.TryGetValue(entity, out var list))
                {
                    list = new List<(string, int)>();
                    votes[entity] = list;
                }

                int i = list.FindIndex(v => string.Equals(v.Canonical, canonical, StringComparison.Ordinal));
                if (i < 0)
                {
                    list.Add((canonical, 1));
                }
                else
                {
                    list[i] = (canonical, list[i].Count + 1);
                }
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<(string Canonical, int Count)>> kv in votes)
        {
            (string best, int count) = kv.Value[0];
            foreach ((string c, int n) in kv.Value)
            {
                if (n > count)
                {
                    (best, count) = (c, n);
                }
            }

            result[kv.Key] = best;
        }

        return result;
    }

    /// <summary>Renames the heads and tails of <paramref name="predicted"/> through <paramref name="map"/>, dropping triples with an unmapped end.</summary>
    /// <param name="predicted">Triples naming entity ids.</param>
    /// <param name="map">Entity id → canonical name, from <see cref="MapEntities"/>.</param>
    /// <returns>Triples naming canonical names.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IReadOnlyList<RelationTriple> Rename(IEnumerable<RelationTriple> predicted, IReadOnlyDictionary<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(map);
        var result = new List<RelationTriple>();
        foreach (RelationTriple t in predicted)
        {
            if (map.TryGetValue(t.Head, out string? h) && map.TryGetValue(t.Tail, out string? tail) && !string.Equals(h, tail, StringComparison.Ordinal))
            {
                result.Add(t with { Head = h, Tail = tail });
            }
        }

        return result;
    }

    /// <summary>Compares predicted triples with gold triples, per type.</summary>
    /// <param name="gold">Gold triples (duplicates count once).</param>
    /// <param name="predicted">Predicted triples, already renamed to gold names (duplicates count once).</param>
    /// <param name="types">The types to score; defaults to <see cref="ScoredTypes"/>. Triples of other types are ignored.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="gold"/> or <paramref name="predicted"/> is null.</exception>
    public static RelationScore Score(IEnumerable<RelationTriple> gold, IEnumerable<RelationTriple> predicted, IReadOnlyCollection<string>? types = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        types ??= ScoredTypes;
        var goldSet = Normalize(gold, types);
        var predSet = Normalize(predicted, types);
        var sortedTypes = new List<string>(types);
        sortedTypes.Sort(StringComparer.Ordinal);
        var perType = new List<RelationTypeScore>(sortedTypes.Count);
        int tpAll = 0, fpAll = 0, fnAll = 0;
        foreach (string type in sortedTypes)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (RelationTriple t in predSet)
            {
                if (t.Type == type)
                {
                    if (goldSet.Contains(t))
                    {
                        tp++;
                    }
                    else
                    {
                        fp++;
                    }
                }
            }

            foreach (RelationTriple t in goldSet)
            {
                if (t.Type == type && !predSet.Contains(t))
                {
                    fn++;
                }
            }

            perType.Add(new RelationTypeScore(type, tp, fp, fn));
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
        }

        return new RelationScore(perType, new RelationTypeScore("all", tpAll, fpAll, fnAll));
    }

    private static HashSet<RelationTriple> Normalize(IEnumerable<RelationTriple> triples, IReadOnlyCollection<string> types)
    {
        var set = new HashSet<RelationTriple>();
        foreach (RelationTriple t in triples)
        {
            bool wanted = false;
            foreach (string type in types)
            {
                wanted |= string.Equals(type, t.Type, StringComparison.Ordinal);
            }

            if (!wanted)
            {
                continue;
            }

            // Symmetric relations compare as unordered pairs.
            bool swap = t.Type == RelationTypes.MetWith && string.CompareOrdinal(t.Head, t.Tail) > 0;
            set.Add(swap ? t with { Head = t.Tail, Tail = t.Head } : t);
        }

        return set;
    }
}
