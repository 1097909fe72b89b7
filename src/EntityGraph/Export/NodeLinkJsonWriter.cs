using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EntityGraph.Graph;
using Newtonsoft.Json;

namespace EntityGraph.Export;

/// <summary>
/// Writes networkx's node-link JSON (<c>networkx.node_link_graph(data, edges="links")</c>, and older networkx
/// with its defaults): a directed multigraph whose edge keys are the relation types.
/// </summary>
internal static class NodeLinkJsonWriter
{
    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        AttributeColumns.ForNodes(graph);
        AttributeColumns.ForEdges(graph);
        JsonExport.Write(stream, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("directed");
            w.WriteValue(true);
            w.WritePropertyName("multigraph");
            w.WriteValue(true);
            w.WritePropertyName("graph");
            w.WriteStartObject();
            w.WritePropertyName("name");
            w.WriteValue("entitygraph");
            w.WritePropertyName("documents");
            w.WriteValue(graph.Documents.Count);
            w.WriteEndObject();

            w.WritePropertyName("nodes");
            w.WriteStartArray();
            foreach (Entity e in graph.Entities)
            {
                JsonExport.WriteNode(w, e);
            }

            w.WriteEndArray();

            // networkx merges edges with the same (source, target, key), so a repeated type gets a numbered key.
            var keys = new HashSet<(string, string, string)>();
            w.WritePropertyName("links");
            w.WriteStartArray();
            foreach (Relation r in graph.Relations)
            {
                AttributeColumns.RequireFinite(r.Weight, "Edge " + r + ": weight");
                string key = r.Type;
                for (int n = 2; !keys.Add((r.Source.Id, r.Target.Id, key)); n++)
                {
                    key = r.Type + "#" + n.ToString(CultureInfo.InvariantCulture);
                }

                w.WriteStartObject();
                JsonExport.WriteString(w, "source", r.Source.Id);
                JsonExport.WriteString(w, "target", r.Target.Id);
                JsonExport.WriteString(w, "key", key);
                JsonExport.WriteString(w, "type", r.Type);
                w.WritePropertyName("weight");
                w.WriteValue(r.Weight);
                JsonExport.WriteString(w, "evidence", ExportText.CompactEvidence(r.Evidence));
                List<DayRange> days = TimexRange.ForEdge(r);
                if (days.Count > 0 && !r.Attributes.ContainsKey("start"))
                {
                    JsonExport.WriteString(w, "start", days[0].StartText);
                }

                if (days.Count > 0 && !r.Attributes.ContainsKey("end"))
                {
                    JsonExport.WriteString(w, "end", days[^1].EndText);
                }

                JsonExport.WriteAttributes(w, r.Attributes);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
