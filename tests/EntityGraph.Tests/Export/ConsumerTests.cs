using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using EntityGraph.Export;
using EntityGraph.Graph;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

/// <summary>
/// Loads our files with the Python tools our users use (networkx, igraph) and checks what they report.
/// Ignored when python3 or the module is missing (CI installs python3-networkx and python3-igraph).
/// </summary>
[NonParallelizable]
public class ConsumerTests
{
    private const string NetworkxScript = """
        import json, sys, networkx as nx
        folder = sys.argv[1]
        def summary(g):
            return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
                    "multigraph": g.is_multigraph(), "labels": sorted(str(d.get("label")) for _, d in g.nodes(data=True)),
                    "data": {str(n): d for n, d in g.nodes(data=True)},
                    "edgeTypes": sorted(str(d.get("type", d.get("relation"))) for _, _, d in g.edges(data=True))}
        out = {"graphml": summary(nx.read_graphml(folder + "/g.graphml")),
               "gexf": summary(nx.read_gexf(folder + "/g.gexf"))}
        data = json.load(open(folder + "/g.nodelink.json", encoding="utf-8"))
        try:
            nl = nx.node_link_graph(data, edges="links")
        except TypeError:
            nl = nx.node_link_graph(data)
        out["nodelink"] = summary(nl)
        print(json.dumps(out, default=str))
        """;

    private const string IgraphScript = """
        import json, sys, igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1] + "/g.graphml")
        print(json.dumps({"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(),
                          "labels": sorted(str(v["label"]) for v in g.vs),
                          "data": {v["id"]: v.attributes() for v in g.vs},
                          "edgeTypes": sorted(str(e["type"]) for e in g.es)}))
        """;

    private static IEnumerable<TestCaseData> Graphs() => TestGraphs.Adversarial();

    [TestCaseSource(nameof(Graphs))]
    public void Networkx_ReadsGraphMLGexfAndNodeLink_SameCountsAndLabels(KnowledgeGraph graph)
    {
        JObject result = Run("networkx", NetworkxScript, graph);
        foreach (string format in new[] { "graphml", "gexf", "nodelink" })
        {
            // XML must drop characters XML 1.0 cannot hold; JSON keeps them escaped and drops only lone surrogates.
            Func<string, string> clean = format == "nodelink" ? ExportText.WithoutLoneSurrogates : ExportText.ForXml;
            string[] labels = ExpectedLabels(graph, clean);
            string[] types = ExpectedTypes(graph, clean);
            JToken r = result[format]!;
            Assert.That((int)r["nodes"]!, Is.EqualTo(graph.Entities.Count), format);
            Assert.That((int)r["edges"]!, Is.EqualTo(graph.Relations.Count), format);
            Assert.That(r["labels"]!.ToObject<string[]>(), Is.EqualTo(labels), format);
            Assert.That(r["edgeTypes"]!.ToObject<string[]>(), Is.EqualTo(types), format);
            if (graph.Relations.Count > 0)
            {
                Assert.That((bool)r["directed"]!, Is.True, format);
            }
        }

        TestContext.Out.WriteLine("networkx: " + Summary(result));
    }

    [Test]
    public void Networkx_Realistic_AttributeValuesAndTypes()
    {
        JObject result = Run("networkx", NetworkxScript, TestGraphs.Realistic());

        foreach (string format in new[] { "graphml", "gexf", "nodelink" })
        {
            JToken zhang = result[format]!["data"]!["person:zhang-hanfu"]!;
            Assert.That((string)zhang["label"]!, Is.EqualTo("Zhang Hanfu"), format);
            Assert.That((string)zhang["type"]!, Is.EqualTo("person"), format);
            Assert.That(zhang["mentions"]!.Type, Is.EqualTo(JTokenType.Integer), format);
            Assert.That((int)zhang["mentions"]!, Is.EqualTo(3), format);
            Assert.That((bool)zhang["central"]!, Is.True, format);
            Assert.That((long)zhang["big"]!, Is.EqualTo(5_000_000_000L), format);
            Assert.That((double)result[format]!["data"]!["place:moscow"]!["latitude"]!, Is.EqualTo(55.7558), format);
            Assert.That((bool)result[format]!["multigraph"]!, Is.True, format);
        }

        Assert.That(result["gexf"]!["data"]!["date:1962-07"]!["spells"]!.ToString(Newtonsoft.Json.Formatting.None), Does.Contain("1962-07-01").And.Contain("1962-07-31"));
        TestContext.Out.WriteLine("networkx realistic: " + result["graphml"]!["data"]!["person:zhang-hanfu"]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [TestCaseSource(nameof(Graphs))]
    public void Igraph_ReadsGraphML_SameCountsAndLabels(KnowledgeGraph graph)
    {
        JObject r = Run("igraph", IgraphScript, graph);

        Assert.That((int)r["nodes"]!, Is.EqualTo(graph.Entities.Count));
        Assert.That((int)r["edges"]!, Is.EqualTo(graph.Relations.Count));
        Assert.That((bool)r["directed"]!, Is.True);
        Assert.That(r["labels"]!.ToObject<string[]>(), Is.EqualTo(ExpectedLabels(graph, ExportText.ForXml)));
        Assert.That(r["edgeTypes"]!.ToObject<string[]>(), Is.EqualTo(ExpectedTypes(graph, ExportText.ForXml)));
        TestContext.Out.WriteLine("igraph: " + Summary(r));
    }

    [Test]
    public void Igraph_Realistic_AttributeValues()
    {
        JObject r = Run("igraph", IgraphScript, TestGraphs.Realistic());
        JToken zhang = r["data"]!["person:zhang-hanfu"]!;

        Assert.That((string)zhang["label"]!, Is.EqualTo("Zhang Hanfu"));
        Assert.That((double)zhang["mentions"]!, Is.EqualTo(3));
        Assert.That((double)zhang["pagerank"]!, Is.EqualTo(0.1));
        Assert.That((double)r["data"]!["place:moscow"]!["longitude"]!, Is.EqualTo(37.6173));
        TestContext.Out.WriteLine("igraph realistic: " + zhang.ToString(Newtonsoft.Json.Formatting.None));
    }

    private static string[] ExpectedLabels(KnowledgeGraph graph, Func<string, string> clean)
    {
        var labels = new List<string>();
        foreach (Entity e in graph.Entities)
        {
            // Python's sort is by code point; ordinal UTF-16 order differs only above U+FFFF, which the labels here avoid mixing.
            labels.Add(clean(e.Label));
        }

        labels.Sort(StringComparer.Ordinal);
        return labels.ToArray();
    }

    private static string[] ExpectedTypes(KnowledgeGraph graph, Func<string, string> clean)
    {
        var types = new List<string>();
        foreach (Relation r in graph.Relations)
        {
            types.Add(clean(r.Type));
        }

        types.Sort(StringComparer.Ordinal);
        return types.ToArray();
    }

    private static string Summary(JToken r) =>
        r is JObject o && o["graphml"] is not null
            ? "graphml " + Counts(o["graphml"]!) + ", gexf " + Counts(o["gexf"]!) + ", nodelink " + Counts(o["nodelink"]!)
            : Counts(r);

    private static string Counts(JToken r) => (int)r["nodes"]! + " nodes/" + (int)r["edges"]! + " edges";

    private static JObject Run(string module, string script, KnowledgeGraph graph)
    {
        string python = FindPython(module) ?? throw new IgnoreException("python3 with the '" + module
            + "' module is not installed (apt-get install python3-networkx python3-igraph); skipping the consumer check.");
        string dir = Path.Combine(Path.GetTempPath(), "eg-consumer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            AtomicFile.Write(Path.Combine(dir, "g.graphml"), graph.WriteGraphML);
            AtomicFile.Write(Path.Combine(dir, "g.gexf"), s => graph.WriteGexf(s, GexfVersion.V1_2Draft));
            AtomicFile.Write(Path.Combine(dir, "g.nodelink.json"), graph.WriteNodeLinkJson);
            (int code, string stdout, string stderr) = Exec(python, ["-c", script, dir]);
            Assert.That(code, Is.EqualTo(0), module + " failed: " + stderr);
            return JObject.Parse(stdout);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static readonly Dictionary<string, string?> Found = new();

    private static string? FindPython(string module)
    {
        lock (Found)
        {
            if (Found.TryGetValue(module, out string? cached))
            {
                return cached;
            }

            string? result = null;
            foreach (string candidate in new[] { "/usr/bin/python3", "python3" })
            {
                try
                {
                    if (Exec(candidate, ["-c", "import " + module]).Code == 0)
                    {
                        result = candidate;
                        break;
                    }
                }
                catch (System.ComponentModel.Win32Exception)
                {
                    // Not installed under that name.
                }
            }

            Found[module] = result;
            return result;
        }
    }

    private static (int Code, string Stdout, string Stderr) Exec(string file, string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using Process p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout, stderr.Result);
    }
}
