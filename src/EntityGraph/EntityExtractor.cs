using System;
using System.Collections.Generic;
using EntityGraph.Dates;
using EntityGraph.Recognition;
using EntityGraph.Recognition.Rules;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Text;

namespace EntityGraph;

/// <summary>
/// Runs the extraction pipeline on documents: text → recognition → dates → grouping → relations.
/// Immutable and thread-safe: one instance can serve many threads.
/// </summary>
public sealed class EntityExtractor
{
    /// <summary>Creates an extractor from explicit options.</summary>
    /// <param name="options">The stages to run.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is null.</exception>
    public EntityExtractor(ExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The stages this extractor runs.</summary>
    public ExtractorOptions Options { get; }

    /// <summary>The default options: every built-in stage, in the documented order.</summary>
    /// <returns>A new options object.</returns>
    public static ExtractorOptions DefaultOptions() => new()
    {
        Recognizers = [new PatternRecognizer(), new GazetteerRecognizer(), Recognition.Model.PerceptronRecognizer.Default],
        Filters = [new ModelCorrections()],
        RelationExtractors = [new PatternRelationExtractor()],
    };

    /// <summary>Creates an extractor with every built-in stage.</summary>
    /// <returns>The extractor.</returns>
    public static EntityExtractor CreateDefault() => new(DefaultOptions());

    /// <summary>Runs the pipeline on one document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>What was found.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="document"/> is null.</exception>
    public DocumentResult Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        TokenizedDocument analysis = Options.TextAnalyzer.Analyze(document);

        DctResult dct = document.Dct is DateOnly given
            ? new DctResult(given, "metadata", null)
            : Options.DctDetector.Detect(analysis);

        var candidates = new List<(Mention Mention, int Priority)>();
        var buffer = new List<Mention>();
        Options.DateRecognizer.Recognize(analysis, dct.Date, buffer);
        foreach (Mention m in buffer)
        {
            candidates.Add((m, 0));
        }

        for (int r = 0; r < Options.Recognizers.Count; r++)
        {
            buffer.Clear();
            Options.Recognizers[r].Recognize(analysis, buffer);
            foreach (Mention m in buffer)
            {
                candidates.Add((m, r + 1));
            }
        }

        foreach (IMentionFilter filter in Options.Filters)
        {
            filter.Filter(analysis, candidates);
        }

        List<Mention> mentions = MentionMerger.Merge(candidates);
        IReadOnlyList<LocalEntity> entities = Options.Grouper.Group(document.Text, mentions);
        var relations = new List<RelationMention>();
        foreach (IRelationExtractor x in Options.RelationExtractors)
        {
            x.Extract(analysis, mentions, entities, relations);
        }

        // Titles found with relations become the entities' roles (same indices, so mention → entity stays valid).
        entities = RoleCollector.WithRoles(entities, relations);
        return new DocumentResult(analysis, dct, mentions, entities, relations);
    }
}
