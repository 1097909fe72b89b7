using System;
using System.Collections.Generic;

namespace EntityGraph.Text;

/// <summary>
/// A document with its tokens, sentences and the boilerplate lines that were skipped.
/// Produced by <see cref="TextAnalyzer"/>; immutable and thread-safe.
/// </summary>
public sealed class TokenizedDocument
{
    private readonly Token[] _tokens;
    private readonly Sentence[] _sentences;
    private readonly TextSpan[] _skipped;

    /// <summary>Creates the analysis. The arrays are owned by the new instance and must not be changed afterwards.</summary>
    /// <param name="document">The document.</param>
    /// <param name="tokens">Tokens in text order, none inside a skipped line.</param>
    /// <param name="sentences">Sentences in text order, tiling the token list.</param>
    /// <param name="skippedLines">Boilerplate lines recognised and skipped.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public TokenizedDocument(Document document, Token[] tokens, Sentence[] sentences, TextSpan[] skippedLines)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(skippedLines);
        Document = document;
        _tokens = tokens;
        _sentences = sentences;
        _skipped = skippedLines;
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>The document's text.</summary>
    public string Text => Document.Text;

    /// <summary>All tokens in text order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    /// <summary>Number of tokens.</summary>
    public int TokenCount => _tokens.Length;

    /// <summary>All sentences in text order.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences;

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>Lines recognised as web boilerplate (<c>Advertisement</c>, <c>Share via</c>) and skipped.</summary>
    public IReadOnlyList<TextSpan> SkippedLines => _skipped;

    /// <summary>The token at <paramref name="index"/>.</summary>
    /// <param name="index">Token index.</param>
    /// <returns>The token.</returns>
    public Token Token(int index) => _tokens[index];

    /// <summary>The characters of the token at <paramref name="index"/>.</summary>
    /// <param name="index">Token index.</param>
    /// <returns>A view of the text.</returns>
    public ReadOnlySpan<char> TokenText(int index)
    {
        Token t = _tokens[index];
        return Document.Text.AsSpan(t.Start, t.Length);
    }

    /// <summary>The sentence at <paramref name="index"/>.</summary>
    /// <param name="index">Sentence index.</param>
    /// <returns>The sentence.</returns>
    public Sentence Sentence(int index) => _sentences[index];

    /// <summary>Index of the sentence holding character <paramref name="position"/>, or -1 when none does.</summary>
    /// <param name="position">A character index.</param>
    /// <returns>A sentence index or -1.</returns>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan s = _sentences[mid].Span;
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Index of the first token that ends after <paramref name="position"/> (binary search), or <see cref="TokenCount"/>.</summary>
    /// <param name="position">A character index.</param>
    /// <returns>A token index.</returns>
    public int TokenIndexAtOrAfter(int position)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
