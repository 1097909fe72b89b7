using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using Newtonsoft.Json;

namespace EntityGraph.Export;

/// <summary>
/// Writes networkx's node-link JSON (<c>networkx.node_link_graph(data, edges="links")</c>, and older networkx
/// with its defaults): a directed multigraph whose edge keys are the relation types.
/// </summary>
internal static class NodeLinkJsonWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        AttributeColumns.ForNodes(graph);
        AttributeColumns.ForEdges(graph);
        using var text = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using (var w = new JsonTextWriter(text) { Formatting = Formatting.Indented, Culture = CultureInfo.InvariantCulture, CloseOutput = false })
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
                w.WriteStartObject();
                Str(w, "id", e.Id);
                Str(w, "type", e.Type.ToName());
                Str(w, "label", e.Label);
                w.WritePropertyName("aliases");
                w.WriteStartArray();
                foreach (string a in e.Aliases)
                {
                    w.WriteValue(ExportText.WithoutLoneSurrogates(a));
                }

                w.WriteEndArray();
                w.WritePropertyName("mentions");
                w.WriteValue(e.MentionCount);
                w.WritePropertyName("documents");
                w.WriteValue(e.DocumentCount);
                if (e.Value is not null)
                {
                    Str(w, "value", e.Value);
                }

                Attributes(w, e.Attributes);
                w.WriteEndObject();
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
                Str(w, "source", r.Source.Id);
                Str(w, "target", r.Target.Id);
                Str(w, "key", key);
                Str(w, "type", r.Type);
                w.WritePropertyName("weight");
                w.WriteValue(r.Weight);
                Str(w, "evidence", ExportText.CompactEvidence(r.Evidence));
                List<DayRange> days = TimexRange.ForEdge(r);
                if (days.Count > 0 && !r.Attributes.ContainsKey("start"))
                {
                    Str(w, "start", days[0].StartText);
                }

                if (days.Count > 0 && !r.Attributes.ContainsKey("end"))
                {
                    Str(w, "end", days[^1].EndText);
                }

                Attributes(w, r.Attributes);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        text.Write('\n');
        text.Flush();
    }

    private static void Str(JsonWriter w, string name, string value)
    {
        w.WritePropertyName(name);
        w.WriteValue(ExportText.WithoutLoneSurrogates(value));
    }

    private static void Attributes(JsonWriter w, IReadOnlyDictionary<string, object> attributes)
    {
        var names = new List<string>(attributes.Keys);
        names.Sort(StringComparer.Ordinal);
        foreach (string name in names)
        {
            object? v = attributes[name];
            if (v is null)
            {
                continue;
            }

            w.WritePropertyName(ExportText.WithoutLoneSurrogates(name));
            switch (v)
            {
                case bool b: w.WriteValue(b); break;
                case int i: w.WriteValue(i); break;
                case long l: w.WriteValue(l); break;
                case double d: w.WriteValue(d); break;
                case float f: w.WriteValue((double)f); break;
                default: w.WriteValue(ExportText.WithoutLoneSurrogates((string)v)); break;
            }
        }
    }
}
