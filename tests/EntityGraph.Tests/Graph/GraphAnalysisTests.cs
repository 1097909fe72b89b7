using System;
using System.Collections.Generic;
using System.Linq;
using EntityGraph.Graph;
using EntityGraph.Graph.Analytics;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Graph;

public class GraphAnalysisTests
{
    private static KnowledgeGraph Star(int leaves)
    {
        var b = new TestGraphs();
        foreach (string leaf in TestGraphs.Ids("leaf", leaves))
        {
            b.Edge("centre", leaf, RelationTypes.MentionedWith);
        }

        return b.Build();
    }

    [Test]
    public void Degrees_MixedDirections_CountsUndirectedRelationsBothWays()
    {
        KnowledgeGraph g = new TestGraphs()
            .Edge("a", "b", RelationTypes.WorksFor, 2)
            .Edge("a", "b", RelationTypes.MentionedWith, 3)
            .Edge("c", "a", RelationTypes.MetWith, 0.5)
            .Build();

        IReadOnlyDictionary<string, NodeDegree> d = g.Analyze().Degrees();

        Assert.That(d["a"], Is.EqualTo(new NodeDegree(In: 2, Out: 2, Total: 3, WeightedIn: 3.5, WeightedOut: 5, WeightedTotal: 5.5, Neighbors: 2)));
        Assert.That(d["b"], Is.EqualTo(new NodeDegree(In: 2, Out: 1, Total: 2, WeightedIn: 5, WeightedOut: 3, WeightedTotal: 5, Neighbors: 1)));
        Assert.That(d["c"], Is.EqualTo(new NodeDegree(In: 0, Out: 1, Total: 1, WeightedIn: 0, WeightedOut: 0.5, WeightedTotal: 0.5, Neighbors: 1)));
    }

    [Test]
    public void PageRank_DirectedThreeCycle_IsOneThirdEach()
    {
        KnowledgeGraph g = new TestGraphs().Edge("a", "b").Edge("b", "c").Edge("c", "a").Build();

        PageRankResult pr = g.Analyze().PageRank();

        Assert.That(pr.Converged, Is.True);
        Assert.That(pr.Scores.Values, Is.All.EqualTo(1.0 / 3).Within(1e-12));
    }

    [Test]
    public void PageRank_DanglingTarget_MatchesClosedForm()
    {
        // a -> b, b dangling: x_a = 0.5 / 1.425, x_b = 1 - x_a (networkx gives 0.3509 / 0.6491).
        KnowledgeGraph g = new TestGraphs().Edge("a", "b").Build();

        PageRankResult pr = g.Analyze().PageRank();

        Assert.That(pr.Scores["a"], Is.EqualTo(0.5 / 1.425).Within(1e-9));
        Assert.That(pr.Scores["b"], Is.EqualTo(1 - (0.5 / 1.425)).Within(1e-9));
    }

    [Test]
    public void PageRank_CoOccurrence_IsUndirected()
    {
        KnowledgeGraph g = new TestGraphs().Edge("a", "b", RelationTypes.MentionedWith).Build();

        PageRankResult pr = g.Analyze().PageRank();
        PageRankResult directed = g.Analyze(new AnalysisOptions { UndirectedRelationTypes = [] }).PageRank();

        Assert.That(pr.Scores["a"], Is.EqualTo(0.5).Within(1e-12));
        Assert.That(directed.Scores["a"], Is.EqualTo(0.5 / 1.425).Within(1e-9));
    }

    [Test]
    public void PageRank_Weighted_FollowsHeavierLinkMore()
    {
        // a splits its rank 3:1 between b and c; both return everything to a.
        KnowledgeGraph g = new TestGraphs().Edge("a", "b", weight: 3).Edge("a", "c", weight: 1).Edge("b", "a").Edge("c", "a").Build();

        PageRankResult weighted = g.Analyze().PageRank();
        PageRankResult plain = g.Analyze().PageRank(new PageRankOptions { Weighted = false });

        // Stationary equations: b = 0.05 + 0.85*0.75*a, c = 0.05 + 0.85*0.25*a, a = 0.05 + 0.85*(b + c).
        double a = (0.05 + (0.85 * 0.1)) / (1 - (0.85 * 0.85));
        Assert.That(weighted.Scores["a"], Is.EqualTo(a).Within(1e-9));
        Assert.That(weighted.Scores["b"], Is.EqualTo(0.05 + (0.85 * 0.75 * a)).Within(1e-9));
        Assert.That(weighted.Scores["c"], Is.EqualTo(0.05 + (0.85 * 0.25 * a)).Within(1e-9));
        Assert.That(plain.Scores["b"], Is.EqualTo(plain.Scores["c"]).Within(1e-12));
        Assert.That(weighted.Scores.Values.Sum(), Is.EqualTo(1.0).Within(1e-9));
    }

    [TestCase(1.0)]
    [TestCase(-0.1)]
    [TestCase(double.NaN)]
    public void PageRank_DampingOutsideZeroToOne_Throws(double damping)
    {
        Assert.That(() => Star(3).Analyze().PageRank(new PageRankOptions { Damping = damping }), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void PageRank_ZeroDamping_IsUniform()
    {
        PageRankResult pr = Star(3).Analyze().PageRank(new PageRankOptions { Damping = 0 });

        Assert.That(pr.Scores.Values, Is.All.EqualTo(0.25).Within(1e-12));
    }

    [TestCase(2, 1)]
    [TestCase(3, 3)]
    [TestCase(4, 6)]
    [TestCase(6, 15)]
    [TestCase(9, 36)]
    // n = leaves + 1 entities: the centre lies on the path of every pair of leaves, (n-1)(n-2)/2.
    public void Betweenness_StarCentre_IsPairsOfLeaves(int leaves, double expected)
    {
        BetweennessResult b = Star(leaves).Analyze().Betweenness();

        Assert.That(b.Exact, Is.True);
        Assert.That(b.Scores["centre"], Is.EqualTo(expected).Within(1e-12));
        Assert.That(b.Scores.Where(kv => kv.Key != "centre").Select(kv => kv.Value), Is.All.EqualTo(0.0));
        Assert.That(b.ErrorBound(), Is.Zero);
    }

    [Test]
    public void Betweenness_Normalized_StarCentreIsOne()
    {
        BetweennessResult b = Star(5).Analyze().Betweenness(new BetweennessOptions { Normalized = true });

        Assert.That(b.Scores["centre"], Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void Betweenness_PathOfFive_IsZeroThreeFourThreeZero()
    {
        KnowledgeGraph g = new TestGraphs().Path("p0", "p1", "p2", "p3", "p4").Build();

        BetweennessResult b = g.Analyze().Betweenness();

        Assert.That(g.Entities.Select(e => b.Scores[e.Id]), Is.EqualTo(new[] { 0.0, 3, 4, 3, 0 }).Within(1e-12));
    }

    [Test]
    public void Betweenness_SquareWithTwoShortestPaths_SplitsTheCredit()
    {
        // a-b-d and a-c-d are both shortest between a and d: b and c get half each.
        KnowledgeGraph g = new TestGraphs().Edge("a", "b").Edge("a", "c").Edge("b", "d").Edge("c", "d").Build();

        BetweennessResult b = g.Analyze().Betweenness();

        Assert.That(g.Entities.Select(e => b.Scores[e.Id]), Is.EqualTo(new[] { 0.5, 0.5, 0.5, 0.5 }).Within(1e-12));
    }

    [Test]
    public void Betweenness_Sampled_IsWithinTheStatedBoundAndRepeats()
    {
        string[] ids = TestGraphs.Ids("p", 60);
        KnowledgeGraph g = new TestGraphs().Path(ids).Build();
        GraphAnalysis analysis = g.Analyze();
        BetweennessResult exact = analysis.Betweenness();

        var options = new BetweennessOptions { Pivots = 20, Seed = 7 };
        BetweennessResult sampled = analysis.Betweenness(options);
        BetweennessResult again = analysis.Betweenness(options);

        Assert.That(sampled.Exact, Is.False);
        Assert.That(sampled.Pivots, Is.EqualTo(20));
        Assert.That(again.Scores, Is.EqualTo(sampled.Scores));
        double bound = sampled.ErrorBound(1 - (0.05 / 60));
        foreach (string id in ids)
        {
            Assert.That(Math.Abs(sampled.Scores[id] - exact.Scores[id]), Is.LessThanOrEqualTo(bound), id);
        }

        Assert.That(sampled.StandardErrors["p30"], Is.GreaterThan(0).And.LessThan(bound));
    }

    [Test]
    public void BetweennessResult_ErrorBound_IsHoeffding()
    {
        var result = new BetweennessResult(new Dictionary<string, double>(), new Dictionary<string, double>(), 64, false, 100, false);

        double expected = 50 * 98 * Math.Sqrt(Math.Log(40) / 128);
        Assert.That(result.ErrorBound(0.95), Is.EqualTo(expected).Within(1e-9));
        Assert.That((result with { Normalized = true }).ErrorBound(0.95), Is.EqualTo(expected / (99 * 98 / 2.0)).Within(1e-12));
    }

    [Test]
    public void Betweenness_PivotsAtLeastEntityCount_IsExact()
    {
        BetweennessResult b = Star(4).Analyze().Betweenness(new BetweennessOptions { Pivots = 100 });

        Assert.That(b.Exact, Is.True);
        Assert.That(b.Scores["centre"], Is.EqualTo(6.0).Within(1e-12));
    }

    [Test]
    public void Components_Forest_LargestFirstWithSortedMembers()
    {
        KnowledgeGraph g = new TestGraphs().Edge("e", "d").Edge("c", "a").Edge("a", "b").Node("f").Build();

        IReadOnlyList<IReadOnlyList<Entity>> components = g.Analyze().Components();

        Assert.That(components.Select(c => string.Join(",", c.Select(e => e.Id))), Is.EqualTo(new[] { "a,b,c", "d,e", "f" }));
    }

    private static KnowledgeGraph TwoCliques() => new TestGraphs()
        .Clique("a1", "a2", "a3", "a4")
        .Clique("b1", "b2", "b3", "b4")
        .Edge("a4", "b1", RelationTypes.MentionedWith)
        .Build();

    [Test]
    public void Communities_TwoCliquesJoinedByOneEdge_FindsTheCliques()
    {
        CommunityResult c = TwoCliques().Analyze().Communities();

        Assert.That(c.Count, Is.EqualTo(2));
        Assert.That(c.Modularity, Is.EqualTo(11.0 / 26).Within(1e-12));
        Assert.That(new[] { "a1", "a2", "a3", "a4" }.Select(id => c.Membership[id]), Is.All.EqualTo(0));
        Assert.That(new[] { "b1", "b2", "b3", "b4" }.Select(id => c.Membership[id]), Is.All.EqualTo(1));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(12345)]
    public void Communities_AnySeed_SamePartitionOnClearStructure(int seed)
    {
        CommunityResult c = TwoCliques().Analyze().Communities(new CommunityOptions { Seed = seed });

        Assert.That(c.Modularity, Is.EqualTo(11.0 / 26).Within(1e-12));
    }

    [Test]
    public void Communities_RingOfCliques_FindsEachCliqueAndRepeats()
    {
        var b = new TestGraphs();
        for (int k = 0; k < 6; k++)
        {
            b.Clique(TestGraphs.Ids("c" + k + "_", 5));
            b.Edge("c" + k + "_04", "c" + ((k + 1) % 6) + "_00", RelationTypes.MentionedWith);
        }

        GraphAnalysis analysis = b.Build().Analyze();
        CommunityResult c = analysis.Communities();
        CommunityResult again = analysis.Communities();

        // 6 cliques of 10 edges plus 6 ring edges: m = 66; each community has 10 inner edges and degree 22.
        Assert.That(c.Count, Is.EqualTo(6));
        Assert.That(c.Modularity, Is.EqualTo(6 * ((10.0 / 66) - Math.Pow(22.0 / 132, 2))).Within(1e-12));
        Assert.That(again.Membership, Is.EqualTo(c.Membership));
    }

    [Test]
    public void Communities_NoRelations_EachEntityAlone()
    {
        CommunityResult c = new TestGraphs().Node("a").Node("b").Build().Analyze().Communities();

        Assert.That(c.Count, Is.EqualTo(2));
        Assert.That(c.Modularity, Is.Zero);
        Assert.That(c.Membership["a"], Is.EqualTo(0));
        Assert.That(c.Membership["b"], Is.EqualTo(1));
    }

    [Test]
    public void Annotate_TwoCliques_WritesTypedAttributes()
    {
        KnowledgeGraph g = TwoCliques().Annotate();

        Entity a4 = g.FindEntity("a4")!;
        Assert.That(a4.Attributes["community"], Is.EqualTo(0));
        Assert.That(a4.Attributes["degree"], Is.EqualTo(4));
        Assert.That(a4.Attributes["weighted_degree"], Is.EqualTo(4.0));
        Assert.That(a4.Attributes["component"], Is.EqualTo(0));
        Assert.That(a4.Attributes["pagerank"], Is.TypeOf<double>());

        // Every path from a1..a3 to b1..b4 runs through a4: 3 x 4 = 12 pairs.
        Assert.That(a4.Attributes["betweenness"], Is.EqualTo(12.0).Within(1e-12));
        Assert.That(g.FindEntity("b2")!.Attributes["community"], Is.EqualTo(1));
        Assert.That(g.Relations.All(r => r.Source.Attributes.ContainsKey("community")), Is.True);
    }

    [Test]
    public void Analyses_EmptyGraph_ReturnEmptyResults()
    {
        GraphAnalysis a = new TestGraphs().Build().Analyze();

        Assert.That(a.Degrees(), Is.Empty);
        Assert.That(a.PageRank().Scores, Is.Empty);
        Assert.That(a.Betweenness().Scores, Is.Empty);
        Assert.That(a.Communities().Count, Is.Zero);
        Assert.That(a.Components(), Is.Empty);
        Assert.That(a.Annotate().Entities, Is.Empty);
    }

    [Test]
    public void Betweenness_ZeroPivots_Throws()
    {
        Assert.That(() => Star(3).Analyze().Betweenness(new BetweennessOptions { Pivots = 0 }), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
