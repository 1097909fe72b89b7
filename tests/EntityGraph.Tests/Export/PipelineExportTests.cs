using System.Collections.Generic;
using System.IO;
using EntityGraph.Export;
using EntityGraph.Graph;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

/// <summary>Exports a graph the pipeline built from the seed documents, whatever the current stages find in them.</summary>
public class PipelineExportTests
{
    [Test]
    public void AllFormats_GraphFromSeeds_ValidAndRoundTrips()
    {
        string seeds = Path.Combine(RepoPaths.RequireRoot(), "seeds");
        EntityExtractor extractor = EntityExtractor.CreateDefault();
        var results = new List<DocumentResult>();
        foreach (string file in Directory.GetFiles(seeds, "*.txt"))
        {
            results.Add(extractor.Extract(Document.FromFile(file)));
        }

        KnowledgeGraph graph = KnowledgeGraph.Build(results);
        byte[] json = TestGraphs.Bytes(graph.WriteJson);
        KnowledgeGraph back = GraphJson.Read(new MemoryStream(json));

        Assert.That(graph.Documents, Has.Count.EqualTo(results.Count));
        Assert.That(KnowledgeGraphComparer.FirstDifference(graph, back), Is.Null);
        Assert.That(TestGraphs.Bytes(back.WriteJson), Is.EqualTo(json));
        Assert.That(XmlExportTests.Validate(TestGraphs.Bytes(graph.WriteGraphML), ExportSchemas.GraphML()), Is.Empty);
        Assert.That(XmlExportTests.Validate(TestGraphs.Bytes(s => graph.WriteGexf(s)), ExportSchemas.Gexf(GexfVersion.V1_3)), Is.Empty);
        TestContext.Out.WriteLine("seeds: " + graph.Entities.Count + " nodes, " + graph.Relations.Count + " edges");
    }
}
