namespace EntityGraph.Export;

/// <summary>Which GEXF version to write.</summary>
public enum GexfVersion
{
    /// <summary>GEXF 1.3 (<c>http://gexf.net/1.3</c>), what Gephi 0.9.3 and later write; edges carry their relation type as <c>kind</c>.</summary>
    V1_3 = 0,

    /// <summary>
    /// GEXF 1.2draft (<c>http://www.gexf.net/1.2draft</c>), the newest version <c>networkx.read_gexf</c> reads;
    /// the same content without the edge <c>kind</c>.
    /// </summary>
    V1_2Draft = 1,
}
