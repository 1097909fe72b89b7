using System;
using System.Collections.Generic;
using EntityGraph.Dates;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Text;

namespace EntityGraph;

/// <summary>
/// The stages an <see cref="EntityExtractor"/> runs, each replaceable. Immutable: change a stage with
/// a <c>with</c> expression (<c>options with { Grouper = myGrouper }</c>).
/// </summary>
public sealed record ExtractorOptions
{
    /// <summary>Tokenizer, sentence splitter and boilerplate detector.</summary>
    public TextAnalyzer TextAnalyzer { get; init; } = TextAnalyzer.Default;

    /// <summary>
    /// Person, place and agency recognisers in priority order: where two find overlapping mentions,
    /// the earlier one in this list wins (then the longer span).
    /// </summary>
    public IReadOnlyList<IEntityRecognizer> Recognizers { get; init; } = Array.Empty<IEntityRecognizer>();

    /// <summary>
    /// Corrections applied to all candidates before they are merged (by default the rule layer's
    /// corrections of the statistical model, <see cref="ModelCorrections"/>).
    /// </summary>
    public IReadOnlyList<IMentionFilter> Filters { get; init; } = Array.Empty<IMentionFilter>();

    /// <summary>Finds the creation date in the text when the document does not carry one.</summary>
    public IDctDetector DctDetector { get; init; } = new DctDetector();

    /// <summary>Finds and normalises dates.</summary>
    public IDateRecognizer DateRecognizer { get; init; } = new DateRecognizer();

    /// <summary>Groups the mentions of one document into entities.</summary>
    public IMentionGrouper Grouper { get; init; } = new ContextualGrouper();

    /// <summary>Relation extractors, run in order.</summary>
    public IReadOnlyList<IRelationExtractor> RelationExtractors { get; init; } = Array.Empty<IRelationExtractor>();
}
