using System;
using System.Globalization;

namespace EntityGraph.Graph.Analytics;

/// <summary>
/// The calendar days a TIMEX3 value covers, as <see cref="DateOnly.DayNumber"/> bounds (both inclusive).
/// Understands days (<c>1962-06-08</c>), months (<c>1962-04</c>), years (<c>1962</c>), decades
/// (<c>196</c>, <c>196X</c>), centuries (<c>19</c>, <c>19XX</c>), quarters (<c>1962-Q2</c>), halves
/// (<c>1962-H1</c>), seasons (<c>1962-SU</c>), ISO weeks (<c>1962-W23</c>, <c>1962-W23-WE</c>) and a time
/// suffix (<c>1962-06-08T10:00</c>). Anything else (<c>PRESENT_REF</c>, <c>XXXX-06</c>, durations) has no interval.
/// </summary>
internal readonly record struct TimexInterval(int First, int Last)
{
    public bool Overlaps(TimexInterval other) => First <= other.Last && other.First <= Last;

    public static bool TryParse(string? value, out TimexInterval interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        ReadOnlySpan<char> s = value.AsSpan().Trim();
        int t = s.IndexOf('T');
        if (t > 0)
        {
            s = s[..t];
        }

        // Decades and centuries: "196", "196X", "19", "19XX".
        if (s.Length is >= 2 and <= 4 && AllDigitsThenX(s, out int digits) && digits < 4)
        {
            if (s.Length != digits && s.Length != 4)
            {
                return false;
            }

            int prefix = int.Parse(s[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            int span = digits == 3 ? 10 : digits == 2 ? 100 : 1000;
            int firstYear = prefix * span;
            return Years(Math.Max(firstYear, 1), firstYear + span - 1, out interval);
        }

        if (s.Length < 4 || !TryDigits(s[..4], out int year) || year < 1)
        {
            return false;
        }

        if (s.Length == 4)
        {
            return Years(year, year, out interval);
        }

        if (s[4] != '-')
        {
            return false;
        }

        ReadOnlySpan<char> rest = s[5..];
        if (rest.Length == 2 && TryDigits(rest, out int month))
        {
            if (month is < 1 or > 12)
            {
                return false;
            }

            interval = new TimexInterval(new DateOnly(year, month, 1).DayNumber, new DateOnly(year, month, DateTime.DaysInMonth(year, month)).DayNumber);
            return true;
        }

        if (rest.Length == 5 && rest[2] == '-' && TryDigits(rest[..2], out month) && TryDigits(rest[3..], out int day))
        {
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            int n = new DateOnly(year, month, day).DayNumber;
            interval = new TimexInterval(n, n);
            return true;
        }

        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            int q = rest[1] - '1';
            return Months(year, (q * 3) + 1, 3, out interval);
        }

        if (rest.Length == 2 && rest[0] == 'H' && rest[1] is '1' or '2')
        {
            return Months(year, rest[1] == '1' ? 1 : 7, 6, out interval);
        }

        switch (rest)
        {
            case "SP": return Months(year, 3, 3, out interval);
            case "SU": return Months(year, 6, 3, out interval);
            case "FA": return Months(year, 9, 3, out interval);
            case "WI": return Months(year, 12, 3, out interval);
        }

        if (rest.Length >= 3 && rest[0] == 'W' && TryDigits(rest.Slice(1, 2), out int week))
        {
            bool weekend = rest.Length == 6 && rest[3..].SequenceEqual("-WE");
            if ((rest.Length != 3 && !weekend) || week < 1 || week > ISOWeek.GetWeeksInYear(year))
            {
                return false;
            }

            int monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)).DayNumber;
            interval = weekend ? new TimexInterval(monday + 5, monday + 6) : new TimexInterval(monday, monday + 6);
            return true;
        }

        return false;
    }

    private static bool Years(int first, int last, out TimexInterval interval)
    {
        if (last > 9999)
        {
            interval = default;
            return false;
        }

        interval = new TimexInterval(new DateOnly(first, 1, 1).DayNumber, new DateOnly(last, 12, 31).DayNumber);
        return true;
    }

    private static bool Months(int year, int firstMonth, int count, out TimexInterval interval)
    {
        if (year >= 9999 && firstMonth + count > 12)
        {
            interval = default;
            return false;
        }

        var first = new DateOnly(year, firstMonth, 1);
        DateOnly end = first.AddMonths(count);
        interval = new TimexInterval(first.DayNumber, end.DayNumber - 1);
        return true;
    }

    private static bool AllDigitsThenX(ReadOnlySpan<char> s, out int digits)
    {
        digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        for (int i = digits; i < s.Length; i++)
        {
            if (s[i] != 'X')
            {
                return false;
            }
        }

        return digits >= 2;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }
}
