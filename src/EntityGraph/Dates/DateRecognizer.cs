using System;
using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Text;

namespace EntityGraph.Dates;

/// <summary>
/// EntityGraph's rule-based date recogniser: finds calendar dates in every common order and style
/// (<c>8 June 1962</c>, <c>June 8, 1962</c>, <c>1962-06-08</c>, <c>10/14/50</c>, <c>8.VI.62</c>), months,
/// years, decades, weekdays and relative expressions (<c>today</c>, <c>last week</c>, <c>A day later</c>,
/// <c>the 29th</c>, <c>late March</c>), and normalises them to TIMEX3 values against a reference date that
/// is always passed in, never read from the clock. Clock times, durations, frequencies and impossible
/// days (<c>31 June</c>) give nothing. A hand-written scanner, one pass over the text. Immutable and thread-safe.
/// </summary>
public sealed class DateRecognizer : IDateRecognizer
{
    /// <summary>Creates a recogniser with <see cref="DateRecognizerOptions.Default"/>.</summary>
    public DateRecognizer()
        : this(DateRecognizerOptions.Default)
    {
    }

    /// <summary>Creates a recogniser with explicit options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When an option is out of its documented range.</exception>
    public DateRecognizer(DateRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.TwoDigitYearPivot, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.TwoDigitYearPivot, 100, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxMonthsAfterDct, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxMonthsAfterDct, 11, nameof(options));
        Options = options;
    }

    /// <summary>The options.</summary>
    public DateRecognizerOptions Options { get; }

    /// <summary>The name recorded as <see cref="Mention.Source"/> of the mentions this recogniser makes.</summary>
    public const string SourceName = "date-rules";

    /// <summary>Finds the date expressions of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="dct">The reference (creation) date relative expressions resolve against, or null when unknown.</param>
    /// <returns>The expressions in text order, never overlapping.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    public IReadOnlyList<DateMatch> Find(string text, DateOnly? dct)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<DateMatch>();
        DateScan.Run(text, 0, text.Length, dct, Options, output);
        return output;
    }

    /// <summary>Finds the date expressions of part of a text; offsets are into the whole text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="region">The part to read.</param>
    /// <param name="dct">The reference date, or null when unknown.</param>
    /// <returns>The expressions in text order.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the region is not inside the text.</exception>
    public IReadOnlyList<DateMatch> Find(string text, TextSpan region, DateOnly? dct)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (region.Start < 0 || region.End > text.Length || region.End < region.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(region), "The region " + region + " is not inside a text of " + text.Length + " characters.");
        }

        var output = new List<DateMatch>();
        DateScan.Run(text, region.Start, region.End, dct, Options, output);
        return output;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">When <paramref name="document"/> or <paramref name="output"/> is null.</exception>
    public void Recognize(TokenizedDocument document, DateOnly? dct, List<Mention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        string text = document.Text;
        IReadOnlyList<TextSpan> skipped = document.SkippedLines;
        int s = 0;
        foreach (DateMatch m in Find(text, dct))
        {
            while (s < skipped.Count && skipped[s].End <= m.Start)
            {
                s++;
            }

            if (s < skipped.Count && skipped[s].Overlaps(new TextSpan(m.Start, m.End)))
            {
                continue;
            }

            output.Add(new Mention(m.Start, m.End, m.Text, EntityType.Date)
            {
                Source = SourceName,
                Value = m.Value.ToString(),
                Mod = m.ModName,
            });
        }
    }
}
