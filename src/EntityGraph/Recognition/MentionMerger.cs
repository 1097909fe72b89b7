using System;
using System.Collections.Generic;

namespace EntityGraph.Recognition;

/// <summary>
/// Combines the overlapping output of several recognisers into one flat, non-overlapping list:
/// candidates are taken in order of <c>priority</c> (lower first), then longer span, then earlier
/// start, and each is kept unless it overlaps one already kept; a later candidate of the same type
/// that strictly contains every kept mention it overlaps replaces them. Thread-safe.
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
        var clashes = new List<int>();
        foreach ((Mention m, _) in order)
        {
            clashes.Clear();
            bool extends = true;
            for (int i = 0; i < kept.Count; i++)
            {
                Mention k = kept[i];
                if (m.Start < k.End && k.Start < m.End)
                {
                    clashes.Add(i);
                    extends &= k.Type == m.Type && m.Start <= k.Start && k.End <= m.End && m.Length() > k.Length();
                }
            }

            if (clashes.Count == 0)
            {
                kept.Add(m);
            }
            else if (extends)
            {
                // A weaker recogniser's longer span of the same type completes a stronger one's partial name
                // ("International Court" + "of Justice"): keep the complete name.
                for (int i = clashes.Count - 1; i >= 0; i--)
                {
                    kept.RemoveAt(clashes[i]);
                }

                kept.Add(m);
            }
        }

        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return kept;
    }

    private static int Length(this Mention m) => m.End - m.Start;
}
