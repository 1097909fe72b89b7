using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using EntityGraph.Export;
using EntityGraph.Graph;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

/// <summary>
/// Every format written from one small fixed graph, compared byte for byte with files checked by eye. A missing
/// golden file is written and the test fails, so a new format is reviewed before it is trusted; set
/// ENTITYGRAPH_UPDATE_GOLDEN=1 to rewrite them after an intended change.
/// </summary>
public class GoldenTests
{
    private static IEnumerable<TestCaseData> Formats()
    {
        yield return new TestCaseData("graph.json", (Action<KnowledgeGraph, Stream>)((g, s) => g.WriteJson(s))).SetArgDisplayNames("graph.json");
        yield return new TestCaseData("graph.graphml", (Action<KnowledgeGraph, Stream>)((g, s) => g.WriteGraphML(s))).SetArgDisplayNames("graph.graphml");
        yield return new TestCaseData("graph.gexf", (Action<KnowledgeGraph, Stream>)((g, s) => g.WriteGexf(s))).SetArgDisplayNames("graph.gexf");
        yield return new TestCaseData("graph-1.2draft.gexf", (Action<KnowledgeGraph, Stream>)((g, s) => g.WriteGexf(s, GexfVersion.V1_2Draft))).SetArgDisplayNames("graph-1.2draft.gexf");
        yield return new TestCaseData("graph.nodelink.json", (Action<KnowledgeGraph, Stream>)((g, s) => g.WriteNodeLinkJson(s))).SetArgDisplayNames("graph.nodelink.json");
        yield return new TestCaseData("nodes.csv", (Action<KnowledgeGraph, Stream>)((g, s) => g.WriteCsv(s, Stream.Null))).SetArgDisplayNames("nodes.csv");
        yield return new TestCaseData("edges.csv", (Action<KnowledgeGraph, Stream>)((g, s) => g.WriteCsv(Stream.Null, s))).SetArgDisplayNames("edges.csv");
        yield return new TestCaseData("neo4j-nodes.csv", (Action<KnowledgeGraph, Stream>)((g, s) => g.WriteCsv(s, Stream.Null, CsvFlavor.Neo4j))).SetArgDisplayNames("neo4j-nodes.csv");
        yield return new TestCaseData("neo4j-edges.csv", (Action<KnowledgeGraph, Stream>)((g, s) => g.WriteCsv(Stream.Null, s, CsvFlavor.Neo4j))).SetArgDisplayNames("neo4j-edges.csv");
    }

    [TestCaseSource(nameof(Formats))]
    public void Write_GoldenGraph_MatchesGoldenFile(string file, Action<KnowledgeGraph, Stream> write)
    {
        string path = Path.Combine(RepoPaths.RequireRoot(), "tests", "EntityGraph.Tests", "Export", "Golden", file);
        byte[] actual = TestGraphs.Bytes(s => write(TestGraphs.Golden(), s));
        if (!File.Exists(path) || Environment.GetEnvironmentVariable("ENTITYGRAPH_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, actual);
            Assert.Fail("Golden file written: " + path + ". Check it by eye, then run the tests again.");
        }

        Assert.That(Encoding.UTF8.GetString(actual), Is.EqualTo(Encoding.UTF8.GetString(File.ReadAllBytes(path))));
    }

    [Test]
    public void WriteJson_GoldenGraph_ReadsBackEqual()
    {
        KnowledgeGraph graph = TestGraphs.Golden();
        byte[] first = TestGraphs.Bytes(graph.WriteJson);
        KnowledgeGraph back = GraphJson.Read(new MemoryStream(first));

        Assert.That(back.ContentEquals(graph), Is.True, KnowledgeGraphComparer.FirstDifference(graph, back));
        Assert.That(TestGraphs.Bytes(back.WriteJson), Is.EqualTo(first));
    }
}
