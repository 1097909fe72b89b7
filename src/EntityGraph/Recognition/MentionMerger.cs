using System;
using System.Collections.Generic;

namespace EntityGraph.Recognition;

/// <summary>
/// Combines the overlapping output of several recognisers into one flat, non-overlapping list:
/// candidates are taken in order of <c>priority</c> (lower first), then longer span, then earlier
/// start, and each is kept unless it overlaps one already kept. Thread-safe.
/// </summary>
public static class MentionMerger
{
    /// <summary>Merges candidates into a flat list sorted by start.</summary>
    /// <param name="candidates">Candidates with their priority (0 = strongest).</param>
    /// <returns>Non-overlapping mentions in text order.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="candidates"/> is null.</exception>
    public static List<Mention> Merge(List<(Mention Mention, int Priority)> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var order = new List<(Mention Mention, int Priority)>(candidates);
        order.Sort(static (a, b) =>
        {
            int c = a.Priority.CompareTo(b.Priority);
            if (c != 0)
            {
                return c;
            }

            c = b.Mention.Length().CompareTo(a.Mention.Length());
            return c != 0 ? c : a.Mention.Start.CompareTo(b.Mention.Start);
        });

        var kept = new List<Mention>(order.Count);
        foreach ((Mention m, _) in order)
        {
            bool clash = false;
            foreach (Mention k in kept)
            {
                if (m.Start < k.End && k.Start < m.End)
                {
                    clash = true;
                    break;
                }
            }

            if (!clash)
            {
                kept.Add(m);
            }
        }

        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return kept;
    }

    private static int Length(this Mention m) => m.End - m.Start;
}
