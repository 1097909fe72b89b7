using System;
using System.Collections.Generic;
using EntityGraph.Recognition;

namespace EntityGraph.Graph;

/// <summary>A mention as recorded in the graph: its span, type and the id of its entity node.</summary>
/// <param name="Start">String index of its first character in the document text.</param>
/// <param name="End">String index one past its last character.</param>
/// <param name="Text">The covered text.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Entity">Id of its node in the graph.</param>
public sealed record MentionRecord(int Start, int End, string Text, EntityType Type, string Entity)
{
    /// <summary>For dates: the normalised TIMEX3 value.</summary>
    public string? Value { get; init; }

    /// <summary>For dates: the TIMEX3 modifier.</summary>
    public string? Mod { get; init; }

    /// <summary>Which recogniser found it.</summary>
    public string? Source { get; init; }

    /// <summary>How sure the recogniser was.</summary>
    public double? Confidence { get; init; }
}

/// <summary>A document as recorded in the graph.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Source">Where it came from (the input file name).</param>
/// <param name="Dct">Its creation date (<c>yyyy-mm-dd</c>), or null.</param>
/// <param name="Mentions">Its mentions in text order.</param>
public sealed record DocumentRecord(string Id, string Source, string? Dct, IReadOnlyList<MentionRecord> Mentions)
{
    /// <summary>How the creation date was found (<c>metadata</c>, <c>header</c>, ...), or null.</summary>
    public string? DctSource { get; init; }
}
