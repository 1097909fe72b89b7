using System;
using System.Collections.Generic;

namespace EntityGraph.Graph.Analytics;

/// <summary>How <see cref="GraphAnalysis"/> reads the graph. Immutable.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: <c>mentioned_with</c> is undirected.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>
    /// Relation types without a meaningful direction. Each such relation counts as an arc both ways for
    /// in/out degrees and PageRank; the others count in their own direction. Default: <c>mentioned_with</c>
    /// (co-occurrence edges are stored from the smaller id to the larger, which says nothing about the world).
    /// </summary>
    public IReadOnlyCollection<string> UndirectedRelationTypes { get; init; } = [Relations.RelationTypes.MentionedWith];
}

/// <summary>PageRank settings. Immutable.</summary>
public sealed record PageRankOptions
{
    /// <summary>The defaults: damping 0.85, weighted, tolerance 1e-10, at most 200 iterations.</summary>
    public static PageRankOptions Default { get; } = new();

    /// <summary>The probability of following a link rather than jumping anywhere. Default 0.85.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>Iteration stops when the scores change by less than this in total (L1 norm). Default 1e-10.</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>The most power iterations. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Whether links are followed in proportion to <see cref="Relation.Weight"/> (else all alike). Default true.</summary>
    public bool Weighted { get; init; } = true;
}

/// <summary>PageRank scores. Immutable.</summary>
/// <param name="Scores">Score by entity id; they sum to 1.</param>
/// <param name="Iterations">Power iterations run.</param>
/// <param name="Converged">Whether the tolerance was reached within the iteration limit.</param>
public sealed record PageRankResult(IReadOnlyDictionary<string, double> Scores, int Iterations, bool Converged);

/// <summary>Betweenness settings. Immutable.</summary>
public sealed record BetweennessOptions
{
    /// <summary>The defaults: exact up to 2,000 entities, otherwise 128 pivots, seed 42, not normalised.</summary>
    public static BetweennessOptions Default { get; } = new();

    /// <summary>
    /// How many source entities (pivots) to sample. Null: exact when the graph has at most
    /// <see cref="ExactLimit"/> entities, otherwise <see cref="DefaultPivots"/>. A number at least the entity
    /// count gives the exact values.
    /// </summary>
    public int? Pivots { get; init; }

    /// <summary>The largest graph computed exactly when <see cref="Pivots"/> is null. Default 2,000.</summary>
    public int ExactLimit { get; init; } = 2000;

    /// <summary>Pivots used for larger graphs when <see cref="Pivots"/> is null. Default 128.</summary>
    public int DefaultPivots { get; init; } = 128;

    /// <summary>Seed of the pivot sample, so runs repeat. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Whether scores are divided by the number of pairs of other entities, (n-1)(n-2)/2, to lie in [0, 1]. Default false.</summary>
    public bool Normalized { get; init; }
}

/// <summary>
/// Betweenness centrality: for each entity, the number of pairs of other entities whose shortest paths run
/// through it (each path's share when there are several), over the undirected graph counted in hops.
/// Immutable.
/// </summary>
/// <param name="Scores">Score by entity id (an estimate when <paramref name="Exact"/> is false).</param>
/// <param name="StandardErrors">Estimated standard error of each score (0 when exact).</param>
/// <param name="Pivots">Sources used: the entity count when exact.</param>
/// <param name="Exact">Whether every entity was a source.</param>
/// <param name="EntityCount">The number of entities.</param>
/// <param name="Normalized">Whether scores were divided by (n-1)(n-2)/2.</param>
public sealed record BetweennessResult(
    IReadOnlyDictionary<string, double> Scores,
    IReadOnlyDictionary<string, double> StandardErrors,
    int Pivots,
    bool Exact,
    int EntityCount,
    bool Normalized)
{
    /// <summary>
    /// A bound on any one entity's sampling error that holds with probability <paramref name="confidence"/>:
    /// each pivot s adds a dependency δ_s(v) in [0, n-2], so by Hoeffding's inequality (which also holds for
    /// sampling without replacement) |estimate − exact| ≤ (n/2)(n−2)·√(ln(2/(1−confidence)) / (2k)) for k pivots,
    /// in the scale of <see cref="Scores"/>. Normalised, that is about √(ln(2/(1−confidence)) / (2k)):
    /// ±0.17 for 64 pivots and ±0.12 for 128 at 95%. For a bound on all entities at once, pass
    /// 1 − (1 − confidence)/n. The bound is loose; <see cref="StandardErrors"/> is usually far smaller.
    /// </summary>
    /// <param name="confidence">The probability the bound holds, in (0, 1). Default 0.95.</param>
    /// <returns>The bound; 0 when exact.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="confidence"/> is not in (0, 1).</exception>
    public double ErrorBound(double confidence = 0.95)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), "The confidence must lie strictly between 0 and 1.");
        }

        if (Exact || EntityCount < 3)
        {
            return 0;
        }

        double n = EntityCount;
        double bound = (n / 2) * (n - 2) * Math.Sqrt(Math.Log(2 / (1 - confidence)) / (2.0 * Pivots));
        return Normalized ? bound / ((n - 1) * (n - 2) / 2) : bound;
    }
}

/// <summary>Community detection settings. Immutable.</summary>
public sealed record CommunityOptions
{
    /// <summary>The defaults: resolution 1, seed 42, at most 20 levels.</summary>
    public static CommunityOptions Default { get; } = new();

    /// <summary>Modularity resolution γ: above 1 gives more, smaller communities. Default 1.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>Seed of the node order, so runs repeat. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The most aggregation levels. Default 20.</summary>
    public int MaxLevels { get; init; } = 20;
}

/// <summary>Communities found by Louvain modularity optimisation. Immutable.</summary>
/// <param name="Membership">Community number by entity id: 0 is the largest community, ties broken by the smallest entity id.</param>
/// <param name="Count">The number of communities.</param>
/// <param name="Modularity">Newman's modularity of the partition (with the resolution used) over the undirected weighted graph.</param>
/// <param name="Levels">Aggregation levels run.</param>
public sealed record CommunityResult(IReadOnlyDictionary<string, int> Membership, int Count, double Modularity, int Levels);

/// <summary>
/// An entity's degrees. Each relation counts once in <see cref="Total"/> for each end; in <see cref="In"/>
/// and <see cref="Out"/> a relation of an undirected type (<see cref="AnalysisOptions.UndirectedRelationTypes"/>)
/// counts at both ends, so <see cref="Total"/> can be less than <see cref="In"/> + <see cref="Out"/>.
/// Parallel relations (several types between the same pair) count separately.
/// </summary>
/// <param name="In">Incoming relations.</param>
/// <param name="Out">Outgoing relations.</param>
/// <param name="Total">Incident relations.</param>
/// <param name="WeightedIn">Sum of the incoming relations' weights.</param>
/// <param name="WeightedOut">Sum of the outgoing relations' weights.</param>
/// <param name="WeightedTotal">Sum of the incident relations' weights.</param>
/// <param name="Neighbors">Distinct entities linked to it in either direction.</param>
public readonly record struct NodeDegree(int In, int Out, int Total, double WeightedIn, double WeightedOut, double WeightedTotal, int Neighbors);

/// <summary>What <see cref="GraphAnalysis.Annotate"/> computes. Immutable.</summary>
public sealed record AnnotationOptions
{
    /// <summary>The defaults of each analysis.</summary>
    public static AnnotationOptions Default { get; } = new();

    /// <summary>PageRank settings.</summary>
    public PageRankOptions PageRank { get; init; } = PageRankOptions.Default;

    /// <summary>Betweenness settings; large graphs are sampled by default.</summary>
    public BetweennessOptions Betweenness { get; init; } = BetweennessOptions.Default;

    /// <summary>Community settings.</summary>
    public CommunityOptions Communities { get; init; } = CommunityOptions.Default;
}
