using System;
using System.Collections.Generic;
using EntityGraph.Recognition;

namespace EntityGraph.Resolution;

/// <summary>
/// The mentions of one entity within one document, grouped by the within-document resolver.
/// Immutable.
/// </summary>
public sealed class LocalEntity
{
    /// <summary>Creates a group.</summary>
    /// <param name="index">Its index in the document's entity list.</param>
    /// <param name="type">Entity type.</param>
    /// <param name="name">The fullest name the document gives it (for dates: the value).</param>
    /// <param name="mentions">Indices into the document's mention list, in text order.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public LocalEntity(int index, EntityType type, string name, IReadOnlyList<int> mentions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mentions);
        Index = index;
        Type = type;
        Name = name;
        Mentions = mentions;
    }

    /// <summary>Its index in the document's entity list.</summary>
    public int Index { get; }

    /// <summary>Entity type.</summary>
    public EntityType Type { get; }

    /// <summary>The fullest name the document gives it; for dates, the normalised value.</summary>
    public string Name { get; }

    /// <summary>Indices into the document's mention list, in text order.</summary>
    public IReadOnlyList<int> Mentions { get; }

    /// <summary>Other names it goes by in the document (surface forms other than <see cref="Name"/>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>Titles and roles stated for it (<c>Vice Minister</c>, <c>spokesman</c>).</summary>
    public IReadOnlyList<string> Roles { get; init; } = Array.Empty<string>();

    /// <summary>An identifier from a gazetteer or alias table when linked (e.g. <c>geo:CN</c>), else null.</summary>
    public string? KnowledgeId { get; init; }

    /// <summary>
    /// ISO 3166 alpha-2 code of the state an agency belongs to (stated, or taken from the document's
    /// context), or of the country a linked place lies in; null when unknown.
    /// </summary>
    public string? Country { get; init; }
}

/// <summary>Groups a document's mentions into entities. Implementations must be thread-safe.</summary>
public interface IMentionGrouper
{
    /// <summary>Groups the mentions; every mention belongs to exactly one group.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="mentions">The document's mentions, in text order.</param>
    /// <returns>The groups, indexed from 0.</returns>
    IReadOnlyList<LocalEntity> Group(string text, IReadOnlyList<Mention> mentions);
}
