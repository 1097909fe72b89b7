using System;
using System.Globalization;

namespace EntityGraph.Text;

/// <summary>Character classification shared by the tokenizer, the sentence splitter and the boilerplate detector.</summary>
internal static class CharInfo
{
    /// <summary>
    /// True for characters that separate tokens and belong to none: white space, control characters and
    /// invisible format characters (zero-width space, bidi marks, byte order mark). Zero-width joiner and
    /// non-joiner and the soft hyphen are not ignorable because they live inside words and emoji.
    /// </summary>
    public static bool IsIgnorable(char c)
    {
        if (c < 0x80)
        {
            return c <= ' ' || c == '\u007F';
        }

        if (c is '\u200C' or '\u200D' or '\u00AD')
        {
            return false;
        }

        if (char.IsWhiteSpace(c) || char.IsControl(c))
        {
            return true;
        }

        // Lone surrogates are not format characters; everything else in Cf is invisible.
        return !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
    }

    /// <summary>Unicode category of the code point at <paramref name="i"/>; <paramref name="length"/> is 2 for a surrogate pair, and a lone surrogate is reported as <see cref="UnicodeCategory.Surrogate"/>.</summary>
    public static UnicodeCategory CategoryAt(ReadOnlySpan<char> s, int i, out int length)
    {
        char c = s[i];
        if (!char.IsSurrogate(c))
        {
            length = 1;
            return CharUnicodeInfo.GetUnicodeCategory(c);
        }

        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            length = 2;
            return CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, s[i + 1]));
        }

        length = 1;
        return UnicodeCategory.Surrogate;
    }

    /// <summary>Letters of any script (categories Lu, Ll, Lt, Lm, Lo).</summary>
    public static bool IsLetter(UnicodeCategory cat) => cat <= UnicodeCategory.OtherLetter;

    /// <summary>Combining marks (Mn, Mc, Me).</summary>
    public static bool IsMark(UnicodeCategory cat) => cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Numbers (Nd, Nl, No).</summary>
    public static bool IsNumber(UnicodeCategory cat) => cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary>True when a letter or number starts at <paramref name="i"/>.</summary>
    public static bool IsAlnumAt(ReadOnlySpan<char> s, int i)
    {
        if ((uint)i >= (uint)s.Length)
        {
            return false;
        }

        char c = s[i];
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        UnicodeCategory cat = CategoryAt(s, i, out _);
        return IsLetter(cat) || IsNumber(cat);
    }

    /// <summary>True when a letter starts at <paramref name="i"/>.</summary>
    public static bool IsLetterAt(ReadOnlySpan<char> s, int i)
    {
        if ((uint)i >= (uint)s.Length)
        {
            return false;
        }

        char c = s[i];
        return c < 0x80 ? char.IsAsciiLetter(c) : IsLetter(CategoryAt(s, i, out _));
    }

    /// <summary>True when a letter, number or combining mark starts at <paramref name="i"/> (a character that continues a word).</summary>
    public static bool IsWordCharAt(ReadOnlySpan<char> s, int i)
    {
        if ((uint)i >= (uint)s.Length)
        {
            return false;
        }

        char c = s[i];
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        UnicodeCategory cat = CategoryAt(s, i, out _);
        return IsLetter(cat) || IsNumber(cat) || IsMark(cat);
    }

    /// <summary>True when the character at <paramref name="i"/> is an ASCII digit.</summary>
    public static bool IsDigitAt(ReadOnlySpan<char> s, int i) => (uint)i < (uint)s.Length && char.IsAsciiDigit(s[i]);

    /// <summary>Apostrophes that may join or split words: straight, right single quotation mark, modifier letter apostrophe.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Hyphens that join word parts: hyphen-minus, hyphen, non-breaking hyphen.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Line break characters (a CRLF pair is counted once by callers).</summary>
    public static bool IsNewline(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u000B' or '\u000C';
}
