using System;
using System.Collections.Generic;
using EntityGraph.Text;

namespace EntityGraph.Dates;

/// <summary>
/// EntityGraph's creation-date detector. It reads the full dates (day, month and a written year) near the
/// top of a document and keeps the best-placed one, in this order of trust:
/// <list type="number">
/// <item><c>header</c>: a labelled line, <c>Date: 8 June 1962, 5:00 p.m.</c> (anywhere in the first lines);</item>
/// <item><c>dateline</c>: a line that is only a date, possibly after a place (<c>April 30, 1962</c>,
/// <c>Moscow, 24.III.50</c>, <c>Washington, May 3, 1950—7 p.m.</c>);</item>
/// <item><c>headline</c>: a date closing a headline (<c>China Cracks Down ... - 2002-05-09</c>);</item>
/// <item><c>signature</c>: a date line closing the document (<c>Ministry of Foreign Affairs 30 April [1962]</c>);</item>
/// <item><c>timestamp</c>: an all-number date followed by a clock time (<c>08-10-14, 14:20</c>), typical of
/// forum reposts, used only when nothing else qualifies.</item>
/// </list>
/// Among equals the earlier line wins. Nothing found gives <see cref="DctResult.None"/>. Immutable and thread-safe.
/// </summary>
public sealed class DctDetector : IDctDetector
{
    private const int HeadChars = 4000;
    private const int TopLines = 12;
    private const int HeadlineLines = 6;
    private const int TailChars = 400;
    private const int SignatureLineChars = 80;

    private readonly DateRecognizer _dates = new();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">When <paramref name="document"/> is null.</exception>
    public DctResult Detect(TokenizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Detect(document.Text);
    }

    /// <summary>Detects the creation date of a plain text; see the class description for the rules.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, its source and its evidence span, or <see cref="DctResult.None"/>.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    public DctResult Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int headEnd = Math.Min(text.Length, HeadChars);
        DctResult best = DctResult.None;
        int bestScore = 0;
        Consider(text, _dates.Find(text, new TextSpan(0, headEnd), null), top: true, ref best, ref bestScore);
        if (bestScore < 50)
        {
            int tailStart = Math.Max(0, text.Length - TailChars);
            int nl = tailStart == 0 ? -1 : text.IndexOf('\n', tailStart);
            tailStart = nl < 0 ? tailStart : nl + 1;
            Consider(text, _dates.Find(text, new TextSpan(tailStart, text.Length), null), top: false, ref best, ref bestScore);
        }

        return best;
    }

    private static void Consider(string text, IReadOnlyList<DateMatch> matches, bool top, ref DctResult best, ref int bestScore)
    {
        foreach (DateMatch m in matches)
        {
            if (m.Value.Granularity != TimexGranularity.Day || m.Value.EarliestDay is not DateOnly date)
            {
                continue;
            }

            int lineStart = text.LastIndexOf('\n', Math.Max(0, m.Start - 1)) + 1;
            if (m.Start == 0)
            {
                lineStart = 0;
            }

            int lineEnd = text.IndexOf('\n', m.End);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            ReadOnlySpan<char> before = text.AsSpan(lineStart, m.Start - lineStart).Trim();
            ReadOnlySpan<char> after = text.AsSpan(m.End, lineEnd - m.End).Trim();
            int score;
            string source;
            if (top)
            {
                int lineNo = NonEmptyLinesBefore(text, lineStart);
                if (IsLabel(before))
                {
                    (score, source) = (100 - Math.Min(lineNo, 40), "header");
                }
                else if (lineNo < TopLines && IsNumeric(m.Text) && HasClockTime(after) && before.IsEmpty)
                {
                    (score, source) = (20 - lineNo, "timestamp");
                }
                else if (lineNo < TopLines && IsPlaceOrEmpty(before) && IsTrailer(after))
                {
                    (score, source) = (80 - lineNo, "dateline");
                }
                else if (lineNo < HeadlineLines && after.IsEmpty && EndsWithSeparator(before))
                {
                    (score, source) = (60 - lineNo, "headline");
                }
                else
                {
                    continue;
                }
            }
            else
            {
                // A closing date line is short: a signature block, not a sentence that ends with a date.
                if ((!after.IsEmpty && !IsTrailer(after)) || lineEnd - lineStart > SignatureLineChars || before.Contains(". ", StringComparison.Ordinal)
                    || HasClockTime(after) || NonEmptyLinesBefore(text, lineStart) < 2)
                {
                    continue;
                }

                (score, source) = (30, "signature");
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = new DctResult(date, source, new TextSpan(m.Start, m.End));
            }
        }
    }

    private static int NonEmptyLinesBefore(string text, int lineStart)
    {
        int count = 0;
        bool content = false;
        for (int i = 0; i < lineStart; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (content)
                {
                    count++;
                }

                content = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                content = true;
            }
        }

        return count;
    }

    private static bool IsLabel(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty || before[^1] != ':')
        {
            return false;
        }

        ReadOnlySpan<char> label = before[..^1].Trim();
        return label.Equals("date", StringComparison.OrdinalIgnoreCase) || label.Equals("dated", StringComparison.OrdinalIgnoreCase)
            || label.Equals("date of meeting", StringComparison.OrdinalIgnoreCase) || label.Equals("published", StringComparison.OrdinalIgnoreCase)
            || label.Equals("sent", StringComparison.OrdinalIgnoreCase) || label.Equals("date of issue", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Nothing, or a short place name with a comma (<c>Moscow,</c>), or a word like <c>Published</c>.</summary>
    private static bool IsPlaceOrEmpty(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty)
        {
            return true;
        }

        if (before.Length > 30)
        {
            return false;
        }

        int words = 1;
        foreach (char c in before)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (char.IsDigit(c) || c is '"' or '\u201C' or '\u201D' or '.')
            {
                return false;
            }
        }

        return words <= 4 && (before[^1] is ',' or '\u2014' or '-' or '|' || before.Equals("published", StringComparison.OrdinalIgnoreCase)
            || before.Equals("updated", StringComparison.OrdinalIgnoreCase) || before.Equals("posted", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Nothing, punctuation, a clock time or a short source note after the date (<c>—7 p.m.</c>, <c>| From Times Wire Services</c>).</summary>
    private static bool IsTrailer(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty)
        {
            return true;
        }

        if (after[0] is '|' or '\u2014' or '\u2013' or '-' or ',' or '.' or ';' or '(')
        {
            return after.Length <= 40;
        }

        return false;
    }

    private static bool EndsWithSeparator(ReadOnlySpan<char> before) =>
        before.Length > 10 && before[^1] is '-' or '\u2013' or '\u2014' or '|' or ',';

    private static bool IsNumeric(string s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasClockTime(ReadOnlySpan<char> after)
    {
        for (int i = 1; i + 1 < after.Length; i++)
        {
            if (after[i] == ':' && char.IsAsciiDigit(after[i - 1]) && char.IsAsciiDigit(after[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
