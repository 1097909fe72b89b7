using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace EntityGraph.Text;

/// <summary>
/// The first pipeline stage: finds boilerplate lines, tokenizes the rest and splits it into sentences.
/// Skipped lines separate regions, and no sentence crosses a region boundary. Immutable and thread-safe.
/// </summary>
public sealed class TextAnalyzer
{
    /// <summary>Creates an analyzer from its three parts.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="splitter">The sentence splitter.</param>
    /// <param name="boilerplate">The boilerplate line detector.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public TextAnalyzer(ITokenizer tokenizer, ISentenceSplitter splitter, IBoilerplateDetector boilerplate)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(boilerplate);
        Tokenizer = tokenizer;
        Splitter = splitter;
        Boilerplate = boilerplate;
    }

    /// <summary>The analyzer with EntityGraph's default tokenizer, splitter and boilerplate list.</summary>
    public static TextAnalyzer Default { get; } = new(new Tokenizer(), new SentenceSplitter(), new BoilerplateDetector());

    /// <summary>The tokenizer.</summary>
    public ITokenizer Tokenizer { get; }

    /// <summary>The sentence splitter.</summary>
    public ISentenceSplitter Splitter { get; }

    /// <summary>The boilerplate line detector.</summary>
    public IBoilerplateDetector Boilerplate { get; }

    /// <summary>Tokenizes a document and splits it into sentences.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="document"/> is null.</exception>
    public TokenizedDocument Analyze(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var tokens = new List<Token>(text.Length / 5 + 16);
        var sentences = new List<Sentence>(text.Length / 100 + 4);
        var skipped = new List<TextSpan>();

        int regionStart = 0;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            int contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            ReadOnlySpan<char> line = text.AsSpan(lineStart, contentEnd - lineStart);
            if (!line.IsWhiteSpace() && Boilerplate.IsBoilerplate(line))
            {
                AddRegion(text, new TextSpan(regionStart, lineStart), tokens, sentences);
                skipped.Add(new TextSpan(lineStart, contentEnd));
                regionStart = nl < 0 ? text.Length : nl + 1;
            }

            if (nl < 0)
            {
                break;
            }

            lineStart = nl + 1;
        }

        AddRegion(text, new TextSpan(regionStart, text.Length), tokens, sentences);
        return new TokenizedDocument(document, tokens.ToArray(), sentences.ToArray(), skipped.ToArray());
    }

    private void AddRegion(string text, TextSpan region, List<Token> tokens, List<Sentence> sentences)
    {
        if (region.IsEmpty)
        {
            return;
        }

        int first = tokens.Count;
        Tokenizer.Tokenize(text, region, tokens);
        int count = tokens.Count - first;
        if (count == 0)
        {
            return;
        }

        Splitter.Split(text, CollectionsMarshal.AsSpan(tokens).Slice(first, count), first, sentences);
    }
}
