using System;
using System.Collections.Generic;
using EntityGraph.Recognition;
using QuikGraph;

namespace EntityGraph.Graph;

/// <summary>
/// The knowledge graph: entities as vertices, typed and weighted relations as edges, and the documents
/// with their mentions. <see cref="Graph"/> exposes it as a QuikGraph graph for QuikGraph's algorithms.
/// Immutable once built; thread-safe for reading.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly Dictionary<string, Entity> _byId;

    /// <summary>Creates a graph from its parts (used by builders and readers).</summary>
    /// <param name="documents">Documents with their mentions.</param>
    /// <param name="entities">Entities; ids must be unique.</param>
    /// <param name="relations">Edges between those entities.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="EntityGraphException">When ids repeat or an edge names an unknown entity.</exception>
    public KnowledgeGraph(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relations);
        Documents = documents;
        Entities = entities;
        Relations = relations;
        _byId = new Dictionary<string, Entity>(entities.Count, StringComparer.Ordinal);
        var graph = new BidirectionalGraph<Entity, Relation>(allowParallelEdges: true, entities.Count);
        foreach (Entity e in entities)
        {
            if (!_byId.TryAdd(e.Id, e))
            {
                throw new EntityGraphException("Duplicate entity id '" + e.Id + "' in the graph.");
            }

            graph.AddVertex(e);
        }

        foreach (Relation r in relations)
        {
            if (!_byId.ContainsKey(r.Source.Id) || !_byId.ContainsKey(r.Target.Id))
            {
                throw new EntityGraphException("Edge " + r + " names an entity that is not in the graph.");
            }

            graph.AddEdge(r);
        }

        Graph = graph;
    }

    /// <summary>The graph as QuikGraph sees it: entities as vertices, relations as directed edges.</summary>
    public IBidirectionalGraph<Entity, Relation> Graph { get; }

    /// <summary>Documents with their mentions, in input order.</summary>
    public IReadOnlyList<DocumentRecord> Documents { get; }

    /// <summary>Entities, sorted by id.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Edges, sorted by source id, target id and type.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>The entity with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">An entity id.</param>
    /// <returns>The entity or null.</returns>
    public Entity? FindEntity(string id) => id is not null && _byId.TryGetValue(id, out Entity? e) ? e : null;

    /// <summary>Builds a graph from extraction results with the default options.</summary>
    /// <param name="results">One result per document.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="results"/> is null.</exception>
    public static KnowledgeGraph Build(IEnumerable<DocumentResult> results) => Build(results, GraphOptions.Default);

    /// <summary>Builds a graph from extraction results.</summary>
    /// <param name="results">One result per document.</param>
    /// <param name="options">How to resolve entities and which edges to make.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static KnowledgeGraph Build(IEnumerable<DocumentResult> results, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        return GraphBuilder.Build(new List<DocumentResult>(results), options);
    }
}
