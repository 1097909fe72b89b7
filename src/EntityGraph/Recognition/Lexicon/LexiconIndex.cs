using System;
using System.Collections.Generic;

namespace EntityGraph.Recognition.Lexicon;

/// <summary>One lexicon name a key can stand for.</summary>
internal readonly struct LexiconHit
{
    internal LexiconHit(string key, bool upperOnly, PlaceEntry? place, OrganizationEntry? organization)
    {
        Key = key;
        UpperOnly = upperOnly;
        Place = place;
        Organization = organization;
    }

    /// <summary>The normalised key (to rule out hash collisions).</summary>
    internal string Key { get; }

    /// <summary>Whether every lexicon spelling with this key is an all-capital acronym, so only all-capital text matches.</summary>
    internal bool UpperOnly { get; }

    /// <summary>The place, or null for an organisation.</summary>
    internal PlaceEntry? Place { get; }

    /// <summary>The organisation, or null for a place.</summary>
    internal OrganizationEntry? Organization { get; }
}

/// <summary>
/// Hash index of every lexicon key, plus the hash of every prefix of every key, so a token-by-token spotter
/// can stop extending a candidate as soon as no key can start that way. Immutable after construction.
/// </summary>
internal sealed class LexiconIndex
{
    private readonly Dictionary<ulong, LexiconHit[]> _hits;
    private readonly HashSet<ulong> _prefixes;
    private readonly Dictionary<ulong, string> _demonyms;

    internal LexiconIndex(IReadOnlyList<PlaceEntry> places, IReadOnlyList<OrganizationEntry> organizations, IEnumerable<string> demonymKeys)
    {
        var build = new Dictionary<ulong, List<LexiconHit>>();
        _prefixes = new HashSet<ulong>();
        var sortedPlaces = new List<PlaceEntry>(places);
        sortedPlaces.Sort(static (a, b) => Gazetteer.Rank(a).CompareTo(Gazetteer.Rank(b)));
        foreach (PlaceEntry p in sortedPlaces)
        {
            Add(build, p.CanonicalName, p, null);
            foreach (string a in p.AlternativeNames)
            {
                Add(build, a, p, null);
            }
        }

        foreach (OrganizationEntry o in organizations)
        {
            Add(build, o.CanonicalName, null, o);
            foreach (string a in o.Acronyms)
            {
                Add(build, a, null, o);
            }

            foreach (string a in o.AlternativeNames)
            {
                Add(build, a, null, o);
            }
        }

        _hits = new Dictionary<ulong, LexiconHit[]>(build.Count);
        foreach (KeyValuePair<ulong, List<LexiconHit>> kv in build)
        {
            _hits.Add(kv.Key, kv.Value.ToArray());
        }

        _demonyms = new Dictionary<ulong, string>();
        foreach (string d in demonymKeys)
        {
            _demonyms.TryAdd(LexiconKey.Hash(d), d);
        }
    }

    /// <summary>Longest key length in characters.</summary>
    internal int MaxKeyLength { get; private set; }

    /// <summary>Whether some key starts with the key whose hash is given.</summary>
    internal bool IsPrefix(ulong hash) => _prefixes.Contains(hash);

    /// <summary>The names with this key, best first; null when none.</summary>
    internal LexiconHit[]? Find(ulong hash, ReadOnlySpan<char> key)
    {
        if (_hits.TryGetValue(hash, out LexiconHit[]? hits) && key.SequenceEqual(hits[0].Key))
        {
            return hits;
        }

        return null;
    }

    /// <summary>Whether the key is a demonym.</summary>
    internal bool IsDemonym(ulong hash, ReadOnlySpan<char> key) =>
        _demonyms.TryGetValue(hash, out string? d) && key.SequenceEqual(d);

    private void Add(Dictionary<ulong, List<LexiconHit>> build, string name, PlaceEntry? place, OrganizationEntry? organization)
    {
        string key = LexiconKey.Normalize(name);
        if (key.Length == 0)
        {
            return;
        }

        MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
        ulong h = LexiconKey.HashSeed;
        foreach (char c in key)
        {
            h = LexiconKey.Step(h, c);
            _prefixes.Add(h);
        }

        bool upper = LexiconKey.IsAcronym(name);
        if (!build.TryGetValue(h, out List<LexiconHit>? list))
        {
            list = new List<LexiconHit>(1);
            build.Add(h, list);
        }

        for (int i = 0; i < list.Count; i++)
        {
            LexiconHit existing = list[i];
            if (ReferenceEquals(existing.Place, place) && ReferenceEquals(existing.Organization, organization))
            {
                // A mixed-case spelling of the same name lifts the all-capital restriction (TASS / Tass).
                list[i] = new LexiconHit(existing.Key, existing.UpperOnly && upper, place, organization);
                return;
            }
        }

        list.Add(new LexiconHit(key, upper, place, organization));
    }
}
