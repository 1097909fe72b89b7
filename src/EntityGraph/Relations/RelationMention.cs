using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Resolution;
using EntityGraph.Text;

namespace EntityGraph.Relations;

/// <summary>Names of the relation types EntityGraph writes on graph edges.</summary>
public static class RelationTypes
{
    /// <summary>Same-sentence co-occurrence, weighted by how often.</summary>
    public const string MentionedWith = "mentioned_with";

    /// <summary>A person works for an agency.</summary>
    public const string WorksFor = "works_for";

    /// <summary>A person or agency is a member of an agency.</summary>
    public const string MemberOf = "member_of";

    /// <summary>A place or agency lies in a place.</summary>
    public const string LocatedIn = "located_in";

    /// <summary>Two people met.</summary>
    public const string MetWith = "met_with";

    /// <summary>
    /// A title or role held by a person with no organisation to attach it to; in a <see cref="RelationMention"/>
    /// of this type <c>Head</c> and <c>Tail</c> are the same entity and <see cref="RelationMention.Role"/> holds the title.
    /// Never drawn as an edge.
    /// </summary>
    public const string Role = "role";

    /// <summary>A mention's entity and a date in the same sentence.</summary>
    public const string DatedOn = "dated";
}

/// <summary>
/// One relation stated in one document: between two of its entities, with the sentence that states it.
/// Immutable.
/// </summary>
/// <param name="Head">Index of the head entity in the document's entity list.</param>
/// <param name="Tail">Index of the tail entity.</param>
/// <param name="Type">One of <see cref="RelationTypes"/>.</param>
/// <param name="Sentence">The span of the sentence that states it.</param>
public sealed record RelationMention(int Head, int Tail, string Type, TextSpan Sentence)
{
    /// <summary>The words that signal the relation (<c>spokesman</c>, <c>meeting between</c>), when any.</summary>
    public TextSpan? Trigger { get; init; }

    /// <summary>How sure the extractor is, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The role or title stated with the relation (<c>Foreign Ministry spokesman</c>), when any.</summary>
    public string? Role { get; init; }
}

/// <summary>Extracts relations from a document. Implementations must be thread-safe.</summary>
public interface IRelationExtractor
{
    /// <summary>Appends the relations stated in the document to <paramref name="output"/>.</summary>
    /// <param name="document">The tokenized document.</param>
    /// <param name="mentions">Its mentions, in text order.</param>
    /// <param name="entities">Its entities (groups of mentions).</param>
    /// <param name="output">Receives the relations.</param>
    void Extract(TokenizedDocument document, IReadOnlyList<Mention> mentions, IReadOnlyList<LocalEntity> entities, List<RelationMention> output);
}
