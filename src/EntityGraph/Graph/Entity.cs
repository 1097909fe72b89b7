using System;
using System.Collections.Generic;
using EntityGraph.Recognition;

namespace EntityGraph.Graph;

/// <summary>
/// A node of the knowledge graph: one real-world person, place, agency, or one date value.
/// Equality is by <see cref="Id"/>, so QuikGraph algorithms can use it as a vertex. Immutable.
/// </summary>
public sealed class Entity : IEquatable<Entity>
{
    /// <summary>Creates an entity.</summary>
    /// <param name="id">Stable id, unique in the graph and safe in XML (<c>person:zhang-hanfu</c>).</param>
    /// <param name="type">Entity type.</param>
    /// <param name="label">The name to show.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> or <paramref name="label"/> is null.</exception>
    public Entity(string id, EntityType type, string label)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(label);
        Id = id;
        Type = type;
        Label = label;
    }

    /// <summary>Stable id, unique in the graph.</summary>
    public string Id { get; }

    /// <summary>Entity type.</summary>
    public EntityType Type { get; }

    /// <summary>The name to show (the fullest form seen; for dates the TIMEX value).</summary>
    public string Label { get; }

    /// <summary>Other names it is mentioned by, sorted.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>Number of mentions across all documents.</summary>
    public int MentionCount { get; init; }

    /// <summary>Number of documents that mention it.</summary>
    public int DocumentCount { get; init; }

    /// <summary>For dates: the TIMEX3 value.</summary>
    public string? Value { get; init; }

    /// <summary>
    /// Further typed attributes (<c>latitude</c>, <c>longitude</c>, <c>country</c>, <c>roles</c>,
    /// <c>community</c>, ...). Values are <see cref="string"/>, <see cref="int"/>, <see cref="long"/>,
    /// <see cref="double"/> or <see cref="bool"/>.
    /// </summary>
    public IReadOnlyDictionary<string, object> Attributes { get; init; } = EmptyAttributes;

    internal static readonly IReadOnlyDictionary<string, object> EmptyAttributes = new Dictionary<string, object>();

    /// <inheritdoc />
    public bool Equals(Entity? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Entity);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Id;
}
