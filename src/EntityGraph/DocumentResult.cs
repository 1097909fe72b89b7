using System;
using System.Collections.Generic;
using EntityGraph.Dates;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Text;

namespace EntityGraph;

/// <summary>
/// Everything EntityGraph found in one document: tokens and sentences, mentions, their grouping into
/// entities, relations, and the creation date. Immutable.
/// </summary>
public sealed class DocumentResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="analysis">The tokenized document.</param>
    /// <param name="dct">The creation date used, and where it came from.</param>
    /// <param name="mentions">Mentions in text order, non-overlapping.</param>
    /// <param name="entities">The entities the mentions were grouped into.</param>
    /// <param name="relations">Relations stated in the document.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public DocumentResult(TokenizedDocument analysis, DctResult dct, IReadOnlyList<Mention> mentions, IReadOnlyList<LocalEntity> entities, IReadOnlyList<RelationMention> relations)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(dct);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relations);
        Analysis = analysis;
        Dct = dct;
        Mentions = mentions;
        Entities = entities;
        Relations = relations;
        var entityOf = new int[mentions.Count];
        Array.Fill(entityOf, -1);
        foreach (LocalEntity e in entities)
        {
            foreach (int m in e.Mentions)
            {
                entityOf[m] = e.Index;
            }
        }

        _entityOfMention = entityOf;
    }

    private readonly int[] _entityOfMention;

    /// <summary>The document.</summary>
    public Document Document => Analysis.Document;

    /// <summary>The tokenized document.</summary>
    public TokenizedDocument Analysis { get; }

    /// <summary>The creation date used for relative dates, and where it came from.</summary>
    public DctResult Dct { get; }

    /// <summary>Mentions in text order, non-overlapping.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The entities the mentions were grouped into.</summary>
    public IReadOnlyList<LocalEntity> Entities { get; }

    /// <summary>Relations stated in the document.</summary>
    public IReadOnlyList<RelationMention> Relations { get; }

    /// <summary>Index of the entity that mention <paramref name="mentionIndex"/> belongs to.</summary>
    /// <param name="mentionIndex">Index into <see cref="Mentions"/>.</param>
    /// <returns>An index into <see cref="Entities"/>, or -1.</returns>
    public int EntityOf(int mentionIndex) => _entityOfMention[mentionIndex];
}
