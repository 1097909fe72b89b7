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

    /// <summary>Finds an organisation by name; <paramref name="countryCode"/> (when known) lets an unqualified name be tried with its state's demonym.</summary>
    bool TryFindOrganization(string name, string? countryCode, out string id);

    /// <summary>The canonical name and state of an organisation by its identifier (<c>org:CN-MFA</c>).</summary>
    bool TryGetOrganization(string id, out string name, out string? countryCode);
}

