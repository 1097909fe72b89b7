using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using EntityGraph.Graph;
using EntityGraph.Text;

namespace EntityGraph.Cli.Commands;

/// <summary><c>entitygraph bench</c>: throughput on a corpus, stage by stage.</summary>
internal sealed class BenchCommand : ICommand
{
    public string Name => "bench";

    public string Summary => "Measure tokens per second on a corpus (tokenizer, full extraction, graph).";

    public string Help => """
        Usage: entitygraph bench [<path>...] [--repeat N]

        Reads the documents (default: seeds), then times on one thread: tokenisation and sentence
        splitting alone, the full extraction pipeline, and graph building, each over the corpus
        repeated N times (default 20) after one warm-up pass. Prints tokens per second and the
        managed memory allocated per token. For careful measurements use the BenchmarkDotNet project
        in tests/EntityGraph.Benchmarks.

        Example:
          entitygraph bench seeds --repeat 50
        """;

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(args, [], ["--repeat"]);
        int repeat = Math.Max(1, a.GetInt("--repeat", 20));
        var problems = new List<string>();
        List<string> files = InputFiles.Expand(a.Positional.Count > 0 ? a.Positional : ["seeds"], problems);
        foreach (string p in problems)
        {
            stderr.WriteLine("error: " + p);
        }

        var docs = new List<Document>();
        foreach (string f in files)
        {
            try
            {
                docs.Add(Document.FromFile(f));
            }
            catch (DocumentReadException ex)
            {
                stderr.WriteLine("error: " + ex.Message);
            }
        }

        if (docs.Count == 0)
        {
            stderr.WriteLine("error: no documents to measure");
            return 2;
        }

        EntityExtractor extractor = EntityExtractor.CreateDefault();
        long tokens = 0;
        var results = new List<DocumentResult>();
        foreach (Document d in docs)
        {
            DocumentResult r = extractor.Extract(d);
            results.Add(r);
            tokens += r.Analysis.TokenCount;
        }

        KnowledgeGraph.Build(results);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Corpus: {docs.Count} documents, {tokens} tokens, repeated {repeat} times"));

        Measure("tokenize + split", tokens * repeat, stdout, () =>
        {
            for (int k = 0; k < repeat; k++)
            {
                foreach (Document d in docs)
                {
                    TextAnalyzer.Default.Analyze(d);
                }
            }
        });

        Measure("full extraction", tokens * repeat, stdout, () =>
        {
            for (int k = 0; k < repeat; k++)
            {
                foreach (Document d in docs)
                {
                    extractor.Extract(d);
                }
            }
        });

        Measure("graph building", tokens * repeat, stdout, () =>
        {
            for (int k = 0; k < repeat; k++)
            {
                KnowledgeGraph.Build(results);
            }
        });
        return 0;
    }

    private static void Measure(string label, long tokens, TextWriter stdout, Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        action();
        sw.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        double perSecond = tokens / Math.Max(sw.Elapsed.TotalSeconds, 1e-9);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-18} {perSecond,12:N0} tokens/s  {sw.Elapsed.TotalMilliseconds,9:N1} ms  {(double)allocated / tokens,8:N1} bytes allocated/token"));
    }
}
