using System;
using System.Collections.Generic;
using System.Globalization;
using EntityGraph.Dates;
using EntityGraph.Graph;
using EntityGraph.Recognition;

namespace EntityGraph.Export;

/// <summary>A closed range of calendar days, the form Gephi's timeline and GraphML's start/end take.</summary>
internal readonly record struct DayRange(DateOnly Start, DateOnly End)
{
    public string StartText => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string EndText => End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// The day ranges of evidence and edges for timelines. Values are read by
/// <see cref="TimexValue.TryParseDays"/>; seasons are left off because their bounds are a convention
/// (meteorological or astronomical) a timeline would present as fact.
/// </summary>
internal static class TimexRange
{
    /// <summary>The days a placed TIMEX3 value other than a season covers.</summary>
    public static bool TryParse(string? value, out DayRange range)
    {
        if (TimexValue.TryParseDays(value, out TimexValue v, out DateOnly first, out DateOnly last) && v.Granularity != TimexGranularity.Season)
        {
            range = new DayRange(first, last);
            return true;
        }

        range = default;
        return false;
    }

    /// <summary>The days an evidence sentence holds for: from its start date's first day to its end date's last.</summary>
    public static bool TryGet(Evidence e, out DayRange range)
    {
        bool hasStart = TryParse(e.DateStart, out DayRange s);
        bool hasEnd = TryParse(e.DateEnd, out DayRange end);
        if (hasStart && hasEnd)
        {
            range = end.End >= s.Start ? new DayRange(s.Start, end.End) : new DayRange(end.Start, s.End);
            return true;
        }

        range = hasStart ? s : end;
        return hasStart || hasEnd;
    }

    /// <summary>
    /// The days an edge holds for, merged: from its evidence, or, when no evidence is dated, from the date
    /// node at either end (so <c>dated</c> edges play on the timeline even before evidence carries dates).
    /// </summary>
    public static List<DayRange> ForEdge(Relation r)
    {
        var ranges = new List<DayRange>();
        foreach (Evidence e in r.Evidence)
        {
            if (TryGet(e, out DayRange d))
            {
                ranges.Add(d);
            }
        }

        if (ranges.Count == 0)
        {
            foreach (Entity end in (ReadOnlySpan<Entity>)[r.Source, r.Target])
            {
                if (end.Type == EntityType.Date && TryParse(end.Value ?? end.Label, out DayRange d))
                {
                    ranges.Add(d);
                }
            }
        }

        return Merge(ranges);
    }

    /// <summary>Sorts ranges and joins those that overlap or touch.</summary>
    public static List<DayRange> Merge(List<DayRange> ranges)
    {
        if (ranges.Count < 2)
        {
            return ranges;
        }

        ranges.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<DayRange>(ranges.Count) { ranges[0] };
        for (int i = 1; i < ranges.Count; i++)
        {
            DayRange last = merged[^1];
            DayRange next = ranges[i];
            if (next.Start.DayNumber <= last.End.DayNumber + 1)
            {
                merged[^1] = new DayRange(last.Start, next.End > last.End ? next.End : last.End);
            }
            else
            {
                merged.Add(next);
            }
        }

        return merged;
    }
}
