namespace EntityGraph.Graph;

/// <summary>How <see cref="KnowledgeGraph.Build(System.Collections.Generic.IEnumerable{DocumentResult}, GraphOptions)"/> builds the graph. Immutable.</summary>
public sealed record GraphOptions
{
    /// <summary>The defaults: dates as nodes, co-occurrence edges between entities in the same sentence.</summary>
    public static GraphOptions Default { get; } = new();

    /// <summary>Whether dates become nodes linked to the entities of their sentence. Default true.</summary>
    public bool IncludeDates { get; init; } = true;

    /// <summary>Whether same-sentence co-occurrence makes <c>mentioned_with</c> edges. Default true.</summary>
    public bool CoOccurrenceEdges { get; init; } = true;

    /// <summary>
    /// Merges the documents' local entities into graph nodes (see <see cref="Resolution.EntityResolver"/>);
    /// null (the default) uses a resolver with <see cref="Resolution.ResolverOptions.Default"/>.
    /// </summary>
    public Resolution.EntityResolver? Resolver { get; init; }
}
