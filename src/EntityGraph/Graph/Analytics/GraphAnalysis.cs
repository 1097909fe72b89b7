using System;
using System.Collections.Generic;
using QuikGraph.Algorithms;

namespace EntityGraph.Graph.Analytics;

/// <summary>
/// A <see cref="KnowledgeGraph"/> prepared for analysis: integer adjacency arrays are built once, so degrees,
/// PageRank, betweenness and communities run fast on graphs of millions of relations. Immutable; every method
/// may be called from several threads at once.
/// </summary>
/// <example>
/// <code>
/// var analysis = graph.Analyze();
/// PageRankResult pr = analysis.PageRank();
/// CommunityResult communities = analysis.Communities();
/// KnowledgeGraph forGephi = analysis.Annotate();   // entities gain community, pagerank, degree, betweenness
/// </code>
/// </example>
public sealed class GraphAnalysis
{
    private readonly GraphIndex _index;

    /// <summary>Prepares a graph for analysis.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">How to read it, or null for <see cref="AnalysisOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="graph"/> is null.</exception>
    public GraphAnalysis(KnowledgeGraph graph, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= AnalysisOptions.Default;
        Graph = graph;
        _index = new GraphIndex(graph, new HashSet<string>(options.UndirectedRelationTypes, StringComparer.Ordinal));
    }

    /// <summary>The graph analysed.</summary>
    public KnowledgeGraph Graph { get; }

    internal GraphIndex Index => _index;

    /// <summary>Every entity's degrees.</summary>
    /// <returns>Degrees by entity id.</returns>
    public IReadOnlyDictionary<string, NodeDegree> Degrees()
    {
        GraphIndex g = _index;
        var result = new Dictionary<string, NodeDegree>(g.N, StringComparer.Ordinal);
        for (int i = 0; i < g.N; i++)
        {
            result[g.Entities[i].Id] = new NodeDegree(
                g.InDegree[i], g.OutDegree[i], g.Degree[i], g.WeightedIn[i], g.WeightedOut[i], g.WeightedDegree[i], g.AdjOffsets[i + 1] - g.AdjOffsets[i]);
        }

        return result;
    }

    /// <summary>
    /// PageRank by power iteration. Links follow relation direction, except that relations of undirected types
    /// (<see cref="AnalysisOptions.UndirectedRelationTypes"/>, by default <c>mentioned_with</c>) link both ways.
    /// An entity without outgoing links (a dangling node) passes its rank to every entity evenly. Weights below
    /// zero count as zero. On a directed 3-cycle every entity scores 1/3.
    /// </summary>
    /// <param name="options">Settings, or null for <see cref="PageRankOptions.Default"/>.</param>
    /// <returns>The scores, which sum to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the damping is outside [0, 1), the tolerance is not positive or the iteration limit is below 1.</exception>
    public PageRankResult PageRank(PageRankOptions? options = null)
    {
        options ??= PageRankOptions.Default;
        if (!(options.Damping >= 0 && options.Damping < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "PageRank damping must lie in [0, 1).");
        }

        if (!(options.Tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "PageRank tolerance must be positive.");
        }

        if (options.MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "PageRank needs at least one iteration.");
        }

        (double[] scores, int iterations, bool converged) = Kernels.PageRank(_index, options.Damping, options.Tolerance, options.MaxIterations, options.Weighted);
        return new PageRankResult(ById(scores), iterations, converged);
    }

    /// <summary>
    /// Betweenness centrality over the undirected graph (relations followed either way, parallel relations
    /// merged), paths counted in hops, each unordered pair counted once (as networkx with
    /// <c>normalized=False</c> on an undirected graph: the centre of a star of n entities scores (n-1)(n-2)/2).
    /// Exact by Brandes' algorithm, O(n·m); for large graphs estimated from a seeded sample of k source entities
    /// (pivots), scaled by n/k. <see cref="BetweennessResult.StandardErrors"/> and
    /// <see cref="BetweennessResult.ErrorBound"/> say how far an estimate may be off.
    /// </summary>
    /// <param name="options">Settings, or null for <see cref="BetweennessOptions.Default"/>.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When a pivot count is below 1.</exception>
    public BetweennessResult Betweenness(BetweennessOptions? options = null)
    {
        options ??= BetweennessOptions.Default;
        int n = _index.N;
        int k = options.Pivots ?? (n <= options.ExactLimit ? n : options.DefaultPivots);
        if ((options.Pivots ?? 1) < 1 || options.DefaultPivots < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Betweenness needs at least one pivot.");
        }

        bool exact = k >= n;
        int[] sources;
        if (exact)
        {
            k = n;
            sources = new int[n];
            for (int i = 0; i < n; i++)
            {
                sources[i] = i;
            }
        }
        else
        {
            // A partial Fisher-Yates shuffle: k distinct pivots, the same for the same seed.
            var all = new int[n];
            for (int i = 0; i < n; i++)
            {
                all[i] = i;
            }

            var rng = new Random(options.Seed);
            for (int i = 0; i < k; i++)
            {
                int j = i + rng.Next(n - i);
                (all[i], all[j]) = (all[j], all[i]);
            }

            sources = all.AsSpan(0, k).ToArray();
        }

        (double[] sum, double[]? sq) = Kernels.Dependencies(_index, sources, squares: !exact);
        double norm = options.Normalized && n > 2 ? 2.0 / ((double)(n - 1) * (n - 2)) : 1.0;
        double scale = (double)n / k / 2 * norm;
        var scores = new double[n];
        var errors = new double[n];
        for (int v = 0; v < n; v++)
        {
            scores[v] = sum[v] * scale;
            if (sq is not null && k > 1)
            {
                double mean = sum[v] / k;
                double variance = Math.Max(0, (sq[v] - (k * mean * mean)) / (k - 1));

                // Standard error of the mean of k draws without replacement from n, scaled like the score.
                errors[v] = (double)n / 2 * norm * Math.Sqrt(variance / k * (n - k) / (n - 1));
            }
        }

        return new BetweennessResult(ById(scores), ById(errors), k, exact, n, options.Normalized && n > 2);
    }

    /// <summary>
    /// Weakly connected components, by QuikGraph's <c>WeaklyConnectedComponentsAlgorithm</c>: largest first,
    /// ties broken by the smallest entity id; each component's entities sorted by id.
    /// </summary>
    /// <returns>The components; every entity is in exactly one.</returns>
    public IReadOnlyList<IReadOnlyList<Entity>> Components()
    {
        var componentOf = new Dictionary<Entity, int>(Graph.Entities.Count);
        int count = Graph.Graph.WeaklyConnectedComponents(componentOf);
        var groups = new List<Entity>[count];
        for (int c = 0; c < count; c++)
        {
            groups[c] = new List<Entity>();
        }

        foreach (Entity e in Graph.Entities)
        {
            groups[componentOf[e]].Add(e);
        }

        foreach (List<Entity> group in groups)
        {
            group.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        }

        Array.Sort(groups, static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a[0].Id, b[0].Id));
        return groups;
    }

    /// <summary>
    /// Communities by Louvain modularity optimisation over the undirected graph weighted by
    /// <see cref="Relation.Weight"/> (parallel relations summed, weights below zero as zero). Deterministic for a
    /// given seed. Entities without relations form communities of their own.
    /// </summary>
    /// <param name="options">Settings, or null for <see cref="CommunityOptions.Default"/>.</param>
    /// <returns>The partition and its modularity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the resolution is not positive or the level limit is below 1.</exception>
    public CommunityResult Communities(CommunityOptions? options = null)
    {
        options ??= CommunityOptions.Default;
        if (!(options.Resolution > 0) || options.MaxLevels < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Louvain needs a positive resolution and at least one level.");
        }

        (int[] membership, double modularity, int levels) = Louvain.Run(_index, options.Resolution, options.Seed, options.MaxLevels);
        int[] numbers = RankBySize(membership, out int count);
        var result = new Dictionary<string, int>(_index.N, StringComparer.Ordinal);
        for (int i = 0; i < _index.N; i++)
        {
            result[_index.Entities[i].Id] = numbers[membership[i]];
        }

        return new CommunityResult(result, count, modularity, levels);
    }

    /// <summary>
    /// A copy of the graph whose entities carry their scores as attributes, ready for Gephi (colour by
    /// <c>community</c>, size by <c>pagerank</c>) or a data frame: <c>degree</c> (int, total),
    /// <c>weighted_degree</c> (double), <c>pagerank</c> (double), <c>betweenness</c> (double, sampled on large
    /// graphs per <see cref="BetweennessOptions"/>), <c>community</c> (int) and <c>component</c> (int, 0 = largest).
    /// Existing attributes of those names are replaced.
    /// </summary>
    /// <param name="options">Settings of each analysis, or null for the defaults.</param>
    /// <returns>The annotated graph.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When an option is out of range (see each analysis).</exception>
    public KnowledgeGraph Annotate(AnnotationOptions? options = null)
    {
        options ??= AnnotationOptions.Default;
        PageRankResult pagerank = PageRank(options.PageRank);
        BetweennessResult betweenness = Betweenness(options.Betweenness);
        CommunityResult communities = Communities(options.Communities);
        IReadOnlyList<IReadOnlyList<Entity>> components = Components();
        var componentOf = new Dictionary<string, int>(_index.N, StringComparer.Ordinal);
        for (int c = 0; c < components.Count; c++)
        {
            foreach (Entity e in components[c])
            {
                componentOf[e.Id] = c;
            }
        }

        var position = new Dictionary<string, int>(_index.N, StringComparer.Ordinal);
        for (int i = 0; i < _index.N; i++)
        {
            position[_index.Entities[i].Id] = i;
        }

        GraphIndex g = _index;
        return GraphFilters.WithEntityAttributes(Graph, e =>
        {
            int i = position[e.Id];
            return
            [
                new("degree", g.Degree[i]),
                new("weighted_degree", g.WeightedDegree[i]),
                new("pagerank", pagerank.Scores[e.Id]),
                new("betweenness", betweenness.Scores[e.Id]),
                new("community", communities.Membership[e.Id]),
                new("component", componentOf[e.Id]),
            ];
        });
    }

    private Dictionary<string, double> ById(double[] values)
    {
        var result = new Dictionary<string, double>(values.Length, StringComparer.Ordinal);
        for (int i = 0; i < values.Length; i++)
        {
            result[_index.Entities[i].Id] = values[i];
        }

        return result;
    }

    /// <summary>Community numbers by size, largest first; ties by first node (entities are sorted by id).</summary>
    private static int[] RankBySize(int[] membership, out int count)
    {
        int n = membership.Length;
        var size = new int[n];
        var first = new int[n];
        Array.Fill(first, int.MaxValue);
        count = 0;
        for (int i = 0; i < n; i++)
        {
            int c = membership[i];
            if (size[c]++ == 0)
            {
                count++;
                first[c] = i;
            }
        }

        var labels = new List<int>(count);
        for (int c = 0; c < n; c++)
        {
            if (size[c] > 0)
            {
                labels.Add(c);
            }
        }

        labels.Sort((a, b) => size[a] != size[b] ? size[b].CompareTo(size[a]) : first[a].CompareTo(first[b]));
        var numbers = new int[n];
        for (int r = 0; r < labels.Count; r++)
        {
            numbers[labels[r]] = r;
        }

        return numbers;
    }
}

/// <summary>Entry points for analysing a <see cref="KnowledgeGraph"/>.</summary>
public static class GraphAnalysisExtensions
{
    /// <summary>Prepares the graph for analysis (builds its adjacency arrays once).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">How to read it, or null for the defaults.</param>
    /// <returns>The analysis object.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="graph"/> is null.</exception>
    public static GraphAnalysis Analyze(this KnowledgeGraph graph, AnalysisOptions? options = null) => new(graph, options);

    /// <summary>Shorthand for <c>graph.Analyze().Annotate()</c>: entities gain <c>community</c>, <c>pagerank</c>,
    /// <c>degree</c>, <c>weighted_degree</c>, <c>betweenness</c> and <c>component</c> attributes.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The annotated graph.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="graph"/> is null.</exception>
    public static KnowledgeGraph Annotate(this KnowledgeGraph graph) => new GraphAnalysis(graph).Annotate();

    /// <summary>The document–entity bipartite view of the graph and its one-mode projections.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="graph"/> is null.</exception>
    public static DocumentEntityView ToDocumentEntityView(this KnowledgeGraph graph) => new(graph);
}
