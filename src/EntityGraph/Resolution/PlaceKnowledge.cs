using System;
using System.Collections.Generic;

namespace EntityGraph.Resolution;

/// <summary>What resolution needs to know about a place: its identifier, name, country and position.</summary>
/// <param name="Id">Knowledge identifier (<c>geo:CN</c>, <c>geonames:1526384</c>).</param>
/// <param name="Name">Canonical name.</param>
/// <param name="CountryCode">ISO 3166 alpha-2 code of the country it is in (or is), or null.</param>
/// <param name="IsCountry">Whether the place is a country (or a former state such as the Soviet Union).</param>
/// <param name="Latitude">Latitude in degrees, or null.</param>
/// <param name="Longitude">Longitude in degrees, or null.</param>
internal readonly record struct PlaceFact(string Id, string Name, string? CountryCode, bool IsCountry, double? Latitude, double? Longitude);

/// <summary>The place and nationality knowledge the resolver consults. Implementations are thread-safe.</summary>
internal interface IPlaceKnowledge
{
    /// <summary>Finds a place by one of its names (case-insensitive).</summary>
    bool TryFindPlace(string name, out PlaceFact place);

    /// <summary>Finds a place by its identifier.</summary>
    bool TryGetPlace(string id, out PlaceFact place);

    /// <summary>
    /// The country a qualifier names: a demonym (<c>Chinese</c>), a country name or abbreviation
    /// (<c>China</c>, <c>PRC</c>, <c>U.S.</c>).
    /// </summary>
    bool TryFindCountry(string qualifier, out string countryCode);
}

/// <summary>
/// A small built-in table of states, used until a fuller gazetteer is supplied. Immutable, thread-safe.
/// </summary>
internal sealed class BasicPlaceKnowledge : IPlaceKnowledge
{
    public static BasicPlaceKnowledge Instance { get; } = new();

    private readonly Dictionary<string, PlaceFact> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceFact> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _qualifiers = new(StringComparer.Ordinal);

    private BasicPlaceKnowledge()
    {
        // code, canonical name, lat, lon, other names, demonyms
        Add("CN", "China", 35.0, 105.0, "People's Republic of China|PRC|P.R.C.|Mainland China", "Chinese|Sino");
        Add("SU", "Soviet Union", 55.75, 37.62, "USSR|U.S.S.R.|Union of Soviet Socialist Republics", "Soviet");
        Add("RU", "Russia", 60.0, 100.0, "Russian Federation", "Russian");
        Add("US", "United States", 39.83, -98.58, "U.S.|US|USA|U.S.A.|United States of America|America", "American|U.S.");
        Add("JP", "Japan", 36.0, 138.0, "", "Japanese");
        Add("KP", "North Korea", 40.0, 127.0, "DPRK|D.P.R.K.|Democratic People's Republic of Korea", "North Korean");
        Add("KR", "South Korea", 36.5, 127.9, "ROK|Republic of Korea", "South Korean");
        Add("GB", "United Kingdom", 54.0, -2.0, "UK|U.K.|Britain|Great Britain", "British");
        Add("FR", "France", 46.0, 2.0, "", "French");
        Add("DE", "Germany", 51.0, 9.0, "Federal Republic of Germany", "German");
        Add("TW", "Taiwan", 23.7, 121.0, "Republic of China|ROC", "Taiwanese");
        Add("VN", "Vietnam", 16.0, 107.8, "Viet Nam", "Vietnamese");
        Add("IN", "India", 21.0, 78.0, "", "Indian");
        Add("ES", "Spain", 40.0, -4.0, "", "Spanish");
        Add("MN", "Mongolia", 46.9, 103.8, "Mongolian People's Republic", "Mongolian");
    }

    public bool TryFindPlace(string name, out PlaceFact place) => _byName.TryGetValue(NameKeys.Compact(name), out place);

    public bool TryGetPlace(string id, out PlaceFact place) => _byId.TryGetValue(id, out place);

    public bool TryFindCountry(string qualifier, out string countryCode) =>
        _qualifiers.TryGetValue(NameKeys.Compact(qualifier), out countryCode!);

    private void Add(string code, string name, double lat, double lon, string others, string demonyms)
    {
        var fact = new PlaceFact("geo:" + code, name, code, true, lat, lon);
        _byId[fact.Id] = fact;
        _byName[NameKeys.Compact(name)] = fact;
        _qualifiers[NameKeys.Compact(name)] = code;
        foreach (string o in others.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            _byName[NameKeys.Compact(o)] = fact;
            _qualifiers[NameKeys.Compact(o)] = code;
        }

        foreach (string d in demonyms.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            _qualifiers[NameKeys.Compact(d)] = code;
        }
    }
}
