using System;
using System.Collections.Generic;
using QuikGraph;

namespace EntityGraph.Graph.Analytics;

/// <summary>A vertex of the document–entity graph: a document id or an entity id, kept apart by
/// <see cref="IsDocument"/> so the two id spaces may overlap. Equality is by value.</summary>
/// <param name="Id">The document id or entity id.</param>
/// <param name="IsDocument">Whether it is a document.</param>
public sealed record BipartiteVertex(string Id, bool IsDocument)
{
    /// <inheritdoc />
    public override string ToString() => (IsDocument ? "doc:" : "") + Id;
}

/// <summary>
/// The documents and the entities they mention, as a bipartite QuikGraph graph, and its two one-mode
/// projections. These are QuikGraph graphs rather than <see cref="KnowledgeGraph"/>s because a document is not
/// an entity and a shared document is not a stated relation; QuikGraph's algorithms run on them directly.
/// Built from <see cref="KnowledgeGraph.Documents"/>' mentions, so filter the graph first
/// (<see cref="GraphFilters.WithEntityTypes"/>) to leave dates out. Immutable; thread-safe for reading.
/// </summary>
public sealed class DocumentEntityView
{
    private readonly KnowledgeGraph _graph;
    private readonly List<string> _documents = new();
    private readonly List<int[]> _entitiesOfDocument = new();

    /// <summary>Builds the view of a graph.</summary>
    /// <param name="graph">The graph; mentions of entities it does not hold are ignored.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="graph"/> is null.</exception>
    public DocumentEntityView(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        var position = new Dictionary<string, int>(graph.Entities.Count, StringComparer.Ordinal);
        for (int i = 0; i < graph.Entities.Count; i++)
        {
            position[graph.Entities[i].Id] = i;
        }

        var bipartite = new BidirectionalGraph<BipartiteVertex, TaggedEdge<BipartiteVertex, double>>(allowParallelEdges: false);
        var entityVertices = new BipartiteVertex[graph.Entities.Count];
        for (int i = 0; i < entityVertices.Length; i++)
        {
            entityVertices[i] = new BipartiteVertex(graph.Entities[i].Id, false);
        }

        var seenDocuments = new HashSet<string>(StringComparer.Ordinal);
        var counts = new SortedDictionary<int, int>();
        foreach (DocumentRecord d in graph.Documents)
        {
            // A repeated document id would make two vertices equal; the first record wins.
            if (!seenDocuments.Add(d.Id))
            {
                continue;
            }

            counts.Clear();
            foreach (MentionRecord m in d.Mentions)
            {
                if (position.TryGetValue(m.Entity, out int i))
                {
                    counts[i] = counts.GetValueOrDefault(i) + 1;
                }
            }

            var doc = new BipartiteVertex(d.Id, true);
            bipartite.AddVertex(doc);
            var entities = new int[counts.Count];
            int k = 0;
            foreach (KeyValuePair<int, int> kv in counts)
            {
                entities[k++] = kv.Key;
                bipartite.AddVertex(entityVertices[kv.Key]);
                bipartite.AddEdge(new TaggedEdge<BipartiteVertex, double>(doc, entityVertices[kv.Key], kv.Value));
            }

            _documents.Add(d.Id);
            _entitiesOfDocument.Add(entities);
        }

        Graph = bipartite;
    }

    /// <summary>
    /// The bipartite graph: every document and every mentioned entity as vertices, an edge from each document to
    /// each entity it mentions, tagged with the number of mentions. Documents come first, in input order.
    /// </summary>
    public IBidirectionalGraph<BipartiteVertex, TaggedEdge<BipartiteVertex, double>> Graph { get; }

    /// <summary>
    /// Entity–entity projection: two entities are linked when they are mentioned in the same document, the edge
    /// tagged with the number of documents they share (not with mention counts). Every entity of the graph is
    /// a vertex, in id order, including those never mentioned.
    /// </summary>
    /// <param name="minShared">The fewest shared documents that make an edge. Default 1.</param>
    /// <returns>The projection; each edge goes from the smaller id to the larger.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="minShared"/> is below 1.</exception>
    public IUndirectedGraph<Entity, TaggedEdge<Entity, double>> EntityProjection(int minShared = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minShared, 1);
        var result = new UndirectedGraph<Entity, TaggedEdge<Entity, double>>(allowParallelEdges: true);
        result.AddVertexRange(_graph.Entities);
        foreach (KeyValuePair<(int, int), int> kv in CountPairs(_entitiesOfDocument))
        {
            if (kv.Value >= minShared)
            {
                result.AddEdge(new TaggedEdge<Entity, double>(_graph.Entities[kv.Key.Item1], _graph.Entities[kv.Key.Item2], kv.Value));
            }
        }

        return result;
    }

    /// <summary>
    /// Document–document projection: two documents are linked when they mention the same entity, the edge tagged
    /// with the number of distinct entities they share. Vertices are document ids in input order.
    /// </summary>
    /// <param name="minShared">The fewest shared entities that make an edge. Default 1.</param>
    /// <returns>The projection; each edge goes from the earlier document to the later.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="minShared"/> is below 1.</exception>
    public IUndirectedGraph<string, TaggedEdge<string, double>> DocumentProjection(int minShared = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minShared, 1);
        var documentsOfEntity = new List<int>[_graph.Entities.Count];
        for (int d = 0; d < _entitiesOfDocument.Count; d++)
        {
            foreach (int e in _entitiesOfDocument[d])
            {
                (documentsOfEntity[e] ??= new List<int>()).Add(d);
            }
        }

        var groups = new List<int[]>(documentsOfEntity.Length);
        foreach (List<int>? docs in documentsOfEntity)
        {
            if (docs is { Count: > 1 })
            {
                groups.Add(docs.ToArray());
            }
        }

        var result = new UndirectedGraph<string, TaggedEdge<string, double>>(allowParallelEdges: true);
        result.AddVertexRange(_documents);
        foreach (KeyValuePair<(int, int), int> kv in CountPairs(groups))
        {
            if (kv.Value >= minShared)
            {
                result.AddEdge(new TaggedEdge<string, double>(_documents[kv.Key.Item1], _documents[kv.Key.Item2], kv.Value));
            }
        }

        return result;
    }

    /// <summary>How many groups each pair of members shares; members of a group are ascending and distinct.</summary>
    private static SortedDictionary<(int, int), int> CountPairs(List<int[]> groups)
    {
        var counts = new SortedDictionary<(int, int), int>();
        foreach (int[] members in groups)
        {
            for (int a = 0; a < members.Length; a++)
            {
                for (int b = a + 1; b < members.Length; b++)
                {
                    (int, int) key = (members[a], members[b]);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts;
    }
}
