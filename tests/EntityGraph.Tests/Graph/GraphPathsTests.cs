using System.Linq;
using EntityGraph.Graph;
using EntityGraph.Graph.Analytics;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Graph;

public class GraphPathsTests
{
    // a-b-c is short in hops but weak; a-d-e-c is longer but each link is stated ten times.
    private static KnowledgeGraph Diamond() => new TestGraphs()
        .Edge("a", "b", RelationTypes.MetWith, 1, new Evidence("d1", 0, 5))
        .Edge("c", "b", RelationTypes.MetWith, 1, new Evidence("d2", 10, 20))
        .Edge("a", "d", RelationTypes.MentionedWith, 10, new Evidence("d3", 0, 5))
        .Edge("d", "e", RelationTypes.MentionedWith, 10, new Evidence("d3", 6, 9))
        .Edge("e", "c", RelationTypes.MentionedWith, 10, new Evidence("d4", 1, 2))
        .Node("z")
        .Build();

    [Test]
    public void ShortestPath_Hops_TakesFewestRelationsWithTheirEvidence()
    {
        GraphPath? path = Diamond().ShortestPath("a", "c");

        Assert.That(path, Is.Not.Null);
        Assert.That(path!.Entities.Select(e => e.Id), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(path.Length, Is.EqualTo(2));
        Assert.That(path.Cost, Is.EqualTo(2.0));
        Assert.That(path.Steps.Select(s => s.Forward), Is.EqualTo(new[] { true, false }));
        Assert.That(path.Steps.Select(s => s.Evidence[0].DocumentId + ":" + s.Evidence[0].Start), Is.EqualTo(new[] { "d1:0", "d2:10" }));
    }

    [Test]
    public void ShortestPath_InverseWeight_PrefersStrongLinks()
    {
        GraphPath? path = Diamond().ShortestPath("a", "c", PathWeighting.InverseWeight);

        Assert.That(path!.Entities.Select(e => e.Id), Is.EqualTo(new[] { "a", "d", "e", "c" }));
        Assert.That(path.Cost, Is.EqualTo(0.3).Within(1e-12));
        Assert.That(path.Steps.Select(s => s.Relation.Type).Distinct(), Is.EqualTo(new[] { RelationTypes.MentionedWith }));
    }

    [Test]
    public void ShortestPath_Reversed_FollowsRelationsAgainstTheirDirection()
    {
        GraphPath? path = Diamond().ShortestPath("c", "a");

        Assert.That(path!.Entities.Select(e => e.Id), Is.EqualTo(new[] { "c", "b", "a" }));
        Assert.That(path.Steps.Select(s => s.Forward), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void ShortestPath_NotConnected_ReturnsNull()
    {
        Assert.That(Diamond().ShortestPath("a", "z"), Is.Null);
    }

    [Test]
    public void ShortestPath_SameEntity_ReturnsEmptyPath()
    {
        GraphPath? path = Diamond().ShortestPath("a", "a");

        Assert.That(path!.Entities.Select(e => e.Id), Is.EqualTo(new[] { "a" }));
        Assert.That(path.Length, Is.Zero);
    }

    [Test]
    public void ShortestPath_UnknownEntity_Throws()
    {
        Assert.That(() => Diamond().ShortestPath("a", "nobody"), Throws.TypeOf<EntityGraphException>());
    }
}
