using System;
using System.Collections.Generic;
using QuikGraph;

namespace EntityGraph.Graph;

/// <summary>
/// One piece of evidence for an edge: the document and sentence that state it.
/// </summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Start">Start of the sentence (string index into the document text).</param>
/// <param name="End">End of the sentence, exclusive.</param>
public sealed record Evidence(string DocumentId, int Start, int End)
{
    /// <summary>The trigger words' span, when the relation has a trigger.</summary>
    public int? TriggerStart { get; init; }

    /// <summary>End of the trigger words' span, exclusive.</summary>
    public int? TriggerEnd { get; init; }

    /// <summary>How sure the extractor was, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Earliest date (TIMEX value) the evidence holds for, from its sentence or document.</summary>
    public string? DateStart { get; init; }

    /// <summary>Latest date (TIMEX value) the evidence holds for.</summary>
    public string? DateEnd { get; init; }
}

/// <summary>
/// An edge of the knowledge graph: a typed relation between two entities, weighted, with the evidence
/// for it. Co-occurrence edges (<c>mentioned_with</c>) go from the smaller id to the larger. Immutable.
/// </summary>
public sealed class Relation : IEdge<Entity>
{
    /// <summary>Creates an edge.</summary>
    /// <param name="source">Head entity.</param>
    /// <param name="target">Tail entity.</param>
    /// <param name="type">Relation type (see <see cref="Relations.RelationTypes"/>).</param>
    /// <param name="weight">Weight: the number of sentences for co-occurrence.</param>
    /// <param name="evidence">Where it is stated.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public Relation(Entity source, Entity target, string type, double weight, IReadOnlyList<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(evidence);
        Source = source;
        Target = target;
        Type = type;
        Weight = weight;
        Evidence = evidence;
    }

    /// <summary>Head entity.</summary>
    public Entity Source { get; }

    /// <summary>Tail entity.</summary>
    public Entity Target { get; }

    /// <summary>Relation type.</summary>
    public string Type { get; }

    /// <summary>Weight.</summary>
    public double Weight { get; }

    /// <summary>Where it is stated, in document and text order.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Further typed attributes (<c>role</c>, <c>documents</c>, <c>start</c>, <c>end</c>, ...).</summary>
    public IReadOnlyDictionary<string, object> Attributes { get; init; } = Entity.EmptyAttributes;

    /// <inheritdoc />
    public override string ToString() => Source.Id + " -" + Type + "-> " + Target.Id;
}
