using System;
using System.Collections.Generic;

namespace EntityGraph.Text;

/// <summary>Splits a region of text into tokens without changing it. Implementations must be thread-safe.</summary>
public interface ITokenizer
{
    /// <summary>Appends the tokens of <c>text[region]</c> to <paramref name="output"/>, in text order.</summary>
    /// <param name="text">The whole document text.</param>
    /// <param name="region">The part to tokenize.</param>
    /// <param name="output">Receives the tokens.</param>
    void Tokenize(string text, TextSpan region, List<Token> output);
}

/// <summary>Groups tokens into sentences. Implementations must be thread-safe.</summary>
public interface ISentenceSplitter
{
    /// <summary>
    /// Appends the sentences of <paramref name="tokens"/> to <paramref name="output"/>; together they
    /// must cover every token exactly once, in order.
    /// </summary>
    /// <param name="text">The whole document text.</param>
    /// <param name="tokens">The tokens of one region (no sentence crosses a region).</param>
    /// <param name="firstTokenIndex">Index of <c>tokens[0]</c> in the document's token list.</param>
    /// <param name="output">Receives the sentences.</param>
    void Split(string text, ReadOnlySpan<Token> tokens, int firstTokenIndex, List<Sentence> output);
}

/// <summary>Recognises lines of web boilerplate (<c>Advertisement</c>, <c>Share via</c>). Implementations must be thread-safe.</summary>
public interface IBoilerplateDetector
{
    /// <summary>True when the line, without its line break, is boilerplate to skip.</summary>
    /// <param name="line">One line of text.</param>
    /// <returns>Whether to skip it.</returns>
    bool IsBoilerplate(ReadOnlySpan<char> line);
}
