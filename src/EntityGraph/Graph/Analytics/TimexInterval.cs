using System;
using EntityGraph.Dates;

namespace EntityGraph.Graph.Analytics;

/// <summary>
/// The calendar days a TIMEX3 value covers, as <see cref="DateOnly.DayNumber"/> bounds (both inclusive), for
/// comparing dates cheaply. Values are read by <see cref="TimexValue.TryParseDays"/> (days, months, years,
/// decades, centuries, seasons, quarters, halves, ISO weeks and weekends, date-times); anything that cannot
/// be placed (<c>PRESENT_REF</c>, <c>XXXX-06</c>, durations) has no interval.
/// </summary>
internal readonly record struct TimexInterval(int First, int Last)
{
    public bool Overlaps(TimexInterval other) => First <= other.Last && other.First <= Last;

    /// <summary>Reads a value; surrounding white space is ignored because filter bounds come from users.</summary>
    public static bool TryParse(string? value, out TimexInterval interval)
    {
        if (TimexValue.TryParseDays(value.AsSpan().Trim(), out _, out DateOnly first, out DateOnly last))
        {
            interval = new TimexInterval(first.DayNumber, last.DayNumber);
            return true;
        }

        interval = default;
        return false;
    }
}
