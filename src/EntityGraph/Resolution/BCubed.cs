using System;
using System.Collections.Generic;

namespace EntityGraph.Resolution;

/// <summary>One scored mention: the gold entity it belongs to, the entity it was assigned to, and its surface text.</summary>
/// <param name="Gold">Gold cluster id (e.g. the canonical name with its type).</param>
/// <param name="Predicted">Predicted cluster id (e.g. the graph node id).</param>
/// <param name="Surface">The mention's text; used to find gold entities written in more than one form. May be null.</param>
public readonly record struct ClusterAssignment(string Gold, string Predicted, string? Surface = null);

/// <summary>B-cubed precision, recall and F1 over a set of mentions.</summary>
/// <param name="Precision">Mean over mentions of the share of its predicted cluster that is in its gold cluster.</param>
/// <param name="Recall">Mean over mentions of the share of its gold cluster that is in its predicted cluster.</param>
/// <param name="Count">Number of mentions averaged over.</param>
public readonly record struct BCubedScore(double Precision, double Recall, int Count)
{
    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// B-cubed scoring of mention-to-entity assignment (Bagga and Baldwin, 1998). Thread-safe (no state).
/// </summary>
public static class BCubed
{
    /// <summary>Scores all mentions. An empty list scores precision = recall = 1 with count 0.</summary>
    /// <param name="items">One item per mention.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="items"/> is null or holds a null id.</exception>
    public static BCubedScore Score(IReadOnlyList<ClusterAssignment> items) => Score(items, multiFormOnly: false);

    /// <summary>
    /// Scores only the mentions whose gold entity is written in more than one surface form (the
    /// cases where resolution matters); clusters are still measured over all mentions.
    /// </summary>
    /// <param name="items">One item per mention, with <see cref="ClusterAssignment.Surface"/> set.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="items"/> is null or holds a null id.</exception>
    public static BCubedScore ScoreMultiForm(IReadOnlyList<ClusterAssignment> items) => Score(items, multiFormOnly: true);

    private static BCubedScore Score(IReadOnlyList<ClusterAssignment> items, bool multiFormOnly)
    {
        ArgumentNullException.ThrowIfNull(items);
        var gold = new Dictionary<string, int>(StringComparer.Ordinal);
        var pred = new Dictionary<string, int>(StringComparer.Ordinal);
        var both = new Dictionary<(string, string), int>();
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (ClusterAssignment a in items)
        {
            if (a.Gold is null || a.Predicted is null)
            {
                throw new ArgumentNullException(nameof(items), "Every item needs a gold and a predicted cluster id.");
            }

            gold[a.Gold] = gold.GetValueOrDefault(a.Gold) + 1;
            pred[a.Predicted] = pred.GetValueOrDefault(a.Predicted) + 1;
            both[(a.Gold, a.Predicted)] = both.GetValueOrDefault((a.Gold, a.Predicted)) + 1;
            if (multiFormOnly)
            {
                if (!forms.TryGetValue(a.Gold, out HashSet<string>? set))
                {
                    set = new HashSet<string>(StringComparer.Ordinal);
                    forms[a.Gold] = set;
                }

                set.Add(a.Surface ?? "");
            }
        }

        double p = 0, r = 0;
        int count = 0;
        foreach (ClusterAssignment a in items)
        {
            if (multiFormOnly && forms[a.Gold].Count < 2)
            {
                continue;
            }

            double overlap = both[(a.Gold, a.Predicted)];
            p += overlap / pred[a.Predicted];
            r += overlap / gold[a.Gold];
            count++;
        }

        return count == 0 ? new BCubedScore(1, 1, 0) : new BCubedScore(p / count, r / count, count);
    }
}
