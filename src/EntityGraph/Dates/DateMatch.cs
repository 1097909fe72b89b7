using System;

namespace EntityGraph.Dates;

/// <summary>
/// One date expression found by <see cref="DateRecognizer.Find(string, DateOnly?)"/>: its exact span,
/// text, normalised value and modifier. Immutable.
/// </summary>
/// <param name="Start">Index of the first character in the text.</param>
/// <param name="End">Index one past the last character.</param>
/// <param name="Text">The covered text, <c>text[Start..End]</c>.</param>
/// <param name="Value">The TIMEX3 value (<c>1962-06-08</c>, <c>2002-03</c>, <c>XXXX-WXX-3</c>, <c>PAST_REF</c>).</param>
/// <param name="Mod">The modifier of <c>early</c>, <c>mid-</c>, <c>late</c>, <c>the start of</c>, ...</param>
public sealed record DateMatch(int Start, int End, string Text, TimexValue Value, TimexMod Mod)
{
    /// <summary>The TIMEX3 name of <see cref="Mod"/> (<c>START</c>, <c>MID</c>, <c>END</c>), or null.</summary>
    public string? ModName => Mod.ToTimexString();

    /// <inheritdoc />
    public override string ToString() => "[" + Start + ".." + End + ") '" + Text + "' " + Value + (Mod == TimexMod.None ? "" : " " + ModName);
}

/// <summary>Settings of <see cref="DateRecognizer"/>. Immutable: change with a <c>with</c> expression.</summary>
public sealed record DateRecognizerOptions
{
    /// <summary>
    /// Two-digit years below this number are read as 20xx, the others as 19xx (default 30:
    /// <c>10/14/50</c> is 1950, <c>08-10-14</c> is 2014). Must be 0-100.
    /// </summary>
    public int TwoDigitYearPivot { get; init; } = 30;

    /// <summary>
    /// Whether an all-number date whose two first numbers could both be the month is read day first
    /// (<c>05/06/62</c> as 5 June). Default false: month first (US order), as in cables and US news;
    /// when the first number is above 12 it is the day whatever this says. Dotted dates
    /// (<c>8.6.1962</c>, <c>8.VI.62</c>) are always day first.
    /// </summary>
    public bool DayFirst { get; init; }

    /// <summary>
    /// How many months after the creation date a month or day without a year may fall before the
    /// previous year is chosen instead (default 6: with a creation date in January, <c>December</c> is the
    /// previous December). Must be 0-11.
    /// </summary>
    public int MaxMonthsAfterDct { get; init; } = 6;

    /// <summary>The options used by <see cref="DateRecognizer"/>'s parameterless constructor.</summary>
    public static DateRecognizerOptions Default { get; } = new();
}
