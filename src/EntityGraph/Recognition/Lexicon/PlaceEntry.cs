using System.Collections.Generic;

namespace EntityGraph.Recognition.Lexicon;

/// <summary>What kind of place a <see cref="PlaceEntry"/> is.</summary>
public enum PlaceKind
{
    /// <summary>A sovereign state, current or historical (<c>China</c>, <c>Soviet Union</c>).</summary>
    Country = 0,

    /// <summary>A province, state, autonomous region, county or other named area (<c>Xinjiang</c>, <c>Liaoning</c>).</summary>
    Region = 1,

    /// <summary>A city or town (<c>Beijing</c>, <c>Almaty</c>).</summary>
    City = 2,

    /// <summary>A river, lake, sea, strait, gulf or ocean (<c>Yalu River</c>, <c>Sea of Japan</c>).</summary>
    Water = 3,

    /// <summary>An island or group of islands (<c>Sakhalin</c>, <c>Senkaku Islands</c>).</summary>
    Island = 4,

    /// <summary>A supranational or vague area (<c>Western world</c>, <c>Eastern Bloc</c>, <c>Central Asia</c>).</summary>
    Other = 5,
}

/// <summary>
/// One place of the built-in gazetteer: a stable id, its canonical name, alternative and former names
/// and where it is. Immutable and thread-safe.
/// </summary>
public sealed class PlaceEntry
{
    internal PlaceEntry(
        string id,
        string canonicalName,
        PlaceKind kind,
        string? countryCode,
        string? parentId,
        double latitude,
        double longitude,
        IReadOnlyList<string> alternativeNames,
        IReadOnlyList<string> demonyms,
        string? capital,
        bool isCapital)
    {
        Id = id;
        CanonicalName = canonicalName;
        Kind = kind;
        CountryCode = countryCode;
        ParentId = parentId;
        Latitude = latitude;
        Longitude = longitude;
        AlternativeNames = alternativeNames;
        Demonyms = demonyms;
        Capital = capital;
        IsCapital = isCapital;
    }

    /// <summary>
    /// Stable id: the ISO 3166 alpha-2 code for countries (<c>CN</c>, <c>SU</c>, <c>DD</c>; a suffixed code where
    /// two states share one, <c>DE-FRG</c>), <c>CC-Name</c> for cities (<c>CN-Beijing</c>, <c>KZ-Almaty</c>) and a
    /// short code for regions, waters and islands (<c>CN-XJ</c>, <c>W-YALU</c>).
    /// </summary>
    public string Id { get; }

    /// <summary>The one name every mention of this place resolves to (<c>Urumqi</c> for <c>Wulumuqi</c>).</summary>
    public string CanonicalName { get; }

    /// <summary>What kind of place it is.</summary>
    public PlaceKind Kind { get; }

    /// <summary>ISO 3166 alpha-2 code of the country it belongs to (historical codes such as <c>SU</c> included), or null for places shared by several countries.</summary>
    public string? CountryCode { get; }

    /// <summary>Id of the enclosing place (a province's country, a county's prefecture), or null.</summary>
    public string? ParentId { get; }

    /// <summary>Latitude in degrees (approximate centre; for countries the centroid).</summary>
    public double Latitude { get; }

    /// <summary>Longitude in degrees (approximate centre; for countries the centroid).</summary>
    public double Longitude { get; }

    /// <summary>Alternative, former and abbreviated names (<c>Peking</c>, <c>Alma-Ata</c>, <c>USSR</c>), without the canonical name.</summary>
    public IReadOnlyList<string> AlternativeNames { get; }

    /// <summary>For countries: demonyms and nationality adjectives (<c>Chinese</c>, <c>Soviet</c>); empty otherwise.</summary>
    public IReadOnlyList<string> Demonyms { get; }

    /// <summary>For countries: the capital's canonical name; null otherwise.</summary>
    public string? Capital { get; }

    /// <summary>For cities: whether it is (or was) a national capital.</summary>
    public bool IsCapital { get; }

    /// <inheritdoc />
    public override string ToString() => Id + " " + CanonicalName;
}
