using System;
using System.Collections.Generic;
using System.Text;

namespace EntityGraph.Resolution;

/// <summary>
/// Splits an agency name into the state it belongs to and a normalised core, so that
/// <c>Chinese Foreign Ministry</c>, <c>China's Ministry of Foreign Affairs</c> and (in a Chinese
/// document) <c>the Foreign Ministry</c> share one key. Thread-safe.
/// </summary>
internal static class AgencyNames
{
    // Cores that every state has, so that an unqualified mention means the document's own state.
    private static readonly string[] NationalCores =
    {
        "communistparty", "centralcommittee", "politburo", "statecouncil", "councilofministers", "government",
        "nationalassembly", "parliament", "foreignoffice", "presidiumofthesupremesoviet", "supremesoviet",
        "nationalpeoplescongress", "army", "navy", "airforce", "police", "securityservice",
    };

    /// <summary>The state qualifier of the name (by prefix or a trailing <c>of [the] X</c>), and the core key.</summary>
    public static (string? Country, string Core) Analyse(string name, IPlaceKnowledge knowledge)
    {
        string s = NameKeys.CollapseSpaces(name);
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }

        string[] words = s.Split(' ');
        string? country = null;
        int first = 0, last = words.Length;

        // Prefix qualifier of up to three words: "Chinese", "North Korean", "China's", "PRC".
        for (int n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            string q = string.Join(' ', words, 0, n);
            if (q.EndsWith("'s", StringComparison.Ordinal) || q.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                q = q[..^2];
            }

            if (knowledge.TryFindCountry(q, out string cc))
            {
                country = cc;
                first = n;
                break;
            }
        }

        // Suffix qualifier: "... of the Soviet Union", "... of China".
        if (country is null)
        {
            for (int i = words.Length - 2; i >= 1; i--)
            {
                if (!words[i].Equals("of", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                int qs = i + 1;
                if (qs < words.Length && words[qs].Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    qs++;
                }

                if (qs < words.Length && knowledge.TryFindCountry(string.Join(' ', words, qs, words.Length - qs), out string cc))
                {
                    country = cc;
                    last = i;
                }

                break;
            }
        }

        return (country, Core(words, first, last));
    }

    /// <summary>Whether an agency with this core exists in every state, so context can supply the state.</summary>
    public static bool IsNational(string core)
    {
        if (core.StartsWith("ministryof", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string c in NationalCores)
        {
            if (core == c)
            {
                return true;
            }
        }

        return false;
    }

    private static string Core(string[] words, int first, int last)
    {
        var w = new List<string>(last - first);
        for (int i = first; i < last; i++)
        {
            string c = NameKeys.Compact(words[i]);
            if (c.Length > 0)
            {
                w.Add(c switch { "defence" => "defense", "un" => "unitednations", _ => c });
            }
        }

        // "Foreign Ministry" is the "Ministry of Foreign Affairs"; "X Ministry" is the "Ministry of X".
        if (w.Count >= 2 && w[^1] == "ministry")
        {
            w.RemoveAt(w.Count - 1);
            if (w.Count == 1 && w[0] == "foreign")
            {
                w.Add("affairs");
            }

            w.Insert(0, "of");
            w.Insert(0, "ministry");
        }

        var sb = new StringBuilder();
        foreach (string x in w)
        {
            sb.Append(x);
        }

        return sb.ToString();
    }
}
