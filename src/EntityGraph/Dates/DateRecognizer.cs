using System;
using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Text;

namespace EntityGraph.Dates;

/// <summary>EntityGraph's default date recogniser (placeholder until the date rules land). Thread-safe.</summary>
public sealed class DateRecognizer : IDateRecognizer
{
    /// <inheritdoc />
    public void Recognize(TokenizedDocument document, DateOnly? dct, List<Mention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
    }
}

/// <summary>EntityGraph's default creation-date detector (placeholder until the date rules land). Thread-safe.</summary>
public sealed class DctDetector : IDctDetector
{
    /// <inheritdoc />
    public DctResult Detect(TokenizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DctResult.None;
    }
}
