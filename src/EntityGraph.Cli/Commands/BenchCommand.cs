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
        splitting alone, the date pass alone (creation date and dates), the full extraction pipeline,
        and graph building, each over the corpus
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

        var analyses = new List<TokenizedDocument>();
        foreach (DocumentResult r in results)
        {
            analyses.Add(r.Analysis);
        }

        var dateBuffer = new List<EntityGraph.Recognition.Mention>();
        Measure("dates (DCT + dates)", tokens * repeat, stdout, () =>
        {
            for (int k = 0; k < repeat; k++)
            {
                foreach (TokenizedDocument t in analyses)
                {
                    dateBuffer.Clear();
                    DateOnly? dct = extractor.Options.DctDetector.Detect(t).Date;
                    extractor.Options.DateRecognizer.Recognize(t, dct, dateBuffer);
                }
            }
        });

        var buffer = new List<EntityGraph.Recognition.Mention>();
        foreach (EntityGraph.Recognition.IEntityRecognizer recognizer in extractor.Options.Recognizers)
        {
            Measure("recognizer " + recognizer.Name, tokens * repeat, stdout, () =>
            {
                for (int k = 0; k < repeat; k++)
                {
                    foreach (TokenizedDocument t in analyses)
                    {
                        buffer.Clear();
                        recognizer.Recognize(t, buffer);
                    }
                }
            });
        }

        Measure("grouping", tokens * repeat, stdout, () =>
        {
            for (int k = 0; k < repeat; k++)
            {
                foreach (DocumentResult r in results)
                {
                    extractor.Options.Grouper.Group(r.Document.Text, r.Mentions);
                }
            }
        });

        var relationBuffer = new List<EntityGraph.Relations.RelationMention>();
        Measure("relations", tokens * repeat, stdout, () =>
        {
            for (int k = 0; k < repeat; k++)
            {
                foreach (DocumentResult r in results)
                {
                    foreach (EntityGraph.Relations.IRelationExtractor x in extractor.Options.RelationExtractors)
                    {
                        relationBuffer.Clear();
                        x.Extract(r.Analysis, r.Mentions, r.Entities, relationBuffer);
                    }
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
            $"  {label,-22} {perSecond,12:N0} tokens/s  {sw.Elapsed.TotalMilliseconds,9:N1} ms  {(double)allocated / tokens,8:N1} bytes allocated/token"));
    }
}
