using System.Collections.Generic;

namespace EntityGraph.Recognition.Lexicon;

/// <summary>What kind of organisation an <see cref="OrganizationEntry"/> is.</summary>
public enum OrganizationKind
{
    /// <summary>An international organisation or one of its bodies (<c>United Nations Security Council</c>, <c>NATO</c>).</summary>
    International = 0,

    /// <summary>A ministry, department, council or other state body.</summary>
    Government = 1,

    /// <summary>An intelligence or security service (<c>KGB</c>, <c>CIA</c>).</summary>
    Intelligence = 2,

    /// <summary>An army, command or other military body.</summary>
    Military = 3,

    /// <summary>A political party.</summary>
    Party = 4,

    /// <summary>A news agency, newspaper, broadcaster or magazine.</summary>
    News = 5,

    /// <summary>An archive or documentation project.</summary>
    Archive = 6,

    /// <summary>A foundation, research centre or endowment.</summary>
    Foundation = 7,

    /// <summary>A non-governmental organisation.</summary>
    Ngo = 8,

    /// <summary>Any other organisation.</summary>
    Other = 9,
}

/// <summary>One organisation of the built-in gazetteer. Immutable and thread-safe.</summary>
public sealed class OrganizationEntry
{
    internal OrganizationEntry(
        string id,
        string canonicalName,
        OrganizationKind kind,
        string? countryCode,
        IReadOnlyList<string> acronyms,
        IReadOnlyList<string> alternativeNames)
    {
        Id = id;
        CanonicalName = canonicalName;
        Kind = kind;
        CountryCode = countryCode;
        Acronyms = acronyms;
        AlternativeNames = alternativeNames;
    }

    /// <summary>Stable id (<c>SU-CPSU</c>, <c>UN-SC</c>, <c>JP-ASAHI</c>).</summary>
    public string Id { get; }

    /// <summary>The one name every mention of this organisation resolves to.</summary>
    public string CanonicalName { get; }

    /// <summary>What kind of organisation it is.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>ISO 3166 alpha-2 code of its country when it is national (<c>SU</c> for the KGB), else null.</summary>
    public string? CountryCode { get; }

    /// <summary>Acronyms and short forms (<c>CPSU</c>, <c>KCNA</c>); an all-capital acronym only matches all-capital text.</summary>
    public IReadOnlyList<string> Acronyms { get; }

    /// <summary>Other full names (<c>Soviet Communist Party</c>, <c>U.N. Security Council</c>).</summary>
    public IReadOnlyList<string> AlternativeNames { get; }

    /// <inheritdoc />
    public override string ToString() => Id + " " + CanonicalName;
}
