using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Threading;

namespace EntityGraph.Recognition.Lexicon;

/// <summary>
/// The built-in gazetteer: countries (current and historical), capitals and major cities, provinces and
/// other regions, rivers, seas and islands, and well-known organisations (UN bodies, intelligence services,
/// news agencies and newspapers, parties, archives and foundations), with their alternative and former
/// names and the demonyms of each country. Name lookups ignore case, diacritics, apostrophes and hyphens
/// (<c>Alma-Ata</c> = <c>alma ata</c>, <c>People’s Republic of China</c> = <c>Peoples Republic of China</c>).
/// Immutable and thread-safe; <see cref="Default"/> is loaded once, on first use.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PlaceEntry[] _places;
    private readonly OrganizationEntry[] _organizations;
    private readonly Dictionary<string, PlaceEntry> _placeById;
    private readonly Dictionary<string, OrganizationEntry> _organizationById;
    private readonly Dictionary<string, PlaceEntry[]> _placesByKey;
    private readonly Dictionary<string, OrganizationEntry> _organizationsByKey;
    private readonly Dictionary<string, string> _demonyms;

    private Gazetteer(PlaceEntry[] places, OrganizationEntry[] organizations, Dictionary<string, string> demonyms)
    {
        _places = places;
        _organizations = organizations;
        _demonyms = demonyms;
        _placeById = new Dictionary<string, PlaceEntry>(places.Length, StringComparer.Ordinal);
        foreach (PlaceEntry p in places)
        {
            if (!_placeById.TryAdd(p.Id, p))
            {
                throw new InvalidDataException("Duplicate place id in the built-in gazetteer: " + p.Id);
            }
        }

        _organizationById = new Dictionary<string, OrganizationEntry>(organizations.Length, StringComparer.Ordinal);
        foreach (OrganizationEntry o in organizations)
        {
            if (!_organizationById.TryAdd(o.Id, o))
            {
                throw new InvalidDataException("Duplicate organisation id in the built-in gazetteer: " + o.Id);
            }
        }

        var byKey = new Dictionary<string, List<PlaceEntry>>(StringComparer.Ordinal);
        foreach (PlaceEntry p in places)
        {
            AddPlaceKey(byKey, p.CanonicalName, p);
            foreach (string alt in p.AlternativeNames)
            {
                AddPlaceKey(byKey, alt, p);
            }
        }

        _placesByKey = new Dictionary<string, PlaceEntry[]>(byKey.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<PlaceEntry>> kv in byKey)
        {
            kv.Value.Sort(static (a, b) => Rank(a).CompareTo(Rank(b)));
            _placesByKey.Add(kv.Key, kv.Value.ToArray());
        }

        _organizationsByKey = new Dictionary<string, OrganizationEntry>(StringComparer.Ordinal);
        foreach (OrganizationEntry o in organizations)
        {
            _organizationsByKey.TryAdd(LexiconKey.Normalize(o.CanonicalName), o);
            foreach (string a in o.Acronyms)
            {
                _organizationsByKey.TryAdd(LexiconKey.Normalize(a), o);
            }

            foreach (string a in o.AlternativeNames)
            {
                _organizationsByKey.TryAdd(LexiconKey.Normalize(a), o);
            }
        }

        Index = new LexiconIndex(places, organizations, demonyms.Keys);
    }

    /// <summary>The built-in gazetteer, loaded from the library's embedded data on first use.</summary>
    /// <exception cref="InvalidDataException">When the embedded data is corrupt (a build error, never expected at run time).</exception>
    public static Gazetteer Default => Shared.Value;

    /// <summary>Every place, in data order (countries, then cities, then regions, waters and islands).</summary>
    public IReadOnlyList<PlaceEntry> Places => _places;

    /// <summary>Every organisation, in data order.</summary>
    public IReadOnlyList<OrganizationEntry> Organizations => _organizations;

    /// <summary>The hashed index used by the token spotter.</summary>
    internal LexiconIndex Index { get; }

    /// <summary>
    /// Finds the best place for a name (canonical, alternative, former name or abbreviation). When several
    /// places share the name, a country is preferred, then a region, then a capital, then another city,
    /// then waters, islands and vaguer areas.
    /// </summary>
    /// <param name="name">The name as written (<c>Peking</c>, <c>U.S.S.R.</c>, <c>Alma-Ata</c>).</param>
    /// <param name="place">The place when found.</param>
    /// <returns>Whether a place has that name.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="name"/> is null.</exception>
    public bool TryFindPlace(string name, [NotNullWhen(true)] out PlaceEntry? place)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_placesByKey.TryGetValue(LexiconKey.Normalize(name), out PlaceEntry[]? all))
        {
            place = all[0];
            return true;
        }

        place = null;
        return false;
    }

    /// <summary>Every place with that name, best first (see <see cref="TryFindPlace"/>); empty when none.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The candidates.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="name"/> is null.</exception>
    public IReadOnlyList<PlaceEntry> FindPlaces(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _placesByKey.TryGetValue(LexiconKey.Normalize(name), out PlaceEntry[]? all) ? all : Array.Empty<PlaceEntry>();
    }

    /// <summary>Finds an organisation by canonical name, acronym or alternative name (<c>CPSU</c>, <c>Soviet Communist Party</c>).</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="organization">The organisation when found.</param>
    /// <returns>Whether an organisation has that name.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="name"/> is null.</exception>
    public bool TryFindOrganization(string name, [NotNullWhen(true)] out OrganizationEntry? organization)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _organizationsByKey.TryGetValue(LexiconKey.Normalize(name), out organization);
    }

    /// <summary>Finds the country of a demonym or nationality adjective (<c>Chinese</c> → <c>CN</c>, <c>North Korean</c> → <c>KP</c>, <c>Soviet</c> → <c>SU</c>).</summary>
    /// <param name="word">The word or words as written.</param>
    /// <param name="countryCode">The country's ISO 3166 alpha-2 code when found, else empty.</param>
    /// <returns>Whether the word is a known demonym.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="word"/> is null.</exception>
    public bool TryFindDemonym(string word, out string countryCode)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_demonyms.TryGetValue(LexiconKey.Normalize(word), out string? code))
        {
            countryCode = code;
            return true;
        }

        countryCode = "";
        return false;
    }

    /// <summary>Whether a span of text is a demonym (the allocation-free form of <see cref="TryFindDemonym"/>, for recognisers).</summary>
    internal bool IsDemonym(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[64];
        var key = new LexiconKeyBuilder(buffer);
        key.Append(text);
        return !key.Overflow && Index.IsDemonym(key.Hash, key.Key);
    }

    /// <summary>Gets a place by its id.</summary>
    /// <param name="id">The id (<c>CN</c>, <c>CN-Beijing</c>, <c>CN-XJ</c>).</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">When no place has that id.</exception>
    public PlaceEntry GetPlace(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _placeById.TryGetValue(id, out PlaceEntry? p) ? p : throw new KeyNotFoundException("No place with id '" + id + "' in the gazetteer.");
    }

    /// <summary>Gets a place by its id without throwing.</summary>
    /// <param name="id">The id.</param>
    /// <param name="place">The place when found.</param>
    /// <returns>Whether a place has that id.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> is null.</exception>
    public bool TryGetPlace(string id, [NotNullWhen(true)] out PlaceEntry? place)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _placeById.TryGetValue(id, out place);
    }

    /// <summary>Gets an organisation by its id.</summary>
    /// <param name="id">The id (<c>SU-CPSU</c>).</param>
    /// <returns>The organisation.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">When no organisation has that id.</exception>
    public OrganizationEntry GetOrganization(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _organizationById.TryGetValue(id, out OrganizationEntry? o) ? o : throw new KeyNotFoundException("No organisation with id '" + id + "' in the gazetteer.");
    }

    internal static int Rank(PlaceEntry p) => p.Kind switch
    {
        PlaceKind.Country => 0,
        PlaceKind.Region => 1,
        PlaceKind.City => p.IsCapital ? 2 : 3,
        PlaceKind.Water => 4,
        PlaceKind.Island => 5,
        _ => 6,
    };

    private static void AddPlaceKey(Dictionary<string, List<PlaceEntry>> byKey, string name, PlaceEntry p)
    {
        string key = LexiconKey.Normalize(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!byKey.TryGetValue(key, out List<PlaceEntry>? list))
        {
            list = new List<PlaceEntry>(1);
            byKey.Add(key, list);
        }

        if (!list.Contains(p))
        {
            list.Add(p);
        }
    }

    private static Gazetteer LoadDefault()
    {
        List<string[]> countries = ReadTable("countries.tsv", 8);
        List<string[]> cities = ReadTable("cities.tsv", 5);
        List<string[]> regions = ReadTable("regions.tsv", 8);
        List<string[]> organizations = ReadTable("organizations.tsv", 6);

        var capitals = new HashSet<string>(StringComparer.Ordinal);
        foreach (string[] f in countries)
        {
            if (f[3].Length > 0)
            {
                capitals.Add(f[3]);
            }
        }

        var places = new List<PlaceEntry>(countries.Count + cities.Count + regions.Count);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string[] f in countries)
        {
            string[] dem = Split(f[7]);
            places.Add(new PlaceEntry(f[0], f[2], PlaceKind.Country, f[1], null, Number(f[4]), Number(f[5]), Split(f[6]), dem, NullIfEmpty(f[3]), false));
            foreach (string d in dem)
            {
                demonyms.TryAdd(LexiconKey.Normalize(d), f[1]);
            }
        }

        foreach (string[] f in cities)
        {
            string id = f[0] + "-" + IdPart(f[1]);
            places.Add(new PlaceEntry(id, f[1], PlaceKind.City, f[0], f[0], Number(f[2]), Number(f[3]), Split(f[4]), Array.Empty<string>(), null, capitals.Contains(f[1])));
        }

        foreach (string[] f in regions)
        {
            if (!Enum.TryParse(f[1], out PlaceKind kind))
            {
                throw new InvalidDataException("Unknown place kind '" + f[1] + "' in regions.tsv.");
            }

            places.Add(new PlaceEntry(f[0], f[4], kind, NullIfEmpty(f[2]), NullIfEmpty(f[3]), Number(f[5]), Number(f[6]), Split(f[7]), Array.Empty<string>(), null, false));
        }

        var orgs = new List<OrganizationEntry>(organizations.Count);
        foreach (string[] f in organizations)
        {
            if (!Enum.TryParse(f[1], out OrganizationKind kind))
            {
                kind = OrganizationKind.Other;
            }

            orgs.Add(new OrganizationEntry(f[0], f[3], kind, NullIfEmpty(f[2]), Split(f[4]), Split(f[5])));
        }

        return new Gazetteer(places.ToArray(), orgs.ToArray(), demonyms);
    }

    private static List<string[]> ReadTable(string name, int columns)
    {
        Assembly assembly = typeof(Gazetteer).Assembly;
        using Stream stream = assembly.GetManifestResourceStream("EntityGraph.Lexicon." + name)
            ?? throw new InvalidDataException("The built-in gazetteer table '" + name + "' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        int lineNumber = 0;
        while (reader.ReadLine() is string line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != columns)
            {
                throw new InvalidDataException("Gazetteer table '" + name + "' line " + lineNumber.ToString(CultureInfo.InvariantCulture) + ": expected " + columns.ToString(CultureInfo.InvariantCulture) + " tab-separated fields, found " + fields.Length.ToString(CultureInfo.InvariantCulture) + ".");
            }

            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            rows.Add(fields);
        }

        return rows;
    }

    private static string[] Split(string field) =>
        field.Length == 0 ? Array.Empty<string>() : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string IdPart(string name)
    {
        Span<char> buffer = stackalloc char[name.Length];
        int n = 0;
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
