using System;
using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Text;

namespace EntityGraph.Dates;

/// <summary>Finds date expressions and normalises them to TIMEX3 values. Implementations must be thread-safe.</summary>
public interface IDateRecognizer
{
    /// <summary>Appends the date mentions of <paramref name="document"/> to <paramref name="output"/>.</summary>
    /// <param name="document">The tokenized document.</param>
    /// <param name="dct">The document creation date that relative expressions resolve against, or null when unknown.</param>
    /// <param name="output">Receives <see cref="EntityType.Date"/> mentions with <see cref="Mention.Value"/> set.</param>
    void Recognize(TokenizedDocument document, DateOnly? dct, List<Mention> output);
}

/// <summary>Works out a document's creation date from its text. Implementations must be thread-safe.</summary>
public interface IDctDetector
{
    /// <summary>Detects the creation date, or returns <see cref="DctResult.None"/>.</summary>
    /// <param name="document">The tokenized document.</param>
    /// <returns>The date and the evidence for it.</returns>
    DctResult Detect(TokenizedDocument document);
}

/// <summary>A document creation date and where it came from.</summary>
/// <param name="Date">The date, or null when none was found.</param>
/// <param name="Source">How it was found: <c>metadata</c>, <c>dateline</c>, <c>header</c>, <c>headline</c>, ... or <c>none</c>.</param>
/// <param name="Evidence">The span of text it was read from, when read from the text.</param>
public sealed record DctResult(DateOnly? Date, string Source, TextSpan? Evidence)
{
    /// <summary>No date found.</summary>
    public static DctResult None { get; } = new(null, "none", null);
}
