using System;
using System.Collections.Generic;
using System.Text;

namespace EntityGraph.Resolution;

/// <summary>
/// Normalised comparison keys for names: lower case, Latin diacritics folded, brackets, hyphens,
/// apostrophes and dots dropped, so that <c>Wang Ping-nan</c>, <c>Wang Pingnan</c> and
/// <c>Wang Ping Nan</c> share one compact key. Thread-safe (no state).
/// </summary>
internal static class NameKeys
{
    // Folding of U+00C0..U+017F to a base Latin letter; computed once from Unicode decompositions.
    private const string Fold =
        "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    /// <summary>Folds one character to lower-case ASCII where it is a Latin letter with a diacritic.</summary>
    public static char FoldChar(char c)
    {
        if (c >= '\u00C0' && c <= '\u017F')
        {
            c = Fold[c - '\u00C0'];
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>Letters and digits only, folded: <c>Wang Ping-nan</c> → <c>wangpingnan</c>.</summary>
    public static string Compact(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        int n = 0;
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = FoldChar(c);
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>
    /// The words of a name, each compacted; words are separated by white space, so hyphens and
    /// apostrophes stay inside a word (<c>Ping-nan</c> → <c>pingnan</c>). Empty words are dropped.
    /// </summary>
    public static List<string> Words(string s)
    {
        var words = new List<string>(4);
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSeparator(s[i]))
            {
                i++;
            }

            int start = i;
            while (i < s.Length && !IsSeparator(s[i]))
            {
                i++;
            }

            if (i > start)
            {
                string w = Compact(s.AsSpan(start, i - start));
                if (w.Length > 0)
                {
                    words.Add(w);
                }
            }
        }

        return words;
    }

    /// <summary>Whether <paramref name="s"/> looks like an acronym: 2 to 8 letters, all capitals, dots allowed (<c>U.N.</c>, <c>CPSU</c>).</summary>
    public static bool IsAcronym(string s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }

    /// <summary>
    /// The initials of the capitalised words of <paramref name="s"/>, lower case, skipping function
    /// words (<c>Communist Party of the Soviet Union</c> → <c>cpsu</c>). Returns "" for one word.
    /// </summary>
    public static string Initials(string s, int fromWord = 0)
    {
        var sb = new StringBuilder(8);
        int word = 0, capitalised = 0;
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsInitialSeparator(s[i]))
            {
                i++;
            }

            int start = i;
            while (i < s.Length && !IsInitialSeparator(s[i]))
            {
                i++;
            }

            if (i == start)
            {
                continue;
            }

            if (word++ < fromWord)
            {
                continue;
            }

            char first = s[start];
            if (char.IsUpper(first))
            {
                sb.Append(FoldChar(first));
                capitalised++;
            }
            else if (char.IsLetter(first) && !IsFunctionWord(s.AsSpan(start, i - start)))
            {
                return "";
            }
        }

        return capitalised >= 2 ? sb.ToString() : "";
    }

    /// <summary>Removes editorial brackets but keeps their content: <c>Zhang [Hanfu]</c> → <c>Zhang Hanfu</c>.</summary>
    public static string StripBrackets(string s)
    {
        if (s.IndexOf('[', StringComparison.Ordinal) < 0 && s.IndexOf(']', StringComparison.Ordinal) < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c != '[' && c != ']')
            {
                sb.Append(c);
            }
        }

        return CollapseSpaces(sb.ToString());
    }

    /// <summary>Trims and collapses runs of white space to one space.</summary>
    public static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Whether the word is an English function word that acronyms skip.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> w) =>
        w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)
        || w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase)
        || w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("on", StringComparison.OrdinalIgnoreCase)
        || w.Equals("&", StringComparison.Ordinal);

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == '[' || c == ']' || c == ',' || c == '(' || c == ')';

    private static bool IsInitialSeparator(char c) => IsSeparator(c) || c == '-' || c == '/';
}
