using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using EntityGraph.Text;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Tokenizer and sentence splitter speed on the seed documents concatenated 50 times (about 1 MB).
/// Tokens per second = <see cref="TokenCount"/> / mean time; the token count is printed in the global setup.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly Tokenizer _tokenizer = new();
    private readonly List<Token> _tokens = new(300_000);
    private readonly List<Sentence> _sentences = new(20_000);
    private string _text = string.Empty;
    private Document _document = Document.FromText("x");

    /// <summary>Number of tokens in the corpus.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Loads the seeds.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string seeds = FindSeeds();
        var sb = new StringBuilder();
        for (int copy = 0; copy < 50; copy++)
        {
            foreach (string file in Directory.GetFiles(seeds, "*.txt"))
            {
                sb.Append(File.ReadAllText(file)).Append("\n\n");
            }
        }

        _text = sb.ToString();
        _document = Document.FromText(_text);
        _tokens.Clear();
        _tokenizer.Tokenize(_text, new TextSpan(0, _text.Length), _tokens);
        TokenCount = _tokens.Count;
        Console.WriteLine("// Corpus: " + _text.Length + " chars, " + TokenCount + " tokens");
    }

    /// <summary>Tokenizes the whole corpus into a reused list.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        _tokens.Clear();
        _tokenizer.Tokenize(_text, new TextSpan(0, _text.Length), _tokens);
        return _tokens.Count;
    }

    /// <summary>Tokenizes and splits into sentences, reusing the lists.</summary>
    [Benchmark]
    public int TokenizeAndSplit()
    {
        _tokens.Clear();
        _sentences.Clear();
        _tokenizer.Tokenize(_text, new TextSpan(0, _text.Length), _tokens);
        TextAnalyzer.Default.Splitter.Split(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), 0, _sentences);
        return _sentences.Count;
    }

    /// <summary>The full text stage: boilerplate lines, tokens, sentences and the result arrays.</summary>
    [Benchmark]
    public int Analyze() => TextAnalyzer.Default.Analyze(_document).TokenCount;

    private static string FindSeeds()
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir != null)
        {
            string seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds) && File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return seeds;
            }

            dir = dir.Parent;
        }

        dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir != null)
        {
            string seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("The seeds/ folder was not found above " + AppContext.BaseDirectory);
    }
}
