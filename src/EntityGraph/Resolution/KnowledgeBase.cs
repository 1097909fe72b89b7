using System;
using System.Collections.Generic;
using EntityGraph.Recognition.Lexicon;

namespace EntityGraph.Resolution;

/// <summary>
/// What resolution looks names up in: the built-in <see cref="Gazetteer"/>, optionally extended with
/// places read from GeoNames dumps (<see cref="GeoNamesLoader"/>). Built-in entries win; among GeoNames
/// places sharing a name, the most populous wins. Immutable and thread-safe.
/// </summary>
public sealed class KnowledgeBase : IPlaceKnowledge
{
    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, GeoNamesPlace> _extraByName;
    private readonly Dictionary<string, GeoNamesPlace> _extraById;
    private readonly Dictionary<string, OrganizationEntry> _organizations;

    private KnowledgeBase(Gazetteer gazetteer, Dictionary<string, GeoNamesPlace> byName, Dictionary<string, GeoNamesPlace> byId)
    {
        _gazetteer = gazetteer;
        _extraByName = byName;
        _extraById = byId;
        _organizations = new Dictionary<string, OrganizationEntry>(StringComparer.Ordinal);
        foreach (OrganizationEntry o in gazetteer.Organizations)
        {
            _organizations.TryAdd(o.Id, o);
        }
    }

    /// <summary>The built-in gazetteer alone.</summary>
    public static KnowledgeBase Default { get; } = new(Gazetteer.Default, new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>Number of GeoNames places added to the built-in gazetteer.</summary>
    public int ExtraPlaceCount => _extraById.Count;

    /// <summary>Returns a knowledge base that also knows <paramref name="places"/> (e.g. <c>GeoNamesLoader.Load(path)</c>).</summary>
    /// <param name="places">The places to add.</param>
    /// <returns>A new knowledge base; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="places"/> is null.</exception>
    /// <exception cref="EntityGraphException">When reading the places fails (see <see cref="GeoNamesLoader.Load"/>).</exception>
    public KnowledgeBase WithPlaces(IEnumerable<GeoNamesPlace> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var byName = new Dictionary<string, GeoNamesPlace>(_extraByName, StringComparer.Ordinal);
        var byId = new Dictionary<string, GeoNamesPlace>(_extraById, StringComparer.Ordinal);
        foreach (GeoNamesPlace p in places)
        {
            byId[p.Id] = p;
            AddName(byName, p.Name, p);
            AddName(byName, p.AsciiName, p);
            foreach (string a in p.AlternativeNames)
            {
                AddName(byName, a, p);
            }
        }

        return new KnowledgeBase(_gazetteer, byName, byId);
    }

    private static void AddName(Dictionary<string, GeoNamesPlace> byName, string name, GeoNamesPlace p)
    {
        string key = NameKeys.Compact(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!byName.TryGetValue(key, out GeoNamesPlace? old) || p.Population > old.Population
            || (p.Population == old.Population && p.GeonameId < old.GeonameId))
        {
            byName[key] = p;
        }
    }

    bool IPlaceKnowledge.TryFindPlace(string name, out PlaceFact place)
    {
        if (_gazetteer.TryFindPlace(name, out PlaceEntry? e))
        {
            place = Fact(e);
            return true;
        }

        if (_extraByName.Count > 0 && _extraByName.TryGetValue(NameKeys.Compact(name), out GeoNamesPlace? g))
        {
            place = Fact(g);
            return true;
        }

        place = default;
        return false;
    }

    bool IPlaceKnowledge.TryGetPlace(string id, out PlaceFact place)
    {
        if (id.StartsWith("geo:", StringComparison.Ordinal) && _gazetteer.TryGetPlace(id[4..], out PlaceEntry? e))
        {
            place = Fact(e);
            return true;
        }

        if (_extraById.TryGetValue(id, out GeoNamesPlace? g))
        {
            place = Fact(g);
            return true;
        }

        place = default;
        return false;
    }

    bool IPlaceKnowledge.TryFindCountry(string qualifier, out string countryCode)
    {
        if (_gazetteer.TryFindDemonym(qualifier, out countryCode))
        {
            return true;
        }

        if (_gazetteer.TryFindPlace(qualifier, out PlaceEntry? e) && e.Kind == PlaceKind.Country && e.CountryCode is not null)
        {
            countryCode = e.CountryCode;
            return true;
        }

        countryCode = "";
        return false;
    }

    bool IPlaceKnowledge.TryFindOrganization(string name, string? countryCode, out string id)
    {
        if (_gazetteer.TryFindOrganization(name, out OrganizationEntry? o))
        {
            id = "org:" + o.Id;
            return true;
        }

        if (countryCode is not null && _gazetteer.TryGetPlace(countryCode, out PlaceEntry? c) && c.Demonyms.Count > 0
            && _gazetteer.TryFindOrganization(c.Demonyms[0] + " " + name, out o) && o.CountryCode == countryCode)
        {
            id = "org:" + o.Id;
            return true;
        }

        id = "";
        return false;
    }

    bool IPlaceKnowledge.TryGetOrganization(string id, out string name, out string? countryCode)
    {
        if (id.StartsWith("org:", StringComparison.Ordinal) && _organizations.TryGetValue(id[4..], out OrganizationEntry? o))
        {
            name = o.CanonicalName;
            countryCode = o.CountryCode;
            return true;
        }

        name = "";
        countryCode = null;
        return false;
    }

    private static PlaceFact Fact(PlaceEntry e) =>
        new("geo:" + e.Id, e.CanonicalName, e.CountryCode, e.Kind == PlaceKind.Country, e.Latitude, e.Longitude);

    private static PlaceFact Fact(GeoNamesPlace g) =>
        new(g.Id, g.Name, g.CountryCode.Length == 0 ? null : g.CountryCode, g.FeatureCode.StartsWith("PCL", StringComparison.Ordinal), g.Latitude, g.Longitude);
}
