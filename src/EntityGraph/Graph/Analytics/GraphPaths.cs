using System;
using System.Collections.Generic;
using QuikGraph;
using QuikGraph.Algorithms;

namespace EntityGraph.Graph.Analytics;

/// <summary>How <see cref="GraphPaths.ShortestPath"/> measures a path.</summary>
public enum PathWeighting
{
    /// <summary>By the number of relations (hops).</summary>
    Hops = 0,

    /// <summary>By the sum of 1/<see cref="Relation.Weight"/>: strong, often-stated relations are short.
    /// Relations of weight 0 or less are not used.</summary>
    InverseWeight = 1,
}

/// <summary>One step of a <see cref="GraphPath"/>: the relation followed and the direction it was followed in.</summary>
/// <param name="From">The entity the step leaves.</param>
/// <param name="To">The entity the step reaches.</param>
/// <param name="Relation">The relation followed, with its <see cref="Relation.Evidence"/>.</param>
public sealed record PathStep(Entity From, Entity To, Relation Relation)
{
    /// <summary>Whether the relation was followed from its source to its target (false: against its direction).</summary>
    public bool Forward => Relation.Source.Equals(From);

    /// <summary>The evidence for this step: the sentences that state the relation.</summary>
    public IReadOnlyList<Evidence> Evidence => Relation.Evidence;
}

/// <summary>A path between two entities, with the relations and their evidence along it. Immutable.</summary>
/// <param name="Entities">The entities from start to end, both included.</param>
/// <param name="Steps">The relations between consecutive entities (one fewer than <paramref name="Entities"/>).</param>
/// <param name="Cost">The path's length as measured (<see cref="PathWeighting"/>).</param>
public sealed record GraphPath(IReadOnlyList<Entity> Entities, IReadOnlyList<PathStep> Steps, double Cost)
{
    /// <summary>The number of relations on the path.</summary>
    public int Length => Steps.Count;
}

/// <summary>Shortest paths over a <see cref="KnowledgeGraph"/>, computed with QuikGraph's Dijkstra. Thread-safe.</summary>
public static class GraphPaths
{
    /// <summary>
    /// The shortest path between two entities, following relations in either direction (who links whom
    /// matters here, not who acts on whom). Between parallel relations the cheapest is taken, and among equally
    /// cheap ones the first in <see cref="KnowledgeGraph.Relations"/> order.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="fromId">Id of the first entity.</param>
    /// <param name="toId">Id of the last entity.</param>
    /// <param name="weighting">How paths are measured.</param>
    /// <returns>The path, or null when the two are not connected.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="EntityGraphException">When an id names no entity.</exception>
    public static GraphPath? ShortestPath(this KnowledgeGraph graph, string fromId, string toId, PathWeighting weighting = PathWeighting.Hops)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        Entity from = graph.FindEntity(fromId) ?? throw new EntityGraphException("No entity '" + fromId + "' in the graph.");
        Entity to = graph.FindEntity(toId) ?? throw new EntityGraphException("No entity '" + toId + "' in the graph.");
        if (from.Equals(to))
        {
            return new GraphPath([from], Array.Empty<PathStep>(), 0);
        }

        Func<Relation, double> cost = weighting == PathWeighting.InverseWeight
            ? static r => r.Weight > 0 ? 1.0 / r.Weight : double.PositiveInfinity
            : static _ => 1.0;
        var undirected = new UndirectedBidirectionalGraph<Entity, Relation>(graph.Graph);
        TryFunc<Entity, IEnumerable<Relation>> paths = undirected.ShortestPathsDijkstra(cost, from);
        if (!paths(to, out IEnumerable<Relation>? edges) || edges is null)
        {
            return null;
        }

        var entities = new List<Entity> { from };
        var steps = new List<PathStep>();
        double total = 0;
        Entity current = from;
        foreach (Relation r in edges)
        {
            Entity next = r.Source.Equals(current) ? r.Target : r.Source;
            steps.Add(new PathStep(current, next, r));
            entities.Add(next);
            total += cost(r);
            current = next;
        }

        if (!current.Equals(to) || double.IsPositiveInfinity(total))
        {
            return null;
        }

        return new GraphPath(entities, steps, total);
    }
}
