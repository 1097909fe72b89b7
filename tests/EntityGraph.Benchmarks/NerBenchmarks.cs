using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using EntityGraph.Recognition;
using EntityGraph.Recognition.Model;
using EntityGraph.Text;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Tokenisation + tagging with the shipped NER model on a fixed synthetic news text (about 10,000 tokens).
/// Tokens per second = <see cref="TokenCount"/> / mean time. Run:
/// <c>dotnet run -c Release --project tests/EntityGraph.Benchmarks -- --filter '*NerBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private readonly List<Mention> _output = new();
    private Document _document = null!;
    private TokenizedDocument _tokenized = null!;
    private PerceptronRecognizer _model = null!;

    /// <summary>Tokens in the benchmark text.</summary>
    public int TokenCount => _tokenized.TokenCount;

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        string[] sentences =
        [
            "Foreign Ministry spokesman Kong Quan told reporters in Beijing on Tuesday that China would send a delegation to Geneva.",
            "Japan's Foreign Minister, Yoriko Kawaguchi, said at a news conference in Tokyo that talks with Pyongyang would resume.",
            "The United Nations Security Council met in New York after officials from the European Union visited Brussels.",
            "Several thousand members of the Communist Party crossed the border into northern China, two newspapers reported.",
        ];
        for (int i = 0; i < 120; i++)
        {
            sb.Append(sentences[i % sentences.Length]).Append(i % 5 == 4 ? "\n\n" : " ");
        }

        _document = Document.FromText(sb.ToString());
        _tokenized = TextAnalyzer.Default.Analyze(_document);
        _model = PerceptronRecognizer.Default;
    }

    [Benchmark(Baseline = true)]
    public int Tokenize() => TextAnalyzer.Default.Analyze(_document).TokenCount;

    [Benchmark]
    public int Tag()
    {
        _output.Clear();
        _model.Recognize(_tokenized, _output);
        return _output.Count;
    }

    [Benchmark]
    public int TokenizeAndTag()
    {
        _output.Clear();
        _model.Recognize(TextAnalyzer.Default.Analyze(_document), _output);
        return _output.Count;
    }

    [Benchmark]
    public int LoadModel()
    {
        using Stream s = typeof(PerceptronRecognizer).Assembly.GetManifestResourceStream("EntityGraph.Recognition.Model.ner-en.egnm")!;
        return PerceptronRecognizer.Load(s).FeatureCount;
    }
}
