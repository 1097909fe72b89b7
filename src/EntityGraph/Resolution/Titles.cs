using System;
using System.Collections.Generic;

namespace EntityGraph.Resolution;

/// <summary>
/// Titles and honorifics that stand before a person's name: honorifics (<c>Mr.</c>, <c>Comrade</c>) are
/// dropped, titles (<c>Vice Minister</c>, <c>Ambassador</c>, <c>spokesman</c>) become roles. Thread-safe.
/// </summary>
internal static class Titles
{
    private enum Kind
    {
        None,
        Honorific,
        Modifier,
        Head,
    }

    private static readonly Dictionary<string, Kind> Words = Build();

    private static Dictionary<string, Kind> Build()
    {
        var d = new Dictionary<string, Kind>(StringComparer.OrdinalIgnoreCase);
        foreach (string w in "mr mrs ms miss dr comrade sir madam mme messrs mister".Split(' '))
        {
            d[w] = Kind.Honorific;
        }

        foreach (string w in ("vice deputy prime foreign defense defence trade interior assistant acting first second third "
            + "state party executive senior chief former special permanent under finance general political military "
            + "cultural commercial press information security public").Split(' '))
        {
            d[w] = Kind.Modifier;
        }

        foreach (string w in ("minister ambassador spokesman spokeswoman spokesperson president premier chairman chairwoman "
            + "secretary director consul envoy counselor counsellor attache admiral colonel major captain lieutenant "
            + "commander governor mayor king queen prince emperor chancellor senator congressman marshal leader "
            + "correspondent reporter editor interpreter translator professor judge undersecretary vice-minister "
            + "vice-premier vice-chairman vice-president consul-general chargé chargé d'affaires general").Split(' '))
        {
            d[w] = Kind.Head;
        }

        return d;
    }

    private static Kind KindOf(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> w = word.TrimEnd('.');
        return Words.TryGetValue(w.ToString(), out Kind k) ? k : Kind.None;
    }

    /// <summary>
    /// The title run that ends right before <paramref name="start"/> (on the same line and after
    /// <paramref name="floor"/>), e.g. <c>Vice Minister</c>; null when there is none or only an honorific.
    /// </summary>
    public static string? RoleBefore(string text, int start, int floor)
    {
        int i = start;
        int runStart = -1, runEnd = -1;
        bool sawHead = false;
        while (true)
        {
            int j = i;
            while (j > floor && (text[j - 1] == ' ' || text[j - 1] == '\t'))
            {
                j--;
            }

            if (j == i && i != start)
            {
                break;
            }

            int wordEnd = j;
            while (j > floor && (char.IsLetter(text[j - 1]) || text[j - 1] == '.' || text[j - 1] == '-' || text[j - 1] == '\''))
            {
                j--;
            }

            if (j == wordEnd)
            {
                break;
            }

            Kind k = KindOf(text.AsSpan(j, wordEnd - j));
            if (k == Kind.None)
            {
                break;
            }

            if (k == Kind.Honorific)
            {
                if (runStart >= 0)
                {
                    break;
                }

                i = j;
                continue;
            }

            if (k == Kind.Head && runEnd < 0)
            {
                runEnd = wordEnd;
                sawHead = true;
            }
            else if (runEnd < 0)
            {
                // A modifier directly before the name without a head (e.g. "Foreign") is no title.
                break;
            }

            runStart = j;
            i = j;
        }

        return sawHead && runStart >= 0 ? text[runStart..runEnd] : null;
    }

    /// <summary>
    /// Strips leading titles and honorifics that a recogniser left inside a person mention
    /// (<c>Vice Minister Zhang</c> → <c>Zhang</c>, role <c>Vice Minister</c>); keeps at least one word.
    /// </summary>
    public static string StripLeading(string name, out string? role)
    {
        role = null;
        int pos = 0, roleStart = -1, roleEnd = -1;
        while (true)
        {
            int end = name.IndexOf(' ', pos);
            if (end < 0)
            {
                break;
            }

            Kind k = KindOf(name.AsSpan(pos, end - pos));
            if (k == Kind.None)
            {
                break;
            }

            if (k != Kind.Honorific)
            {
                if (roleStart < 0)
                {
                    roleStart = pos;
                }

                roleEnd = end;
            }

            pos = end + 1;
        }

        if (roleStart >= 0)
        {
            string candidate = name[roleStart..roleEnd];
            int lastSpace = candidate.LastIndexOf(' ');
            if (KindOf(candidate.AsSpan(lastSpace + 1)) == Kind.Head)
            {
                role = candidate;
            }
        }

        return pos == 0 ? name : name[pos..];
    }
}
