using System;

namespace EntityGraph.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 indices into a document's text.
/// Every token, sentence, mention and piece of evidence is located by one of these.
/// </summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="index"/> lies inside this span.</summary>
    /// <param name="index">A character index.</param>
    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>True when the two spans share at least one character.</summary>
    /// <param name="other">The span to test.</param>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The covered characters of <paramref name="text"/>.</summary>
    /// <param name="text">The text the span indexes into.</param>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);

    /// <inheritdoc />
    public override string ToString() => "[" + Start + ".." + End + ")";
}
