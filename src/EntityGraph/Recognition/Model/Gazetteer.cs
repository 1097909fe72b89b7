using System;
using System.Collections.Generic;

namespace EntityGraph.Recognition.Model;

/// <summary>Name-list categories of the hashed gazetteer (bit index in the mask).</summary>
internal enum GazetteerCategory
{
    Place = 0,
    Country = 1,
    FirstName = 2,
    Surname = 3,
    Organization = 4,
    Title = 5,
}

/// <summary>
/// Name lists reduced to hashes: each key is the folded hash of a phrase's lower-cased tokens and maps
/// to a bit mask of <see cref="GazetteerCategory"/>. Holds no text. Immutable and thread-safe.
/// </summary>
internal sealed class Gazetteer
{
    internal const int Categories = 6;
    internal const int MaxWords = 5;
    internal const ulong PhraseSeed = 0x5851F42D4C957F2DUL;

    private readonly UIntMap _map;

    internal Gazetteer(uint[] sortedKeys, byte[] masks)
    {
        Keys = sortedKeys;
        Masks = masks;
        var values = new int[masks.Length];
        for (int i = 0; i < masks.Length; i++)
        {
            values[i] = masks[i];
        }

        _map = new UIntMap(sortedKeys, values);
    }

    internal static Gazetteer Empty { get; } = new(Array.Empty<uint>(), Array.Empty<byte>());

    /// <summary>Keys in ascending order (for saving).</summary>
    internal uint[] Keys { get; }

    /// <summary>Category masks parallel to <see cref="Keys"/>.</summary>
    internal byte[] Masks { get; }

    internal int Count => Keys.Length;

    internal static ulong Extend(ulong phrase, ulong lowerTokenHash) => FeatureHash.Combine(phrase, lowerTokenHash);

    internal int Lookup(ulong phrase) => _map.Get(FeatureHash.Fold(phrase), 0);

    /// <summary>
    /// Marks, for each category, the BILOU position (1..4, 0 = none) of each token inside the longest
    /// match starting at a capitalised token, scanning left to right. <paramref name="positions"/> holds
    /// <see cref="Categories"/> bytes per token.
    /// </summary>
    internal void Match(ReadOnlySpan<TokenInfo> tokens, Span<byte> positions)
    {
        positions.Clear();
        if (Count == 0)
        {
            return;
        }

        Span<int> masks = stackalloc int[MaxWords];
        for (int i = 0; i < tokens.Length; i++)
        {
            // Titles (spokesman, minister) are lower-case in running text; every other list needs a capital.
            bool capitalised = tokens[i].IsCapitalised;

            int max = Math.Min(MaxWords, tokens.Length - i);
            ulong h = PhraseSeed;
            for (int len = 1; len <= max; len++)
            {
                h = Extend(h, tokens[i + len - 1].Lower);
                masks[len - 1] = Lookup(h);
            }

            for (int c = 0; c < Categories; c++)
            {
                if (positions[(i * Categories) + c] != 0 || (!capitalised && c != (int)GazetteerCategory.Title))
                {
                    continue;
                }

                for (int len = max; len >= 1; len--)
                {
                    if ((masks[len - 1] & (1 << c)) == 0)
                    {
                        continue;
                    }

                    if (len == 1)
                    {
                        positions[(i * Categories) + c] = 4;
                    }
                    else
                    {
                        positions[(i * Categories) + c] = 1;
                        for (int j = i + 1; j < i + len - 1; j++)
                        {
                            positions[(j * Categories) + c] = 2;
                        }

                        positions[((i + len - 1) * Categories) + c] = 3;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>Collects phrases at training time and freezes them into a <see cref="Gazetteer"/>.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<uint, byte> _entries = new();

        internal int Count => _entries.Count;

        /// <summary>Adds a phrase; words are split on white space, and phrases longer than <see cref="MaxWords"/> words are skipped.</summary>
        internal void Add(string phrase, GazetteerCategory category)
        {
            ulong h = PhraseSeed;
            int words = 0;
            foreach (string part in phrase.Split(' '))
            {
                ReadOnlySpan<char> w = part.AsSpan().Trim();
                if (w.IsEmpty)
                {
                    continue;
                }

                if (++words > MaxWords)
                {
                    return;
                }

                h = Extend(h, FeatureHash.OfLower(w));
            }

            if (words == 0)
            {
                return;
            }

            uint key = FeatureHash.Fold(h);
            _entries.TryGetValue(key, out byte mask);
            _entries[key] = (byte)(mask | (1 << (int)category));
        }

        internal Gazetteer Build()
        {
            var keys = new uint[_entries.Count];
            _entries.Keys.CopyTo(keys, 0);
            Array.Sort(keys);
            var masks = new byte[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                masks[i] = _entries[keys[i]];
            }

            return new Gazetteer(keys, masks);
        }
    }
}
