using System;
using EntityGraph.Text;

namespace EntityGraph.Recognition;

/// <summary>
/// One mention of an entity in a document: its exact span, text and type, which recogniser found it
/// and how sure it is. Dates also carry a normalised TIMEX3 value. Immutable.
/// </summary>
public sealed record Mention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="start">Index of the first character in the document text.</param>
    /// <param name="end">Index one past the last character.</param>
    /// <param name="text">The covered text, <c>documentText[start..end]</c>.</param>
    /// <param name="type">The entity type.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the span is empty or negative.</exception>
    public Mention(int start, int end, string text, EntityType type)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "A mention must cover at least one character.");
        }

        Start = start;
        End = end;
        Text = text;
        Type = type;
    }

    /// <summary>Index of the first character in the document text.</summary>
    public int Start { get; }

    /// <summary>Index one past the last character.</summary>
    public int End { get; }

    /// <summary>The covered text.</summary>
    public string Text { get; }

    /// <summary>The entity type.</summary>
    public EntityType Type { get; init; }

    /// <summary>The span.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>Which recogniser found it (<c>model</c>, <c>gazetteer</c>, <c>title-pattern</c>, <c>date-rules</c>, ...).</summary>
    public string Source { get; init; } = "";

    /// <summary>How sure the recogniser is, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>For dates: the normalised TIMEX3 value (<c>1962-06-08</c>, <c>1962-04</c>, <c>XXXX-WXX-3</c>, <c>PAST_REF</c>).</summary>
    public string? Value { get; init; }

    /// <summary>For dates: the TIMEX3 modifier (<c>START</c>, <c>MID</c>, <c>END</c>) of <c>early</c>, <c>mid-</c>, <c>late</c>.</summary>
    public string? Mod { get; init; }

    /// <summary>Creates a mention over <c>text[start..end]</c>.</summary>
    /// <param name="documentText">The document text.</param>
    /// <param name="start">Index of the first character.</param>
    /// <param name="end">Index one past the last character.</param>
    /// <param name="type">The entity type.</param>
    /// <param name="source">Which recogniser found it.</param>
    /// <param name="confidence">How sure it is, from 0 to 1.</param>
    /// <returns>The mention.</returns>
    public static Mention Create(string documentText, int start, int end, EntityType type, string source, double confidence = 1.0)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        return new Mention(start, end, documentText.Substring(start, end - start), type) { Source = source, Confidence = confidence };
    }
}
