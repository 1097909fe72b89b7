namespace EntityGraph.Recognition;

/// <summary>The kinds of thing EntityGraph finds.</summary>
public enum EntityType
{
    /// <summary>A person, by name (titles outside the span).</summary>
    Person = 0,

    /// <summary>A country, city, province, region, island, river or sea.</summary>
    Place = 1,

    /// <summary>A ministry, party, committee, embassy, news agency, newspaper or other organisation.</summary>
    Agency = 2,

    /// <summary>A calendar expression: a date, month, year, decade, weekday or relative reference.</summary>
    Date = 3,
}

/// <summary>Conversions between <see cref="EntityType"/> and the lower-case names used in files.</summary>
public static class EntityTypes
{
    /// <summary>The lower-case name used in <c>graph.json</c>, GraphML and GEXF: <c>person</c>, <c>place</c>, <c>agency</c>, <c>date</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Its name.</returns>
    public static string ToName(this EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Place => "place",
        EntityType.Agency => "agency",
        _ => "date",
    };

    /// <summary>Parses a type name, case-insensitively (<c>person</c>, <c>PERSON</c>, ...).</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out EntityType type)
    {
        switch (name?.ToUpperInvariant())
        {
            case "PERSON": type = EntityType.Person; return true;
            case "PLACE": type = EntityType.Place; return true;
            case "AGENCY": type = EntityType.Agency; return true;
            case "DATE": type = EntityType.Date; return true;
            default: type = default; return false;
        }
    }
}
