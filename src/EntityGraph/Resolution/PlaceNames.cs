using System;
using System.Collections.Generic;
using System.Text;

namespace EntityGraph.Resolution;

/// <summary>Place-name normalisation: the specific part of a name with a capitalised generic head. Thread-safe.</summary>
internal static class PlaceNames
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "county", "province", "prefecture", "region", "autonomous", "river", "district", "oblast", "krai",
        "municipality", "governorate", "sea", "lake", "island", "islands", "peninsula", "mountains",
    };

    /// <summary>
    /// <c>Yumin County</c> → <c>yumin</c>, <c>Yalu River</c> → <c>yalu</c>; an autonomous region keeps only
    /// its first word (<c>Xinjiang Uyghur Autonomous Region</c> → <c>xinjiang</c>). Null when the name has no generic head.
    /// </summary>
    public static string? WithoutGenericHead(List<string> words)
    {
        int end = words.Count;
        bool autonomous = false;
        while (end > 1 && Heads.Contains(words[end - 1]))
        {
            autonomous |= words[end - 1] == "autonomous";
            end--;
        }

        if (end == words.Count)
        {
            return null;
        }

        if (autonomous)
        {
            end = 1;
        }

        var sb = new StringBuilder();
        for (int i = 0; i < end; i++)
        {
            sb.Append(words[i]);
        }

        return sb.ToString();
    }
}
