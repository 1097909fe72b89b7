using System.Linq;
using EntityGraph.Graph;
using EntityGraph.Graph.Analytics;
using NUnit.Framework;
using QuikGraph;

namespace EntityGraph.Tests.Graph;

public class DocumentEntityViewTests
{
    private static KnowledgeGraph Corpus() => new TestGraphs()
        .Document("d1", null, "a", "a", "b")
        .Document("d2", null, "b", "c")
        .Document("d3", null, "a", "b")
        .Node("unmentioned")
        .Build();

    [Test]
    public void Graph_ThreeDocuments_LinksDocumentsToEntitiesByMentionCount()
    {
        IBidirectionalGraph<BipartiteVertex, TaggedEdge<BipartiteVertex, double>> g = Corpus().ToDocumentEntityView().Graph;

        Assert.That(g.VertexCount, Is.EqualTo(6));
        Assert.That(g.Edges.Select(e => e.Source.Id + ">" + e.Target.Id + ":" + e.Tag), Is.EqualTo(new[] { "d1>a:2", "d1>b:1", "d2>b:1", "d2>c:1", "d3>a:1", "d3>b:1" }));
        Assert.That(g.InDegree(new BipartiteVertex("b", false)), Is.EqualTo(3));
    }

    [TestCase(1, "a-b:2,b-c:1")]
    [TestCase(2, "a-b:2")]
    [TestCase(3, "")]
    public void EntityProjection_MinShared_LinksEntitiesBySharedDocuments(int minShared, string expected)
    {
        IUndirectedGraph<Entity, TaggedEdge<Entity, double>> g = Corpus().ToDocumentEntityView().EntityProjection(minShared);

        Assert.That(g.VertexCount, Is.EqualTo(4));
        Assert.That(string.Join(",", g.Edges.Select(e => e.Source.Id + "-" + e.Target.Id + ":" + e.Tag)), Is.EqualTo(expected));
    }

    [TestCase(1, "d1-d2:1,d1-d3:2,d2-d3:1")]
    [TestCase(2, "d1-d3:2")]
    public void DocumentProjection_MinShared_LinksDocumentsBySharedEntities(int minShared, string expected)
    {
        IUndirectedGraph<string, TaggedEdge<string, double>> g = Corpus().ToDocumentEntityView().DocumentProjection(minShared);

        Assert.That(g.VertexCount, Is.EqualTo(3));
        Assert.That(string.Join(",", g.Edges.Select(e => e.Source + "-" + e.Target + ":" + e.Tag)), Is.EqualTo(expected));
    }

    [Test]
    public void Graph_AfterEntityFilter_LeavesRemovedEntitiesOut()
    {
        KnowledgeGraph filtered = Corpus().Where(e => e.Id != "b");

        IBidirectionalGraph<BipartiteVertex, TaggedEdge<BipartiteVertex, double>> g = filtered.ToDocumentEntityView().Graph;

        Assert.That(g.EdgeCount, Is.EqualTo(3));
        Assert.That(filtered.ToDocumentEntityView().DocumentProjection().EdgeCount, Is.EqualTo(1));
    }
}
