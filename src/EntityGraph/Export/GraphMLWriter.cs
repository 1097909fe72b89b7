using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using EntityGraph.Graph;
using EntityGraph.Recognition;

namespace EntityGraph.Export;

/// <summary>
/// Writes GraphML for Gephi, networkx, igraph and yEd. Keys are declared first, in a fixed order, with the
/// names Gephi recognises (<c>label</c>, <c>weight</c>, <c>size</c>, <c>r</c>/<c>g</c>/<c>b</c>, <c>start</c>/<c>end</c>);
/// no key is named <c>id</c>, which igraph and networkx keep for the element id.
/// </summary>
internal static class GraphMLWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private sealed record Key(string Id, string For, string Name, string Type);

    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        List<AttributeColumn> nodeColumns = AttributeColumns.ForNodes(graph);
        List<AttributeColumn> edgeColumns = AttributeColumns.ForEdges(graph);
        bool edgeStartAttr = edgeColumns.Exists(static c => c.Name == "start");
        bool edgeEndAttr = edgeColumns.Exists(static c => c.Name == "end");

        var keys = new List<Key>();
        Key Add(string @for, string name, string type)
        {
            var k = new Key("d" + keys.Count.ToString(CultureInfo.InvariantCulture), @for, name, type);
            keys.Add(k);
            return k;
        }

        Key nLabel = Add("node", "label", "string"), nType = Add("node", "type", "string"), nAliases = Add("node", "aliases", "string"),
            nMentions = Add("node", "mentions", "int"), nDocuments = Add("node", "documents", "int"), nValue = Add("node", "value", "string"),
            nSize = Add("node", "size", "double"), nR = Add("node", "r", "int"), nG = Add("node", "g", "int"), nB = Add("node", "b", "int");
        var nodeKeys = new List<(AttributeColumn Column, Key Key)>();
        foreach (AttributeColumn c in nodeColumns)
        {
            nodeKeys.Add((c, Add("node", IdMap.NmToken(c.Name), TypeName(c.Kind))));
        }

        Key eType = Add("edge", "type", "string"), eLabel = Add("edge", "label", "string"), eWeight = Add("edge", "weight", "double"),
            eEvidence = Add("edge", "evidence", "string");
        Key? eStart = edgeStartAttr ? null : Add("edge", "start", "string");
        Key? eEnd = edgeEndAttr ? null : Add("edge", "end", "string");
        var edgeKeys = new List<(AttributeColumn Column, Key Key)>();
        foreach (AttributeColumn c in edgeColumns)
        {
            edgeKeys.Add((c, Add("edge", IdMap.NmToken(c.Name), TypeName(c.Kind))));
        }

        var ids = new IdMap(graph.Entities, IdMap.NmToken);
        using XmlWriter w = XmlWriter.Create(stream, Settings());
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        w.WriteAttributeString("xmlns", "xsi", null, Xsi);
        w.WriteAttributeString("schemaLocation", Xsi, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (Key k in keys)
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("id", k.Id);
            w.WriteAttributeString("for", k.For);
            w.WriteAttributeString("attr.name", k.Name);
            w.WriteAttributeString("attr.type", k.Type);
            w.WriteEndElement();
        }

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "G");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (Entity e in graph.Entities)
        {
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", ids[e.Id]);
            Data(w, nLabel, e.Label);
            Data(w, nType, e.Type.ToName());
            if (e.Aliases.Count > 0)
            {
                Data(w, nAliases, ExportText.JoinAliases(e.Aliases));
            }

            Data(w, nMentions, e.MentionCount.ToString(CultureInfo.InvariantCulture));
            Data(w, nDocuments, e.DocumentCount.ToString(CultureInfo.InvariantCulture));
            if (e.Value is not null)
            {
                Data(w, nValue, e.Value);
            }

            Data(w, nSize, AttributeColumns.FormatDouble(NodeStyle.Size(e.MentionCount)));
            (byte r, byte g, byte b) = NodeStyle.Color(e.Type);
            Data(w, nR, r.ToString(CultureInfo.InvariantCulture));
            Data(w, nG, g.ToString(CultureInfo.InvariantCulture));
            Data(w, nB, b.ToString(CultureInfo.InvariantCulture));
            Attributes(w, nodeKeys, e.Attributes);
            w.WriteEndElement();
        }

        int edgeIndex = 0;
        foreach (Relation rel in graph.Relations)
        {
            AttributeColumns.RequireFinite(rel.Weight, "Edge " + rel + ": weight");
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", "e" + edgeIndex++.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", ids[rel.Source.Id]);
            w.WriteAttributeString("target", ids[rel.Target.Id]);
            Data(w, eType, rel.Type);
            Data(w, eLabel, rel.Type);
            Data(w, eWeight, AttributeColumns.FormatDouble(rel.Weight));
            Data(w, eEvidence, ExportText.CompactEvidence(rel.Evidence));
            List<DayRange> days = TimexRange.ForEdge(rel);
            if (days.Count > 0)
            {
                if (eStart is not null)
                {
                    Data(w, eStart, days[0].StartText);
                }

                if (eEnd is not null)
                {
                    Data(w, eEnd, days[^1].EndText);
                }
            }

            Attributes(w, edgeKeys, rel.Attributes);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    internal static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
        CheckCharacters = true,
    };

    private static void Attributes(XmlWriter w, List<(AttributeColumn Column, Key Key)> keys, IReadOnlyDictionary<string, object> attributes)
    {
        foreach ((AttributeColumn column, Key key) in keys)
        {
            if (attributes.TryGetValue(column.Name, out object? value) && value is not null)
            {
                Data(w, key, AttributeColumns.Format(value));
            }
        }
    }

    private static void Data(XmlWriter w, Key key, string value)
    {
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key.Id);
        w.WriteString(ExportText.ForXml(value));
        w.WriteEndElement();
    }

    private static string TypeName(AttributeKind kind) => kind switch
    {
        AttributeKind.Boolean => "boolean",
        AttributeKind.Int => "int",
        AttributeKind.Long => "long",
        AttributeKind.Double => "double",
        _ => "string",
    };
}
