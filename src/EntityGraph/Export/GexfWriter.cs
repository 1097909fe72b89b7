using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using EntityGraph.Graph;
using EntityGraph.Recognition;

namespace EntityGraph.Export;

/// <summary>
/// Writes GEXF for Gephi: typed attribute columns, colour by entity type, size by mention count, geocoded places
/// at their longitude/latitude, and a dynamic graph whose spells come from the dates of the evidence, so
/// Gephi's timeline can play the collection.
/// </summary>
internal static class GexfWriter
{
    public const string Namespace13 = "http://gexf.net/1.3";
    public const string Viz13 = "http://gexf.net/1.3/viz";
    public const string Namespace12 = "http://www.gexf.net/1.2draft";
    public const string Viz12 = "http://www.gexf.net/1.2draft/viz";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(KnowledgeGraph graph, Stream stream, GexfVersion version)
    {
        List<AttributeColumn> nodeColumns = AttributeColumns.ForNodes(graph);
        List<AttributeColumn> edgeColumns = AttributeColumns.ForEdges(graph);
        bool v13 = version == GexfVersion.V1_3;
        string ns = v13 ? Namespace13 : Namespace12, viz = v13 ? Viz13 : Viz12;

        // Node spells: the union of the days of their edges, and for date nodes the days they name.
        var edgeDays = new List<List<DayRange>>(graph.Relations.Count);
        var nodeDays = new Dictionary<string, List<DayRange>>(StringComparer.Ordinal);
        foreach (Relation r in graph.Relations)
        {
            List<DayRange> days = TimexRange.ForEdge(r);
            edgeDays.Add(days);
            AddDays(nodeDays, r.Source.Id, days);
            AddDays(nodeDays, r.Target.Id, days);
        }

        var ids = new IdMap(graph.Entities, ExportText.ForXml);
        using XmlWriter w = XmlWriter.Create(stream, GraphMLWriter.Settings());
        w.WriteStartDocument();
        w.WriteStartElement("gexf", ns);
        w.WriteAttributeString("xmlns", "viz", null, viz);
        w.WriteAttributeString("xmlns", "xsi", null, Xsi);
        w.WriteAttributeString("schemaLocation", Xsi, ns + " " + ns + "/gexf.xsd");
        w.WriteAttributeString("version", v13 ? "1.3" : "1.2");
        w.WriteStartElement("meta", ns);
        w.WriteElementString("creator", ns, "EntityGraph");
        w.WriteElementString("description", ns, "People, places, agencies and dates found in "
            + graph.Documents.Count.ToString(CultureInfo.InvariantCulture) + " documents, linked by the relations stated in them.");
        w.WriteEndElement();

        w.WriteStartElement("graph", ns);
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteAttributeString("mode", "dynamic");
        w.WriteAttributeString("timeformat", "date");

        string[] nodeFixed = ["type", "aliases", "mentions", "documents", "value"];
        string[] nodeFixedTypes = ["string", "string", "integer", "integer", "string"];
        Declare(w, ns, "node", nodeFixed, nodeFixedTypes, nodeColumns);
        string[] edgeFixed = ["relation", "evidence"];
        string[] edgeFixedTypes = ["string", "string"];
        Declare(w, ns, "edge", edgeFixed, edgeFixedTypes, edgeColumns);

        w.WriteStartElement("nodes", ns);
        foreach (Entity e in graph.Entities)
        {
            w.WriteStartElement("node", ns);
            w.WriteAttributeString("id", ids[e.Id]);
            w.WriteAttributeString("label", ExportText.ForXml(e.Label));
            w.WriteStartElement("attvalues", ns);
            AttValue(w, ns, 0, e.Type.ToName());
            if (e.Aliases.Count > 0)
            {
                AttValue(w, ns, 1, ExportText.JoinAliases(e.Aliases));
            }

            AttValue(w, ns, 2, e.MentionCount.ToString(CultureInfo.InvariantCulture));
            AttValue(w, ns, 3, e.DocumentCount.ToString(CultureInfo.InvariantCulture));
            if (e.Value is not null)
            {
                AttValue(w, ns, 4, e.Value);
            }

            AttValues(w, ns, nodeFixed.Length, nodeColumns, e.Attributes);
            w.WriteEndElement();

            List<DayRange> days = nodeDays.GetValueOrDefault(e.Id) ?? [];
            if (e.Type == EntityType.Date && TimexRange.TryParse(e.Value ?? e.Label, out DayRange own))
            {
                days = [.. days, own];
            }

            Spells(w, ns, TimexRange.Merge(days));
            (byte r, byte g, byte b) = NodeStyle.Color(e.Type);
            w.WriteStartElement("viz", "color", viz);
            w.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("g", g.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("b", b.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
            if (NodeStyle.TryGetCoordinates(e, out double lat, out double lon))
            {
                w.WriteStartElement("viz", "position", viz);
                w.WriteAttributeString("x", AttributeColumns.FormatDouble(Math.Round(lon * NodeStyle.DegreesToLayout, 6)));
                w.WriteAttributeString("y", AttributeColumns.FormatDouble(Math.Round(lat * NodeStyle.DegreesToLayout, 6)));
                w.WriteAttributeString("z", "0");
                w.WriteEndElement();
            }

            w.WriteStartElement("viz", "size", viz);
            w.WriteAttributeString("value", AttributeColumns.FormatDouble(NodeStyle.Size(e.MentionCount)));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();

        w.WriteStartElement("edges", ns);
        for (int i = 0; i < graph.Relations.Count; i++)
        {
            Relation rel = graph.Relations[i];
            AttributeColumns.RequireFinite(rel.Weight, "Edge " + rel + ": weight");
            w.WriteStartElement("edge", ns);
            w.WriteAttributeString("id", i.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", ids[rel.Source.Id]);
            w.WriteAttributeString("target", ids[rel.Target.Id]);
            w.WriteAttributeString("label", ExportText.ForXml(rel.Type));
            if (v13)
            {
                w.WriteAttributeString("kind", ExportText.ForXml(rel.Type));
            }

            w.WriteAttributeString("weight", AttributeColumns.FormatDouble(rel.Weight));
            w.WriteStartElement("attvalues", ns);
            AttValue(w, ns, 0, rel.Type);
            AttValue(w, ns, 1, ExportText.CompactEvidence(rel.Evidence));
            AttValues(w, ns, edgeFixed.Length, edgeColumns, rel.Attributes);
            w.WriteEndElement();
            Spells(w, ns, edgeDays[i]);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void AddDays(Dictionary<string, List<DayRange>> nodeDays, string id, List<DayRange> days)
    {
        if (days.Count == 0)
        {
            return;
        }

        if (!nodeDays.TryGetValue(id, out List<DayRange>? list))
        {
            list = [];
            nodeDays[id] = list;
        }

        list.AddRange(days);
    }

    private static void Declare(XmlWriter w, string ns, string @class, string[] names, string[] types, List<AttributeColumn> columns)
    {
        w.WriteStartElement("attributes", ns);
        w.WriteAttributeString("class", @class);
        w.WriteAttributeString("mode", "static");
        for (int i = 0; i < names.Length; i++)
        {
            Attribute(w, ns, i, names[i], types[i]);
        }

        for (int i = 0; i < columns.Count; i++)
        {
            Attribute(w, ns, names.Length + i, ExportText.ForXml(columns[i].Name), TypeName(columns[i].Kind));
        }

        w.WriteEndElement();
    }

    private static void Attribute(XmlWriter w, string ns, int id, string title, string type)
    {
        w.WriteStartElement("attribute", ns);
        w.WriteAttributeString("id", id.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("title", title);
        w.WriteAttributeString("type", type);
        w.WriteEndElement();
    }

    private static void AttValues(XmlWriter w, string ns, int first, List<AttributeColumn> columns, IReadOnlyDictionary<string, object> attributes)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            if (attributes.TryGetValue(columns[i].Name, out object? value) && value is not null)
            {
                AttValue(w, ns, first + i, AttributeColumns.Format(value));
            }
        }
    }

    private static void AttValue(XmlWriter w, string ns, int id, string value)
    {
        w.WriteStartElement("attvalue", ns);
        w.WriteAttributeString("for", id.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("value", ExportText.ForXml(value));
        w.WriteEndElement();
    }

    private static void Spells(XmlWriter w, string ns, List<DayRange> days)
    {
        if (days.Count == 0)
        {
            return;
        }

        w.WriteStartElement("spells", ns);
        foreach (DayRange d in days)
        {
            w.WriteStartElement("spell", ns);
            w.WriteAttributeString("start", d.StartText);
            w.WriteAttributeString("end", d.EndText);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static string TypeName(AttributeKind kind) => kind switch
    {
        AttributeKind.Boolean => "boolean",
        AttributeKind.Int => "integer",
        AttributeKind.Long => "long",
        AttributeKind.Double => "double",
        _ => "string",
    };
}
