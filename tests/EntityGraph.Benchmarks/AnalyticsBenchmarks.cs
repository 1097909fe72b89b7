using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using EntityGraph.Graph;
using EntityGraph.Graph.Analytics;
using EntityGraph.Recognition;
using EntityGraph.Relations;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Graph analytics on a random graph of 100,000 entities and 1,000,000 relations (seed 1962): 70% of the
/// relations fall inside blocks of 100 entities, the rest between any two, so there are communities to find.
/// Run: <c>dotnet run -c Release --project tests/EntityGraph.Benchmarks -- --filter '*Analytics*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class AnalyticsBenchmarks
{
    private const int Nodes = 100_000;
    private const int Edges = 1_000_000;
    private const int Block = 100;

    private KnowledgeGraph _graph = null!;
    private GraphAnalysis _analysis = null!;

    /// <summary>Builds the random graph and its analysis arrays.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = RandomGraph(Nodes, Edges, seed: 1962);
        _analysis = _graph.Analyze();
    }

    /// <summary>A random knowledge graph: mostly co-occurrence, some directed meetings, weights 1 to 5.</summary>
    public static KnowledgeGraph RandomGraph(int nodes, int edges, int seed)
    {
        var rng = new Random(seed);
        var entities = new Entity[nodes];
        for (int i = 0; i < nodes; i++)
        {
            entities[i] = new Entity("person:" + i.ToString("D6", CultureInfo.InvariantCulture), EntityType.Person, "P" + i.ToString(CultureInfo.InvariantCulture));
        }

        var evidence = new[] { new Evidence("doc", 0, 1) };
        var seen = new HashSet<long>();
        var relations = new List<Relation>(edges);
        while (relations.Count < edges)
        {
            int s = rng.Next(nodes);
            int t = rng.NextDouble() < 0.7 ? ((s / Block) * Block) + rng.Next(Block) : rng.Next(nodes);
            if (s == t)
            {
                continue;
            }

            bool cooccurrence = rng.NextDouble() < 0.8;
            if (cooccurrence && s > t)
            {
                (s, t) = (t, s);
            }

            if (!seen.Add(((long)s * nodes) + t))
            {
                continue;
            }

            relations.Add(new Relation(entities[s], entities[t], cooccurrence ? RelationTypes.MentionedWith : RelationTypes.MetWith, 1 + rng.Next(5), evidence));
        }

        return new KnowledgeGraph(Array.Empty<DocumentRecord>(), entities, relations);
    }

    /// <summary>Building the adjacency arrays from the knowledge graph.</summary>
    [Benchmark]
    public GraphAnalysis BuildIndex() => _graph.Analyze();

    /// <summary>In, out and total degrees, plain and weighted.</summary>
    [Benchmark]
    public int Degrees() => _analysis.Degrees().Count;

    /// <summary>Weighted PageRank to an L1 tolerance of 1e-10.</summary>
    [Benchmark]
    public int PageRank() => _analysis.PageRank().Iterations;

    /// <summary>Betweenness estimated from 64 pivots.</summary>
    [Benchmark]
    public double Betweenness64() => _analysis.Betweenness(new BetweennessOptions { Pivots = 64 }).ErrorBound();

    /// <summary>Louvain communities.</summary>
    [Benchmark]
    public double Louvain() => _analysis.Communities().Modularity;

    /// <summary>Weakly connected components (QuikGraph).</summary>
    [Benchmark]
    public int Components() => _analysis.Components().Count;
}
