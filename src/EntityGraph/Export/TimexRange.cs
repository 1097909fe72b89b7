using System;
using System.Collections.Generic;
using System.Globalization;
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
/// Turns TIMEX3 values into day ranges: <c>1962-06-08</c>, <c>1962-06</c>, <c>1962</c>, decades <c>196X</c>,
/// centuries <c>19XX</c>, ISO weeks <c>1962-W23</c>, quarters <c>1962-Q2</c>, halves <c>1962-H1</c>, and
/// date-times (the date part). Anything else (<c>PAST_REF</c>, <c>XXXX-WXX-3</c>) has no range.
/// </summary>
internal static class TimexRange
{
    public static bool TryParse(string? value, out DayRange range)
    {
        range = default;
        if (value is null || value.Length < 4 || !TryDigits(value.AsSpan(0, 2), out int century))
        {
            return false;
        }

        ReadOnlySpan<char> v = value;
        int t = v.IndexOf('T');
        if (t == 10)
        {
            v = v[..10];
        }

        if (v.Length == 4)
        {
            if (v[2] == 'X' && v[3] == 'X')
            {
                return Make(century * 100, 1, 1, (century * 100) + 99, 12, 31, out range);
            }

            if (TryDigits(v.Slice(2, 1), out int d) && v[3] == 'X')
            {
                int y0 = (century * 100) + (d * 10);
                return Make(y0, 1, 1, y0 + 9, 12, 31, out range);
            }
        }

        if (!TryDigits(v[..4], out int year) || year < 1)
        {
            return false;
        }

        if (v.Length == 4)
        {
            return Make(year, 1, 1, year, 12, 31, out range);
        }

        if (v.Length < 7 || v[4] != '-')
        {
            return false;
        }

        ReadOnlySpan<char> rest = v[5..];
        if (rest.Length == 2 && TryDigits(rest, out int month) && month is >= 1 and <= 12)
        {
            return Make(year, month, 1, year, month, DateTime.DaysInMonth(year, month), out range);
        }

        if (rest.Length == 5 && rest[2] == '-' && TryDigits(rest[..2], out month) && TryDigits(rest[3..], out int day)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return Make(year, month, day, year, month, day, out range);
        }

        if (rest.Length == 3 && rest[0] == 'W' && TryDigits(rest[1..], out int week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            DateOnly monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            range = new DayRange(monday, monday.AddDays(6));
            return true;
        }

        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            int q = rest[1] - '1';
            int m0 = (q * 3) + 1;
            return Make(year, m0, 1, year, m0 + 2, DateTime.DaysInMonth(year, m0 + 2), out range);
        }

        if (rest.Length == 2 && rest[0] == 'H' && rest[1] is '1' or '2')
        {
            return rest[1] == '1' ? Make(year, 1, 1, year, 6, 30, out range) : Make(year, 7, 1, year, 12, 31, out range);
        }

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

    private static bool Make(int y0, int m0, int d0, int y1, int m1, int d1, out DayRange range)
    {
        range = default;
        if (y0 < 1 || y1 > 9999)
        {
            return false;
        }

        range = new DayRange(new DateOnly(y0, m0, d0), new DateOnly(y1, m1, d1));
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }
}
