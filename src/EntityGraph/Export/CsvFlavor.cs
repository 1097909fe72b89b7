namespace EntityGraph.Export;

/// <summary>Which tool the CSV files are laid out for.</summary>
public enum CsvFlavor
{
    /// <summary>
    /// Gephi's spreadsheet import (and pandas): <c>Id,Label,type,...</c> and <c>Source,Target,Type,Weight,relation,...</c>,
    /// where <c>Type</c> is Gephi's edge direction (<c>Directed</c>) and <c>relation</c> is the relation type.
    /// </summary>
    Gephi = 0,

    /// <summary>
    /// <c>neo4j-admin database import</c>: typed headers (<c>id:ID</c>, <c>:LABEL</c>, <c>mentions:int</c>,
    /// <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>), arrays split on <c>;</c> (the tool's default).
    /// </summary>
    Neo4j = 1,
}
