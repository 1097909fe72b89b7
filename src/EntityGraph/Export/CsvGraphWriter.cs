using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using EntityGraph.Graph;
using EntityGraph.Recognition;

namespace EntityGraph.Export;

/// <summary>
/// Writes <c>nodes.csv</c> and <c>edges.csv</c>: RFC 4180 (comma separated, CRLF line ends, fields with a comma,
/// quote or line break quoted, quotes doubled), UTF-8 without BOM so pandas' first column is not renamed.
/// Control characters become spaces, since one logical row per line is what spreadsheet importers expect.
/// </summary>
internal static class CsvGraphWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(KnowledgeGraph graph, Stream nodes, Stream edges, CsvFlavor flavor)
    {
        List<AttributeColumn> nodeColumns = AttributeColumns.ForNodes(graph);
        List<AttributeColumn> edgeColumns = AttributeColumns.ForEdges(graph);
        bool neo4j = flavor == CsvFlavor.Neo4j;

        using (var w = new StreamWriter(nodes, Utf8NoBom, 1 << 16, leaveOpen: true))
        {
            var header = new List<string>(neo4j
                ? ["id:ID", ":LABEL", "label", "type", "aliases:string[]", "mentions:int", "documents:int", "value"]
                : ["Id", "Label", "type", "aliases", "mentions", "documents", "value"]);
            AddColumns(header, nodeColumns, neo4j);
            Row(w, header);
            var row = new List<string>(header.Count);
            foreach (Entity e in graph.Entities)
            {
                row.Clear();
                row.Add(e.Id);
                if (neo4j)
                {
                    row.Add(ExportText.TypeLabel(e.Type));
                }

                row.Add(e.Label);
                row.Add(e.Type.ToName());
                row.Add(neo4j ? string.Join(";", e.Aliases) : ExportText.JoinAliases(e.Aliases));
                row.Add(e.MentionCount.ToString(CultureInfo.InvariantCulture));
                row.Add(e.DocumentCount.ToString(CultureInfo.InvariantCulture));
                row.Add(e.Value ?? "");
                AddValues(row, nodeColumns, e.Attributes);
                Row(w, row);
            }
        }

        using (var w = new StreamWriter(edges, Utf8NoBom, 1 << 16, leaveOpen: true))
        {
            bool hasStart = edgeColumns.Exists(static c => c.Name == "start");
            bool hasEnd = edgeColumns.Exists(static c => c.Name == "end");
            var header = new List<string>(neo4j
                ? [":START_ID", ":END_ID", ":TYPE", "relation", "weight:double", "evidence"]
                : ["Source", "Target", "Type", "Id", "Label", "Weight", "relation", "evidence"]);
            if (!hasStart)
            {
                header.Add("start");
            }

            if (!hasEnd)
            {
                header.Add("end");
            }

            AddColumns(header, edgeColumns, neo4j);
            Row(w, header);
            var row = new List<string>(header.Count);
            for (int i = 0; i < graph.Relations.Count; i++)
            {
                Relation r = graph.Relations[i];
                AttributeColumns.RequireFinite(r.Weight, "Edge " + r + ": weight");
                row.Clear();
                row.Add(r.Source.Id);
                row.Add(r.Target.Id);
                if (neo4j)
                {
                    row.Add(r.Type.ToUpperInvariant());
                }
                else
                {
                    row.Add("Directed");
                    row.Add(i.ToString(CultureInfo.InvariantCulture));
                    row.Add(r.Type);
                }

                if (neo4j)
                {
                    row.Add(r.Type);
                    row.Add(AttributeColumns.FormatDouble(r.Weight));
                }
                else
                {
                    row.Add(AttributeColumns.FormatDouble(r.Weight));
                    row.Add(r.Type);
                }

                row.Add(ExportText.CompactEvidence(r.Evidence));
                List<DayRange> days = TimexRange.ForEdge(r);
                if (!hasStart)
                {
                    row.Add(days.Count > 0 ? days[0].StartText : "");
                }

                if (!hasEnd)
                {
                    row.Add(days.Count > 0 ? days[^1].EndText : "");
                }

                AddValues(row, edgeColumns, r.Attributes);
                Row(w, row);
            }
        }
    }

    private static void AddColumns(List<string> header, List<AttributeColumn> columns, bool neo4j)
    {
        foreach (AttributeColumn c in columns)
        {
            string name = c.Name.Replace(':', '_');
            header.Add(neo4j ? name + ":" + Neo4jType(c.Kind) : name);
        }
    }

    private static void AddValues(List<string> row, List<AttributeColumn> columns, IReadOnlyDictionary<string, object> attributes)
    {
        foreach (AttributeColumn c in columns)
        {
            row.Add(attributes.TryGetValue(c.Name, out object? v) && v is not null ? AttributeColumns.Format(v) : "");
        }
    }

    private static string Neo4jType(AttributeKind kind) => kind switch
    {
        AttributeKind.Boolean => "boolean",
        AttributeKind.Int => "int",
        AttributeKind.Long => "long",
        AttributeKind.Double => "double",
        _ => "string",
    };

    private static void Row(TextWriter w, List<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                w.Write(',');
            }

            string f = ExportText.OneLine(fields[i]);
            if (f.AsSpan().IndexOfAny(",\"") >= 0 || (f.Length > 0 && (f[0] == ' ' || f[^1] == ' ')))
            {
                w.Write('"');
                w.Write(f.Replace("\"", "\"\"", StringComparison.Ordinal));
                w.Write('"');
            }
            else
            {
                w.Write(f);
            }
        }

        w.Write("\r\n");
    }
}
