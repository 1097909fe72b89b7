using System;
using System.IO;
using EntityGraph.Graph;

namespace EntityGraph.Export;

/// <summary>
/// Writes a <see cref="KnowledgeGraph"/> in the formats graph tools read: <c>graph.json</c> (EntityGraph's own),
/// GraphML, GEXF, CSV and networkx node-link JSON. Every writer is deterministic (same graph, same bytes), writes
/// UTF-8 without BOM, leaves the stream open, and replaces characters a format cannot hold (for XML: control
/// characters, lone surrogates, U+FFFE/U+FFFF) with U+FFFD. Stateless and thread-safe; each call needs its own stream.
/// </summary>
public static class GraphExport
{
    /// <summary>Writes <c>graph.json</c> (see <see cref="GraphJson"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="EntityGraphException">When an attribute name is reserved, a value is of an unsupported type, or a number is not finite.</exception>
    public static void WriteJson(this KnowledgeGraph graph, Stream stream) => GraphJson.Write(graph, stream);

    /// <summary>
    /// Writes GraphML: nodes with <c>label</c>, <c>type</c>, <c>aliases</c> (<c>|</c>-joined), <c>mentions</c>,
    /// <c>documents</c>, <c>value</c>, <c>size</c>, <c>r</c>/<c>g</c>/<c>b</c> and their attributes; edges with
    /// <c>type</c>, <c>label</c>, <c>weight</c>, <c>evidence</c> (<c>doc@start-end|...</c>), <c>start</c>/<c>end</c>
    /// dates and their attributes. Node ids that are not XML name tokens are escaped as <c>_xHHHH_</c>.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="EntityGraphException">When an attribute name is reserved, a value is of an unsupported type, or a number is not finite.</exception>
    public static void WriteGraphML(this KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        GraphMLWriter.Write(graph, stream);
    }

    /// <summary>
    /// Writes GEXF as a dynamic graph (<c>timeformat="date"</c>) with node and edge spells taken from the dates
    /// of the evidence, colour by entity type, size by mention count and, for places with <c>latitude</c> and
    /// <c>longitude</c> attributes, a position (x = 10 × longitude, y = 10 × latitude).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="version">GEXF 1.3 (default, for Gephi) or 1.2draft (for <c>networkx.read_gexf</c>).</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="version"/> is not defined.</exception>
    /// <exception cref="EntityGraphException">When an attribute name is reserved, a value is of an unsupported type, or a number is not finite.</exception>
    public static void WriteGexf(this KnowledgeGraph graph, Stream stream, GexfVersion version = GexfVersion.V1_3)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        if (version is not (GexfVersion.V1_3 or GexfVersion.V1_2Draft))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "Unknown GEXF version.");
        }

        GexfWriter.Write(graph, stream, version);
    }

    /// <summary>Writes <c>nodes.csv</c> and <c>edges.csv</c> (RFC 4180) for Gephi's spreadsheet import, pandas or neo4j-admin.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="nodes">Where to write the nodes; left open.</param>
    /// <param name="edges">Where to write the edges; left open.</param>
    /// <param name="flavor">Which tool's headers to write.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="flavor"/> is not defined.</exception>
    /// <exception cref="EntityGraphException">When an attribute name is reserved, a value is of an unsupported type, or a number is not finite.</exception>
    public static void WriteCsv(this KnowledgeGraph graph, Stream nodes, Stream edges, CsvFlavor flavor = CsvFlavor.Gephi)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        if (flavor is not (CsvFlavor.Gephi or CsvFlavor.Neo4j))
        {
            throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "Unknown CSV flavour.");
        }

        CsvGraphWriter.Write(graph, nodes, edges, flavor);
    }

    /// <summary>
    /// Writes networkx node-link JSON: <c>{"directed": true, "multigraph": true, "graph": {...}, "nodes": [...], "links": [...]}</c>,
    /// read by <c>networkx.node_link_graph(data, edges="links")</c> (or <c>node_link_graph(data)</c> before networkx 3.4).
    /// Edge keys are relation types, so parallel edges of different types stay apart.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="EntityGraphException">When an attribute name is reserved, a value is of an unsupported type, or a number is not finite.</exception>
    public static void WriteNodeLinkJson(this KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        NodeLinkJsonWriter.Write(graph, stream);
    }
}
