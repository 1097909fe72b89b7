using System;

namespace EntityGraph.Resolution;

/// <summary>How an <see cref="EntityResolver"/> merges entities across documents. Immutable.</summary>
public sealed record ResolverOptions
{
    /// <summary>The defaults.</summary>
    public static ResolverOptions Default { get; } = new();

    /// <summary>
    /// Context score a one-word person name needs to join a full name (or another one-word name) in
    /// another document. The score sums, over the entities its document shares with the other
    /// entity's documents, <see cref="PersonContextWeight"/>, <see cref="AgencyContextWeight"/> or
    /// <see cref="PlaceContextWeight"/>. Default 1.0: one shared person, or two shared agencies. Use
    /// <see cref="double.PositiveInfinity"/> to never merge one-word names across documents.
    /// </summary>
    public double ContextThreshold { get; init; } = 1.0;

    /// <summary>Weight of a shared person in the context score. Default 1.0.</summary>
    public double PersonContextWeight { get; init; } = 1.0;

    /// <summary>Weight of a shared agency in the context score. Default 0.5.</summary>
    public double AgencyContextWeight { get; init; } = 0.5;

    /// <summary>Weight of a shared place in the context score. Default 0.2 (places are shared by unrelated texts).</summary>
    public double PlaceContextWeight { get; init; } = 0.2;

    /// <summary>
    /// Whether full person names with the same first and last word (<c>Stepan V. Chervonenko</c>,
    /// <c>Stepan Chervonenko</c>) merge across documents. Default true.
    /// </summary>
    public bool MergeNameSignatures { get; init; } = true;

    /// <summary>The gazetteer used to label linked places and give their coordinates. Default: the built-in one.</summary>
    public KnowledgeBase Knowledge { get; init; } = KnowledgeBase.Default;

    /// <summary>A user-supplied table of aliases that overrides automatic decisions, or null.</summary>
    public AliasTable? Aliases { get; init; }
}

/// <summary>Why two local entities were put in one resolved entity.</summary>
/// <param name="Rule">
/// The rule: <c>exact-key</c> (same normalised name), <c>alias</c> (a name one document gives as an alias),
/// <c>gazetteer:XX</c> (same gazetteer entry), <c>name-signature</c> (same first and last name),
/// <c>alias-table</c> (the user's alias table), <c>surname-in-context</c> (a one-word name whose
/// documents share enough context).
/// </param>
/// <param name="Key">The shared key or, for context merges, the one-word name.</param>
public sealed record MergeReason(string Rule, string Key);

/// <summary>A local entity of one document, by document id and its index in that document's entity list.</summary>
/// <param name="DocumentId">The document id.</param>
/// <param name="Index">Index into the document's entities.</param>
public readonly record struct LocalEntityRef(string DocumentId, int Index) : IComparable<LocalEntityRef>
{
    /// <inheritdoc />
    public int CompareTo(LocalEntityRef other)
    {
        int c = string.CompareOrdinal(DocumentId, other.DocumentId);
        return c != 0 ? c : Index.CompareTo(other.Index);
    }
}
