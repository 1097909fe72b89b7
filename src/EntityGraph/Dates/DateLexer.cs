using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace EntityGraph.Dates;

/// <summary>What a date-lexer token is.</summary>
internal enum LexKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>The words the date rules care about; everything else is <see cref="None"/>.</summary>
internal enum DateWord : byte
{
    None,
    Month,
    MonthAbbrev,
    Weekday,
    Today,
    Yesterday,
    Tomorrow,
    Last,
    Next,
    This,
    Coming,
    Past,
    Earlier,
    Later,
    Early,
    Mid,
    Late,
    The,
    Of,
    On,
    In,
    Start,
    End,
    Middle,
    UnitDay,
    UnitWeek,
    UnitMonth,
    UnitYear,
    Ago,
    A,
    Vague,
    NumberWord,
    Following,
    Previous,
    Same,
    That,
    Every,
    Century,
    Preposition,
    Ordinal,
    Title,
    Over,
    Function,
    NoYearBefore,
    Weekend,
    Season,
}

/// <summary>One token of the date lexer: letters, digits or one other character.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct LexToken(int Start, int End, LexKind Kind, bool SpaceBefore, bool NewlineBefore, DateWord Word, int Number)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits text into letter runs, digit runs and single other characters, noting the white space
/// before each, and classifies the words the date rules use. Stateless and thread-safe.
/// </summary>
internal static class DateLexer
{
    private const int MaxWordLength = 16;

    // Indexed by length * 26 + first letter, so a word is compared with at most a few candidates.
    private static readonly (string Word, DateWord Kind, int Value)[][] Table = BuildTable();

    public static void Lex(string text, int start, int end, List<LexToken> output)
    {
        int i = start;
        bool space = true, newline = true;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n')
                {
                    newline = true;
                }

                i++;
                continue;
            }

            int s = i;
            if (char.IsAsciiDigit(c))
            {
                int n = 0;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    if (i - s < 9)
                    {
                        n = n * 10 + (text[i] - '0');
                    }

                    i++;
                }

                output.Add(new LexToken(s, i, LexKind.Number, space, newline, DateWord.None, i - s <= 9 ? n : -1));
            }
            else if (char.IsLetter(c))
            {
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                (DateWord w, int v) = Classify(text.AsSpan(s, i - s));
                output.Add(new LexToken(s, i, LexKind.Word, space, newline, w, v));
            }
            else
            {
                i++;
                output.Add(new LexToken(s, i, LexKind.Punct, space, newline, DateWord.None, c));
            }

            space = false;
            newline = false;
        }
    }

    public static (DateWord Kind, int Value) Classify(ReadOnlySpan<char> word)
    {
        int letter = (word[0] | 0x20) - 'a';
        if (word.Length >= MaxWordLength || (uint)letter >= 26)
        {
            return (DateWord.None, 0);
        }

        foreach ((string w, DateWord k, int v) in Table[word.Length * 26 + letter])
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return (k, v);
            }
        }

        return (DateWord.None, 0);
    }

    private static (string, DateWord, int)[][] BuildTable()
    {
        var all = new List<(string, DateWord, int)>();
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int m = 0; m < 12; m++)
        {
            all.Add((months[m], DateWord.Month, m + 1));
        }

        string[] abbrevs = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
        int[] abbrevMonths = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];
        for (int a = 0; a < abbrevs.Length; a++)
        {
            all.Add((abbrevs[a], DateWord.MonthAbbrev, abbrevMonths[a]));
        }

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int d = 0; d < 7; d++)
        {
            all.Add((days[d], DateWord.Weekday, d + 1));
        }

        string[] numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        for (int n = 0; n < numbers.Length; n++)
        {
            all.Add((numbers[n], DateWord.NumberWord, n + 1));
        }

        void Add(DateWord k, params string[] words)
        {
            foreach (string w in words)
            {
                all.Add((w, k, 0));
            }
        }

        Add(DateWord.Today, "today");
        Add(DateWord.Yesterday, "yesterday");
        Add(DateWord.Tomorrow, "tomorrow");
        Add(DateWord.Last, "last");
        Add(DateWord.Next, "next");
        Add(DateWord.This, "this");
        Add(DateWord.Coming, "coming");
        Add(DateWord.Past, "past");
        Add(DateWord.Earlier, "earlier");
        Add(DateWord.Later, "later");
        Add(DateWord.Early, "early");
        Add(DateWord.Mid, "mid", "midmonth");
        Add(DateWord.Late, "late");
        Add(DateWord.The, "the");
        Add(DateWord.Of, "of");
        Add(DateWord.On, "on");
        Add(DateWord.In, "in");
        Add(DateWord.Start, "start", "beginning", "outset");
        Add(DateWord.End, "end", "close");
        Add(DateWord.Middle, "middle");
        Add(DateWord.UnitDay, "day", "days");
        Add(DateWord.UnitWeek, "week", "weeks");
        Add(DateWord.UnitMonth, "month", "months");
        Add(DateWord.UnitYear, "year", "years");
        Add(DateWord.Ago, "ago");
        Add(DateWord.A, "a", "an");
        Add(DateWord.Vague, "several", "few", "some", "many");
        Add(DateWord.Following, "following");
        Add(DateWord.Previous, "previous", "preceding");
        Add(DateWord.Same, "same");
        Add(DateWord.That, "that");
        Add(DateWord.Every, "every", "each", "per");
        Add(DateWord.Century, "century", "centuries");
        Add(DateWord.Preposition, "since", "until", "till", "by", "during", "from", "to", "through", "before", "after", "between", "around", "circa", "and", "or", "at", "as", "for");
        Add(DateWord.Ordinal, "st", "nd", "rd", "th", "d");
        Add(DateWord.Title, "mr", "mrs", "ms", "miss", "dr", "lady", "sir");
        Add(DateWord.Over, "over", "within", "throughout");
        Add(DateWord.Function, "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "but", "when", "while", "with", "there", "not", "only", "which", "who");
        Add(DateWord.NoYearBefore, "no", "nos", "p", "pp", "page", "pages", "vol", "nr", "number", "f", "op", "d", "l", "ll", "delo", "fond", "opis", "file", "folder", "box", "doc", "document", "telegram", "cable", "tel", "res", "resolution", "room", "route", "flight", "item", "paragraph", "para", "article", "no");
        Add(DateWord.Weekend, "weekend");
        all.Add(("spring", DateWord.Season, 1));
        all.Add(("summer", DateWord.Season, 2));
        all.Add(("autumn", DateWord.Season, 3));
        all.Add(("fall", DateWord.Season, 3));
        all.Add(("winter", DateWord.Season, 4));

        var buckets = new List<(string, DateWord, int)>[MaxWordLength * 26];
        for (int i = 0; i < buckets.Length; i++)
        {
            buckets[i] = new List<(string, DateWord, int)>();
        }

        foreach ((string w, DateWord k, int v) in all)
        {
            List<(string, DateWord, int)> bucket = buckets[w.Length * 26 + (w[0] - 'a')];
            if (!bucket.Exists(e => e.Item1 == w))
            {
                bucket.Add((w, k, v));
            }
        }

        var result = new (string, DateWord, int)[buckets.Length][];
        for (int i = 0; i < buckets.Length; i++)
        {
            result[i] = buckets[i].ToArray();
        }

        return result;
    }
}
