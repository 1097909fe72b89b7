using System;
using System.Collections.Generic;

namespace EntityGraph.Text;

/// <summary>
/// A small immutable set of short words, looked up by span without allocating. Words are bucketed by
/// length, which keeps each probe to a handful of comparisons for the short lists it is used for
/// (abbreviations, sentence starters, boilerplate phrases). Thread-safe.
/// </summary>
internal sealed class WordSet
{
    private readonly string[][] _byLength;
    private readonly StringComparison _comparison;

    /// <summary>Creates the set.</summary>
    /// <param name="words">The words; empty ones are ignored.</param>
    /// <param name="ignoreCase">Whether lookups ignore case (ordinal, invariant).</param>
    public WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var lists = new List<List<string>>();
        foreach (string w in words)
        {
            if (string.IsNullOrEmpty(w))
            {
                continue;
            }

            while (lists.Count <= w.Length)
            {
                lists.Add([]);
            }

            if (!Contains(lists[w.Length], w, _comparison))
            {
                lists[w.Length].Add(w);
            }
        }

        _byLength = new string[lists.Count][];
        for (int i = 0; i < lists.Count; i++)
        {
            _byLength[i] = lists[i].ToArray();
        }
    }

    /// <summary>Longest word in the set.</summary>
    public int MaxLength => _byLength.Length - 1;

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length >= _byLength.Length)
        {
            return false;
        }

        foreach (string w in _byLength[word.Length])
        {
            if (word.Equals(w, _comparison))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(List<string> list, string w, StringComparison comparison)
    {
        foreach (string s in list)
        {
            if (string.Equals(s, w, comparison))
            {
                return true;
            }
        }

        return false;
    }
}
