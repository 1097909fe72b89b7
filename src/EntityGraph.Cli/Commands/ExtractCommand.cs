using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using EntityGraph.Export;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using EntityGraph.Text;

namespace EntityGraph.Cli.Commands;

/// <summary><c>entitygraph extract</c>: the main job, documents in, graph files out.</summary>
internal sealed class ExtractCommand : ICommand
{
    private static readonly string[] AllFormats = ["json", "graphml", "gexf", "csv"];

    public string Name => "extract";

    public string Summary => "Extract entities and relations from documents and write the graph.";

    public string Help => """
        Usage: entitygraph extract [<path>...] --out <dir> [options]

        Reads every document given (files, folders searched recursively for *.txt, or globs such as
        'cables/*.txt'; default: the seeds folder), finds people, places, agencies and dates,
        resolves them across documents, extracts relations and writes the knowledge graph.

        Options:
          --out <dir>          output folder (created if missing; default: out)
          --format <list>      comma-separated: json, graphml, gexf, csv (default: json,graphml,gexf)
          --dct <yyyy-mm-dd>   the documents' creation date, when known (otherwise detected per document)
          --aliases <file>     alias table (CSV alias,canonical,type or JSON) overriding entity merges
          --top <n>            how many of the most connected entities to list (default 10)
          --quiet              print nothing but errors
          --verbose            also list every document with its mention count

        Examples:
          entitygraph extract seeds --out out
          entitygraph extract 'archive/**/*.txt' --out graph --format json,graphml,csv
          entitygraph extract cable.txt --dct 1962-06-08 --out out --quiet

        Files written: graph.json (documents, mentions, nodes, edges with evidence),
        graph.graphml, graph.gexf, nodes.csv/edges.csv. Each is written to a temporary file and renamed,
        so an interrupted run never leaves a half-written graph.

        Exit codes: 0 success; 1 some documents could not be read (the others were processed and
        written) or the output could not be written; 2 bad arguments or nothing to read.
        """;

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(args, ["--quiet", "--verbose"], ["--out", "--format", "--dct", "--aliases", "--top"]);
        bool quiet = a.Has("--quiet");
        bool verbose = a.Has("--verbose") && !quiet;
        string outDir = a.Get("--out", "out")!;
        int top = a.GetInt("--top", 10);
        string[] formats = ParseFormats(a.Get("--format", "json,graphml,gexf")!);
        DateOnly? dct = null;
        if (a.Get("--dct") is string dctText)
        {
            if (!DateOnly.TryParseExact(dctText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
            {
                throw new ArgumentException("--dct needs a date as yyyy-mm-dd, not '" + dctText + "'");
            }

            dct = d;
        }

        IReadOnlyList<string> inputs = a.Positional.Count > 0 ? a.Positional : ["seeds"];
        var failures = new List<string>();
        List<string> files = InputFiles.Expand(inputs, failures);
        foreach (string f in failures)
        {
            stderr.WriteLine("error: " + f);
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("error: no .txt documents found in " + string.Join(", ", inputs));
            return 2;
        }

        ExtractorOptions options = EntityExtractor.DefaultOptions();
        GraphOptions graphOptions = GraphOptions.Default;
        if (a.Get("--aliases") is string aliasPath)
        {
            if (!AliasSupport.TryApply(aliasPath, ref graphOptions, out string? problem))
            {
                stderr.WriteLine("error: " + problem);
                return 1;
            }
        }

        var extractor = new EntityExtractor(options);
        var results = new DocumentResult?[files.Count];
        var errors = new string?[files.Count];
        string[] ids = InputFiles.UniqueIds(files);
        using var progress = new Progress(files.Count, quiet ? null : stderr);
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                Document doc = Document.FromFile(files[i], dct);
                if (!string.Equals(doc.Id, ids[i], StringComparison.Ordinal))
                {
                    doc = doc.WithId(ids[i]);
                }

                results[i] = extractor.Extract(doc);
            }
            catch (EntityGraphException ex)
            {
                errors[i] = ex.Message;
            }
#pragma warning disable CA1031 // a batch reports any failure of one document and goes on with the others
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors[i] = files[i] + ": failed (" + ex.GetType().Name + ": " + ex.Message + ")";
            }

            progress.Step();
        });
        progress.Dispose();

        var ok = new List<DocumentResult>(files.Count);
        int failed = failures.Count;
        for (int i = 0; i < files.Count; i++)
        {
            if (errors[i] is string e)
            {
                stderr.WriteLine("error: " + e);
                failed++;
            }
            else if (results[i] is DocumentResult r)
            {
                ok.Add(r);
                if (verbose)
                {
                    stdout.WriteLine($"  {files[i]}: {r.Mentions.Count} mentions, dct {r.Dct.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}");
                }
            }
        }

        KnowledgeGraph graph = KnowledgeGraph.Build(ok, graphOptions);
        var written = new List<string>();
        try
        {
            Directory.CreateDirectory(outDir);
            foreach (string format in formats)
            {
                WriteFormat(graph, format, outDir, written);
            }
        }
        catch (Exception ex) when (ex is EntityGraphException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + outDir + ": cannot write output (" + ex.Message + ")");
            return 1;
        }

        if (!quiet)
        {
            ExtractSummary.Print(graph, ok.Count, failed, written, top, stdout);
        }

        return failed > 0 ? 1 : 0;
    }

    private static string[] ParseFormats(string list)
    {
        var result = new List<string>();
        foreach (string part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string f = part.ToLowerInvariant();
            if (Array.IndexOf(AllFormats, f) < 0)
            {
                throw new ArgumentException("unknown format '" + part + "' (choose from " + string.Join(", ", AllFormats) + ")");
            }

            if (!result.Contains(f))
            {
                result.Add(f);
            }
        }

        if (result.Count == 0)
        {
            throw new ArgumentException("--format needs at least one of " + string.Join(", ", AllFormats));
        }

        return result.ToArray();
    }

    private static void WriteFormat(KnowledgeGraph graph, string format, string outDir, List<string> written)
    {
        switch (format)
        {
            case "json":
                Write(Path.Combine(outDir, "graph.json"), s => graph.WriteJson(s), written);
                break;
            case "graphml":
                Write(Path.Combine(outDir, "graph.graphml"), s => graph.WriteGraphML(s), written);
                break;
            case "gexf":
                Write(Path.Combine(outDir, "graph.gexf"), s => graph.WriteGexf(s), written);
                break;
            case "csv":
                string nodes = Path.Combine(outDir, "nodes.csv"), edges = Path.Combine(outDir, "edges.csv");
                using (var nodeBuffer = new MemoryStream())
                using (var edgeBuffer = new MemoryStream())
                {
                    graph.WriteCsv(nodeBuffer, edgeBuffer, CsvFlavor.Gephi);
                    Write(nodes, s => nodeBuffer.WriteTo(s), written);
                    Write(edges, s => edgeBuffer.WriteTo(s), written);
                }

                break;
        }
    }

    private static void Write(string path, Action<Stream> write, List<string> written)
    {
        AtomicFile.Write(path, write);
        written.Add(path);
    }
}
