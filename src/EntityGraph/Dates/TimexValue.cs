using System;
using System.Globalization;

namespace EntityGraph.Dates;

/// <summary>How precise a <see cref="TimexValue"/> is.</summary>
public enum TimexGranularity : byte
{
    /// <summary>The default value: no date at all.</summary>
    None = 0,

    /// <summary>A calendar day: <c>1962-06-08</c> (the year may be unknown: <c>XXXX-06-08</c>).</summary>
    Day = 1,

    /// <summary>A calendar month: <c>1962-06</c> (the year may be unknown: <c>XXXX-06</c>).</summary>
    Month = 2,

    /// <summary>A year: <c>1962</c>.</summary>
    Year = 3,

    /// <summary>A decade: <c>196X</c>.</summary>
    Decade = 4,

    /// <summary>A century: <c>19</c> (the years 1900 to 1999).</summary>
    Century = 5,

    /// <summary>An ISO-8601 week: <c>2002-W20</c>.</summary>
    Week = 6,

    /// <summary>A weekday that cannot be placed on the calendar: <c>XXXX-WXX-3</c> (Monday = 1).</summary>
    Weekday = 7,

    /// <summary>A vague reference: <c>PAST_REF</c>, <c>PRESENT_REF</c> or <c>FUTURE_REF</c>.</summary>
    Reference = 8,

    /// <summary>A season of a year: <c>1962-SP</c>, <c>1962-SU</c>, <c>1962-FA</c>, <c>1962-WI</c> (northern hemisphere, meteorological).</summary>
    Season = 9,

    /// <summary>A quarter of a year: <c>1962-Q3</c> (July to September).</summary>
    Quarter = 10,

    /// <summary>A half of a year: <c>1962-H1</c> (January to June) or <c>1962-H2</c>.</summary>
    Half = 11,

    /// <summary>The weekend (Saturday and Sunday) of an ISO-8601 week: <c>2002-W20-WE</c>.</summary>
    Weekend = 12,
}

/// <summary>The vague references of TIMEX3.</summary>
public enum TimexReference : byte
{
    /// <summary>Not a reference.</summary>
    None = 0,

    /// <summary><c>PAST_REF</c>: some time before the reference date (<c>years ago</c>).</summary>
    Past = 1,

    /// <summary><c>PRESENT_REF</c>: the reference date itself, vaguely (<c>today</c> without a known date).</summary>
    Present = 2,

    /// <summary><c>FUTURE_REF</c>: some time after the reference date.</summary>
    Future = 3,
}

/// <summary>The TIMEX3 modifier of <c>early</c>, <c>mid-</c> and <c>late</c>.</summary>
public enum TimexMod : byte
{
    /// <summary>No modifier.</summary>
    None = 0,

    /// <summary><c>START</c>: <c>early March</c>, <c>the start of this year</c>.</summary>
    Start = 1,

    /// <summary><c>MID</c>: <c>mid-March</c>, <c>the middle of the year</c>.</summary>
    Mid = 2,

    /// <summary><c>END</c>: <c>late March</c>, <c>the end of 1962</c>.</summary>
    End = 3,
}

/// <summary>Conversions of <see cref="TimexMod"/> to and from the TIMEX3 names.</summary>
public static class TimexMods
{
    /// <summary>The TIMEX3 name (<c>START</c>, <c>MID</c>, <c>END</c>), or null for <see cref="TimexMod.None"/>.</summary>
    /// <param name="mod">The modifier.</param>
    /// <returns>Its name or null.</returns>
    public static string? ToTimexString(this TimexMod mod) => mod switch
    {
        TimexMod.Start => "START",
        TimexMod.Mid => "MID",
        TimexMod.End => "END",
        _ => null,
    };

    /// <summary>Parses a TIMEX3 modifier name, case-insensitively; null or empty gives <see cref="TimexMod.None"/>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="mod">The modifier when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? text, out TimexMod mod)
    {
        switch (text?.ToUpperInvariant())
        {
            case null or "": mod = TimexMod.None; return true;
            case "START": mod = TimexMod.Start; return true;
            case "MID": mod = TimexMod.Mid; return true;
            case "END": mod = TimexMod.End; return true;
            default: mod = TimexMod.None; return false;
        }
    }
}

/// <summary>Thrown by <see cref="TimexValue.Parse"/> when the text is not a TIMEX3 value EntityGraph understands.</summary>
public sealed class TimexFormatException : EntityGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="text">The text that could not be parsed.</param>
    public TimexFormatException(string text)
        : base("'" + text + "' is not a TIMEX3 value (expected forms like 1962-06-08, 1962-06, 1962-SP, 1962-Q3, 1962-H1, 1962, 196X, 19, 2002-W20, 2002-W20-WE, XXXX-WXX-3, PAST_REF).")
    {
        Text = text;
    }

    /// <summary>The text that could not be parsed.</summary>
    public string Text { get; }
}

/// <summary>
/// A normalised TIMEX3 date value with its granularity: a day (<c>1962-06-08</c>), month (<c>1962-06</c>),
/// year (<c>1962</c>), decade (<c>196X</c>), century (<c>19</c>), season (<c>1962-SU</c>), quarter
/// (<c>1962-Q3</c>), half year (<c>1962-H1</c>), ISO week (<c>2002-W20</c>) or its weekend (<c>2002-W20-WE</c>),
/// an unplaced weekday (<c>XXXX-WXX-3</c>) or a vague reference (<c>PAST_REF</c>). Days and months may have an unknown
/// year (<c>XXXX-03</c>). The default value has <see cref="TimexGranularity.None"/> and formats as an empty
/// string. Immutable and thread-safe; never reads the clock.
/// </summary>
public readonly struct TimexValue : IEquatable<TimexValue>, IComparable<TimexValue>
{
    private const int UnknownYear = -1;

    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    private TimexValue(TimexGranularity granularity, int year, int month, int day)
    {
        Granularity = granularity;
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>How precise the value is.</summary>
    public TimexGranularity Granularity { get; }

    /// <summary>True for every value except the default one.</summary>
    public bool IsValid => Granularity != TimexGranularity.None;

    /// <summary>
    /// The year: of a day, month, year or week; the first year of a decade (1960 for <c>196X</c>) or of a
    /// century (1900 for <c>19</c>); null when unknown or not applicable.
    /// </summary>
    public int? Year => Granularity is TimexGranularity.None or TimexGranularity.Weekday or TimexGranularity.Reference || _year == UnknownYear ? null : _year;

    /// <summary>The month (1-12) of a day or month value, else null.</summary>
    public int? Month => Granularity is TimexGranularity.Day or TimexGranularity.Month ? _month : null;

    /// <summary>The day of the month of a day value, else null.</summary>
    public int? Day => Granularity == TimexGranularity.Day ? _day : null;

    /// <summary>The ISO week number of a week or weekend value, else null.</summary>
    public int? Week => Granularity is TimexGranularity.Week or TimexGranularity.Weekend ? _month : null;

    /// <summary>The quarter (1-4) of a quarter value, else null.</summary>
    public int? Quarter => Granularity == TimexGranularity.Quarter ? _month : null;

    /// <summary>The half (1 or 2) of a half-year value, else null.</summary>
    public int? Half => Granularity == TimexGranularity.Half ? _month : null;

    /// <summary>The ISO weekday (Monday = 1 ... Sunday = 7) of an unplaced weekday value, else null.</summary>
    public int? Weekday => Granularity == TimexGranularity.Weekday ? _day : null;

    /// <summary>The season of a season value (1 spring, 2 summer, 3 autumn, 4 winter), else null.</summary>
    public int? Season => Granularity == TimexGranularity.Season ? _month : null;

    /// <summary>The kind of a vague reference, else <see cref="TimexReference.None"/>.</summary>
    public TimexReference Reference => Granularity == TimexGranularity.Reference ? (TimexReference)_day : TimexReference.None;

    /// <summary>True when the value covers a known stretch of the calendar (<see cref="EarliestDay"/> is set).</summary>
    public bool IsAnchored => EarliestDay.HasValue;

    /// <summary>The first day the value covers (for timelines), or null when it cannot be placed.</summary>
    public DateOnly? EarliestDay => Granularity switch
    {
        TimexGranularity.Day when _year != UnknownYear => new DateOnly(_year, _month, _day),
        TimexGranularity.Month when _year != UnknownYear => new DateOnly(_year, _month, 1),
        TimexGranularity.Year or TimexGranularity.Decade or TimexGranularity.Century => new DateOnly(_year, 1, 1),
        TimexGranularity.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(_year, _month, DayOfWeek.Monday)),
        TimexGranularity.Season => new DateOnly(_year, _month * 3, 1),
        TimexGranularity.Quarter => new DateOnly(_year, ((_month - 1) * 3) + 1, 1),
        TimexGranularity.Half => new DateOnly(_year, ((_month - 1) * 6) + 1, 1),
        TimexGranularity.Weekend => DateOnly.FromDateTime(ISOWeek.ToDateTime(_year, _month, DayOfWeek.Saturday)),
        _ => null,
    };

    /// <summary>The last day the value covers (for timelines), or null when it cannot be placed.</summary>
    public DateOnly? LatestDay => Granularity switch
    {
        TimexGranularity.Day when _year != UnknownYear => new DateOnly(_year, _month, _day),
        TimexGranularity.Month when _year != UnknownYear => new DateOnly(_year, _month, DateTime.DaysInMonth(_year, _month)),
        TimexGranularity.Year => new DateOnly(_year, 12, 31),
        TimexGranularity.Decade => new DateOnly(_year + 9, 12, 31),
        TimexGranularity.Century => new DateOnly(_year + 99, 12, 31),
        TimexGranularity.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(_year, _month, DayOfWeek.Sunday)),
        TimexGranularity.Season => new DateOnly(_year, _month * 3, 1).AddMonths(3).AddDays(-1),
        TimexGranularity.Quarter => new DateOnly(_year, _month * 3, DateTime.DaysInMonth(_year, _month * 3)),
        TimexGranularity.Half => new DateOnly(_year, _month * 6, _month == 1 ? 30 : 31),
        TimexGranularity.Weekend => DateOnly.FromDateTime(ISOWeek.ToDateTime(_year, _month, DayOfWeek.Sunday)),
        _ => null,
    };

    /// <summary><c>PAST_REF</c>.</summary>
    public static TimexValue PastRef => new(TimexGranularity.Reference, UnknownYear, 0, (int)TimexReference.Past);

    /// <summary><c>PRESENT_REF</c>.</summary>
    public static TimexValue PresentRef => new(TimexGranularity.Reference, UnknownYear, 0, (int)TimexReference.Present);

    /// <summary><c>FUTURE_REF</c>.</summary>
    public static TimexValue FutureRef => new(TimexGranularity.Reference, UnknownYear, 0, (int)TimexReference.Future);

    /// <summary>A calendar day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the year is outside 1-9999 (never, for a <see cref="DateOnly"/>).</exception>
    public static TimexValue FromDate(DateOnly date) => new(TimexGranularity.Day, date.Year, date.Month, date.Day);

    /// <summary>A calendar day, possibly with an unknown year.</summary>
    /// <param name="year">The year (1-9999), or null when unknown (<c>XXXX-06-08</c>).</param>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="day">The day of the month; with an unknown year, 29 February is allowed.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the day does not exist.</exception>
    public static TimexValue ForDay(int? year, int month, int day)
    {
        if (!IsValidDay(year, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), "No such calendar day: " + (year?.ToString("D4", CultureInfo.InvariantCulture) ?? "XXXX") + "-" + month + "-" + day + ".");
        }

        return new(TimexGranularity.Day, year ?? UnknownYear, month, day);
    }

    /// <summary>A calendar month, possibly with an unknown year.</summary>
    /// <param name="year">The year (1-9999), or null when unknown (<c>XXXX-03</c>).</param>
    /// <param name="month">The month, 1-12.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the year or month is out of range.</exception>
    public static TimexValue ForMonth(int? year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(TimexGranularity.Month, year ?? UnknownYear, month, 0);
    }

    /// <summary>A year.</summary>
    /// <param name="year">The year, 1-9999.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the year is out of range.</exception>
    public static TimexValue ForYear(int year)
    {
        CheckYear(year);
        return new(TimexGranularity.Year, year, 0, 0);
    }

    /// <summary>The decade holding <paramref name="year"/> (<c>196X</c> for 1962).</summary>
    /// <param name="year">Any year of the decade, 1-9999.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the year is out of range.</exception>
    public static TimexValue ForDecade(int year)
    {
        CheckYear(year);
        int start = Math.Max(year / 10 * 10, 1);
        return new(TimexGranularity.Decade, start, 0, 0);
    }

    /// <summary>The century whose years start with <paramref name="leadingDigits"/> (<c>19</c>: 1900-1999).</summary>
    /// <param name="leadingDigits">The first two digits of its years, 0-99.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When out of range.</exception>
    public static TimexValue ForCentury(int leadingDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(leadingDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(leadingDigits, 99);
        return new(TimexGranularity.Century, Math.Max(leadingDigits * 100, 1), 0, 0);
    }

    /// <summary>An ISO-8601 week (<c>2002-W20</c>).</summary>
    /// <param name="isoYear">The ISO week-numbering year, 1-9998.</param>
    /// <param name="week">The week, 1 to 52 or 53 as that year has.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the week does not exist.</exception>
    public static TimexValue ForWeek(int isoYear, int week)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(isoYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(isoYear, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(week, ISOWeek.GetWeeksInYear(isoYear));
        return new(TimexGranularity.Week, isoYear, week, 0);
    }

    /// <summary>The ISO week holding <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns>The value.</returns>
    public static TimexValue WeekOf(DateOnly date)
    {
        DateTime dt = date.ToDateTime(TimeOnly.MinValue);
        return new(TimexGranularity.Week, ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt), 0);
    }

    /// <summary>A season of a year (<c>1962-SP</c>); winter starts in December of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1-9998.</param>
    /// <param name="season">1 spring, 2 summer, 3 autumn, 4 winter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When out of range.</exception>
    public static TimexValue ForSeason(int year, int season)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(season, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(season, 4);
        return new(TimexGranularity.Season, year, season, 0);
    }

    /// <summary>A weekday that cannot be placed (<c>XXXX-WXX-3</c> for Wednesday).</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The value.</returns>
    public static TimexValue ForWeekday(DayOfWeek day) => new(TimexGranularity.Weekday, UnknownYear, 0, IsoDay(day));

    /// <summary>Converts a <see cref="DayOfWeek"/> to its ISO number (Monday = 1 ... Sunday = 7).</summary>
    internal static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    /// <summary>True when the day exists (29 February only in leap years, or when the year is unknown).</summary>
    /// <param name="year">The year, or null when unknown.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <returns>Whether it exists.</returns>
    public static bool IsValidDay(int? year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || (year is int y && (y < 1 || y > 9999)))
        {
            return false;
        }

        int max = year is int yy ? DateTime.DaysInMonth(yy, month) : (month == 2 ? 29 : DateTime.DaysInMonth(2001, month));
        return day <= max;
    }

    private static void CheckYear(int? year)
    {
        if (year is int y)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(y, 1, nameof(year));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(y, 9999, nameof(year));
        }
    }

    /// <summary>Parses a TIMEX3 value (exact, case-sensitive forms as produced by <see cref="ToString"/>).</summary>
    /// <param name="text">The text, e.g. <c>1962-06-08</c>, <c>XXXX-03</c>, <c>196X</c>, <c>2002-W20</c>, <c>XXXX-WXX-3</c>, <c>PAST_REF</c>.</param>
    /// <param name="value">The value, or the default value on failure.</param>
    /// <returns>Whether the text is a value; never throws.</returns>
    public static bool TryParse(string? text, out TimexValue value) => TryParse(text.AsSpan(), out value);

    /// <summary>Parses a TIMEX3 value from characters; see <see cref="TryParse(string?, out TimexValue)"/>.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="value">The value, or the default value on failure.</param>
    /// <returns>Whether the text is a value; never throws.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TimexValue value)
    {
        value = default;
        switch (text)
        {
            case "PAST_REF": value = PastRef; return true;
            case "PRESENT_REF": value = PresentRef; return true;
            case "FUTURE_REF": value = FutureRef; return true;
        }

        if (text.Length == 10 && text.StartsWith("XXXX-WXX-") && text[9] is >= '1' and <= '7')
        {
            value = new(TimexGranularity.Weekday, UnknownYear, 0, text[9] - '0');
            return true;
        }

        if (text.Length == 2 && TryDigits(text, out int century))
        {
            value = ForCentury(century);
            return true;
        }

        if (text.Length == 4 && text[3] == 'X' && TryDigits(text[..3], out int dec))
        {
            if (dec == 0)
            {
                return false;
            }

            value = new(TimexGranularity.Decade, dec * 10, 0, 0);
            return true;
        }

        if (text.Length < 4)
        {
            return false;
        }

        int? year;
        if (text[..4].SequenceEqual("XXXX"))
        {
            year = null;
        }
        else if (TryDigits(text[..4], out int y) && y >= 1)
        {
            year = y;
        }
        else
        {
            return false;
        }

        if (text.Length == 4)
        {
            if (year is not int yearOnly)
            {
                return false;
            }

            value = ForYear(yearOnly);
            return true;
        }

        if (text[4] != '-')
        {
            return false;
        }

        if (text.Length == 7 && year is int sy && char.IsAsciiLetterUpper(text[5]))
        {
            (TimexGranularity g, int part) = text.Slice(5, 2) switch
            {
                "SP" => (TimexGranularity.Season, 1),
                "SU" => (TimexGranularity.Season, 2),
                "FA" => (TimexGranularity.Season, 3),
                "WI" => (TimexGranularity.Season, 4),
                "Q1" => (TimexGranularity.Quarter, 1),
                "Q2" => (TimexGranularity.Quarter, 2),
                "Q3" => (TimexGranularity.Quarter, 3),
                "Q4" => (TimexGranularity.Quarter, 4),
                "H1" => (TimexGranularity.Half, 1),
                "H2" => (TimexGranularity.Half, 2),
                _ => (TimexGranularity.None, 0),
            };

            // A winter runs into the next year, which 9999 does not have.
            if (g == TimexGranularity.None || (g == TimexGranularity.Season && sy > 9998))
            {
                return false;
            }

            value = new(g, sy, part, 0);
            return true;
        }

        if ((text.Length == 8 || (text.Length == 11 && text[8..].SequenceEqual("-WE"))) && text[5] == 'W' && year is int wy && TryDigits(text.Slice(6, 2), out int week))
        {
            if (wy > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(wy))
            {
                return false;
            }

            value = new(text.Length == 8 ? TimexGranularity.Week : TimexGranularity.Weekend, wy, week, 0);
            return true;
        }

        if (!TryDigits(text.Slice(5, Math.Min(2, text.Length - 5)), out int month) || text.Length < 7 || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            value = new(TimexGranularity.Month, year ?? UnknownYear, month, 0);
            return true;
        }

        if (text.Length != 10 || text[7] != '-' || !TryDigits(text.Slice(8, 2), out int day) || !IsValidDay(year, month, day))
        {
            return false;
        }

        value = new(TimexGranularity.Day, year ?? UnknownYear, month, day);
        return true;
    }

    /// <summary>
    /// Parses a value that covers known calendar days and gives its first and last day. Besides the forms of
    /// <see cref="TryParse(ReadOnlySpan{char}, out TimexValue)"/> it accepts the spellings other annotators and
    /// users write: centuries as <c>19XX</c>, decades as <c>196</c> (TIMEX2), and date-times
    /// (<c>1962-06-08T14:30</c>, <c>1962-06-08TMO</c>: the date part). Values that cannot be placed
    /// (<c>XXXX-06-08</c>, <c>XXXX-WXX-3</c>, <c>PAST_REF</c>) give false. Never throws.
    /// </summary>
    /// <param name="text">The characters.</param>
    /// <param name="value">The value in its canonical form (<c>19XX</c> gives <c>19</c>), or the default value on failure.</param>
    /// <param name="first">The first day covered.</param>
    /// <param name="last">The last day covered.</param>
    /// <returns>Whether the text is a placed value.</returns>
    internal static bool TryParseDays(ReadOnlySpan<char> text, out TimexValue value, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (text.Length > 10 && text[10] == 'T')
        {
            text = text[..10];
        }

        bool ok;
        if (text.Length == 4 && text[2] == 'X' && text[3] == 'X' && TryDigits(text[..2], out int century))
        {
            ok = true;
            value = ForCentury(century);
        }
        else if (text.Length == 3 && TryDigits(text, out int decade))
        {
            ok = decade != 0;
            value = ok ? new(TimexGranularity.Decade, decade * 10, 0, 0) : default;
        }
        else
        {
            ok = TryParse(text, out value);
        }

        if (!ok || value.EarliestDay is not DateOnly f || value.LatestDay is not DateOnly l)
        {
            value = default;
            return false;
        }

        first = f;
        last = l;
        return true;
    }

    /// <summary>Parses a TIMEX3 value; see <see cref="TryParse(string?, out TimexValue)"/> for the forms.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="TimexFormatException">When the text is not a value.</exception>
    public static TimexValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out TimexValue v) ? v : throw new TimexFormatException(text);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int n)
    {
        n = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            n = n * 10 + (c - '0');
        }

        return true;
    }

    /// <summary>The TIMEX3 text (<c>1962-06-08</c>, <c>196X</c>, <c>PAST_REF</c>, ...); empty for the default value.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string y = _year == UnknownYear ? "XXXX" : _year.ToString("D4", CultureInfo.InvariantCulture);
        return Granularity switch
        {
            TimexGranularity.Day => y + "-" + Two(_month) + "-" + Two(_day),
            TimexGranularity.Month => y + "-" + Two(_month),
            TimexGranularity.Year => y,
            TimexGranularity.Decade => (_year / 10).ToString("D3", CultureInfo.InvariantCulture) + "X",
            TimexGranularity.Century => Two(_year / 100),
            TimexGranularity.Week => y + "-W" + Two(_month),
            TimexGranularity.Weekend => y + "-W" + Two(_month) + "-WE",
            TimexGranularity.Quarter => y + "-Q" + _month.ToString(CultureInfo.InvariantCulture),
            TimexGranularity.Half => y + "-H" + _month.ToString(CultureInfo.InvariantCulture),
            TimexGranularity.Season => y + "-" + (_month switch { 1 => "SP", 2 => "SU", 3 => "FA", _ => "WI" }),
            TimexGranularity.Weekday => "XXXX-WXX-" + _day.ToString(CultureInfo.InvariantCulture),
            TimexGranularity.Reference => Reference switch
            {
                TimexReference.Past => "PAST_REF",
                TimexReference.Future => "FUTURE_REF",
                _ => "PRESENT_REF",
            },
            _ => "",
        };
    }

    private static string Two(int n) => n.ToString("D2", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(TimexValue other) =>
        Granularity == other.Granularity && _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimexValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Granularity, _year, _month, _day);

    /// <summary>
    /// Orders values for timelines: placed values by their first day, then the longer stretch first
    /// (<c>1962</c> before <c>1962-01</c> before <c>1962-01-01</c>); then values with an unknown year
    /// (by month and day); then unplaced weekdays (Monday first); then <c>PAST_REF</c>, <c>PRESENT_REF</c>,
    /// <c>FUTURE_REF</c>; the default value sorts first. Consistent with <see cref="Equals(TimexValue)"/>.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(TimexValue other)
    {
        int rank = Rank().CompareTo(other.Rank());
        if (rank != 0)
        {
            return rank;
        }

        DateOnly? a = EarliestDay, b = other.EarliestDay;
        if (a is DateOnly da && b is DateOnly db)
        {
            int c = da.CompareTo(db);
            if (c != 0)
            {
                return c;
            }

            c = other.LatestDay!.Value.CompareTo(LatestDay!.Value);
            if (c != 0)
            {
                return c;
            }
        }

        int g = Granularity.CompareTo(other.Granularity);
        if (g != 0)
        {
            return g;
        }

        int m = _month.CompareTo(other._month);
        return m != 0 ? m : _day.CompareTo(other._day);
    }

    private int Rank()
    {
        if (Granularity == TimexGranularity.None)
        {
            return 0;
        }

        if (IsAnchored)
        {
            return 1;
        }

        return Granularity switch
        {
            TimexGranularity.Weekday => 3,
            TimexGranularity.Reference => 4,
            _ => 2,
        };
    }

    /// <summary>Equality.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TimexValue left, TimexValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TimexValue left, TimexValue right) => !left.Equals(right);

    /// <summary>Ordering; see <see cref="CompareTo"/>.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(TimexValue left, TimexValue right) => left.CompareTo(right) < 0;

    /// <summary>Ordering; see <see cref="CompareTo"/>.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(TimexValue left, TimexValue right) => left.CompareTo(right) > 0;

    /// <summary>Ordering; see <see cref="CompareTo"/>.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(TimexValue left, TimexValue right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering; see <see cref="CompareTo"/>.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(TimexValue left, TimexValue right) => left.CompareTo(right) >= 0;
}
