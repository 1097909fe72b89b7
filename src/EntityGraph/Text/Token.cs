using System.Runtime.InteropServices;

namespace EntityGraph.Text;

/// <summary>What kind of characters a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or periods (<c>Alma-Ata</c>, <c>O'Brien</c>, <c>U.N.</c>).</summary>
    Word = 0,

    /// <summary>Digits, possibly with inner separators (<c>1962</c>, <c>08-10-14</c>, <c>5:00</c>).</summary>
    Number = 1,

    /// <summary>Sentence or clause punctuation (<c>. , ; : ! ?</c>, dashes, ellipses).</summary>
    Punctuation = 2,

    /// <summary>An opening bracket or parenthesis.</summary>
    OpenBracket = 3,

    /// <summary>A closing bracket or parenthesis.</summary>
    CloseBracket = 4,

    /// <summary>A quotation mark, straight or curly.</summary>
    Quote = 5,

    /// <summary>Any other symbol (<c>&amp; / % $ •</c>).</summary>
    Symbol = 6,

    /// <summary>A mix of letters and digits (<c>1962-yili</c>, <c>118-01154-05</c> with letters, <c>G7</c>).</summary>
    Alphanumeric = 7,
}

/// <summary>
/// One token: a view of <see cref="Length"/> characters at <see cref="Start"/> in the document text.
/// The text itself is never copied or changed.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Token
{
    /// <summary>Creates a token.</summary>
    /// <param name="start">Index of its first character in the document text.</param>
    /// <param name="length">Number of characters.</param>
    /// <param name="kind">What it is made of.</param>
    public Token(int start, int length, TokenKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
    }

    /// <summary>Index of the first character in the document text.</summary>
    public int Start { get; }

    /// <summary>Number of characters.</summary>
    public int Length { get; }

    /// <summary>Index one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>What the token is made of.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's span.</summary>
    public TextSpan Span => new(Start, Start + Length);
}

/// <summary>A sentence: its character span and the range of tokens it holds.</summary>
/// <param name="Span">Characters from the first token's start to the last token's end.</param>
/// <param name="FirstToken">Index of its first token in the document's token list.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
