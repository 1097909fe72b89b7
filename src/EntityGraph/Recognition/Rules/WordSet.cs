using System;
using System.Collections.Generic;

namespace EntityGraph.Recognition.Rules;

/// <summary>
/// An immutable set of words looked up from spans without allocating, ignoring case (ASCII and Latin
/// letters via <see cref="char.ToLowerInvariant"/>). Thread-safe after construction.
/// </summary>
internal sealed class WordSet
{
    private readonly Dictionary<ulong, string[]> _buckets = new();

    internal WordSet(params string[] words)
    {
        var build = new Dictionary<ulong, List<string>>();
        foreach (string w in words)
        {
            ulong h = Hash(w);
            if (!build.TryGetValue(h, out List<string>? list))
            {
                list = new List<string>(1);
                build.Add(h, list);
            }

            list.Add(w);
        }

        foreach (KeyValuePair<ulong, List<string>> kv in build)
        {
            _buckets.Add(kv.Key, kv.Value.ToArray());
        }
    }

    internal bool Contains(ReadOnlySpan<char> word)
    {
        if (!_buckets.TryGetValue(Hash(word), out string[]? list))
        {
            return false;
        }

        foreach (string w in list)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in word)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return h;
    }
}
