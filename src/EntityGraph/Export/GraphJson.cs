using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EntityGraph.Export;

/// <summary>
/// Writes and reads <c>graph.json</c>, EntityGraph's own graph file: documents with their mentions, nodes and
/// edges with their evidence (see <c>docs/graph-json.md</c> and <c>docs/graph.schema.json</c>). Outside tools
/// read this file, so it only ever grows: new fields may appear, existing ones keep their meaning. Writing is
/// streaming, UTF-8 without BOM, keys in a fixed order, doubles round-trippable. Stateless and thread-safe.
/// </summary>
public static class GraphJson
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "entitygraph";

    /// <summary>The version this library writes.</summary>
    public const int Version = 1;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the graph as <c>graph.json</c>. The stream is flushed and left open.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="EntityGraphException">When an attribute name is reserved, a value is of an unsupported type, or a number is not finite.</exception>
    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        AttributeColumns.ForNodes(graph);
        AttributeColumns.ForEdges(graph);
        JsonExport.Write(stream, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("format");
            w.WriteValue(FormatName);
            w.WritePropertyName("version");
            w.WriteValue(Version);

            w.WritePropertyName("documents");
            w.WriteStartArray();
            foreach (DocumentRecord d in graph.Documents)
            {
                WriteDocument(w, d);
            }

            w.WriteEndArray();

            w.WritePropertyName("nodes");
            w.WriteStartArray();
            foreach (Entity e in graph.Entities)
            {
                JsonExport.WriteNode(w, e);
            }

            w.WriteEndArray();

            w.WritePropertyName("edges");
            w.WriteStartArray();
            foreach (Relation r in graph.Relations)
            {
                WriteEdge(w, r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Reads a <c>graph.json</c> file. Fields this version does not know are ignored.</summary>
    /// <param name="stream">The file's contents; read to the end, left open.</param>
    /// <returns>The graph, equal (see <see cref="KnowledgeGraphComparer"/>) to the one that was written.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is null.</exception>
    /// <exception cref="EntityGraphException">When the file is not valid JSON or does not follow the format; the message gives the line and field.</exception>
    public static KnowledgeGraph Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamReader(stream, Utf8NoBom, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        using var r = new JsonTextReader(text)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            Culture = CultureInfo.InvariantCulture,
            CloseInput = false,
        };
        try
        {
            return ReadGraph(r);
        }
        catch (JsonException ex)
        {
            throw new EntityGraphException("graph.json: not valid JSON: " + ex.Message, ex);
        }
    }

    private static void WriteDocument(JsonWriter w, DocumentRecord d)
    {
        w.WriteStartObject();
        JsonExport.WriteString(w, "id", d.Id);
        JsonExport.WriteString(w, "source", d.Source);
        w.WritePropertyName("dct");
        if (d.Dct is null)
        {
            w.WriteNull();
        }
        else
        {
            w.WriteValue(ExportText.WithoutLoneSurrogates(d.Dct));
        }

        if (d.DctSource is not null)
        {
            JsonExport.WriteString(w, "dctSource", d.DctSource);
        }

        w.WritePropertyName("mentions");
        w.WriteStartArray();
        foreach (MentionRecord m in d.Mentions)
        {
            w.WriteStartObject();
            w.WritePropertyName("start");
            w.WriteValue(m.Start);
            w.WritePropertyName("end");
            w.WriteValue(m.End);
            JsonExport.WriteString(w, "text", m.Text);
            JsonExport.WriteString(w, "type", m.Type.ToName());
            JsonExport.WriteString(w, "entity", m.Entity);
            JsonExport.WriteOptional(w, "value", m.Value);
            JsonExport.WriteOptional(w, "mod", m.Mod);
            JsonExport.WriteOptional(w, "source", m.Source);
            if (m.Confidence is double c)
            {
                AttributeColumns.RequireFinite(c, "Document '" + d.Id + "': confidence of mention at " + m.Start.ToString(CultureInfo.InvariantCulture));
                w.WritePropertyName("confidence");
                w.WriteValue(c);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEdge(JsonWriter w, Relation r)
    {
        AttributeColumns.RequireFinite(r.Weight, "Edge " + r + ": weight");
        w.WriteStartObject();
        JsonExport.WriteString(w, "source", r.Source.Id);
        JsonExport.WriteString(w, "target", r.Target.Id);
        JsonExport.WriteString(w, "type", r.Type);
        w.WritePropertyName("weight");
        w.WriteValue(r.Weight);
        w.WritePropertyName("evidence");
        w.WriteStartArray();
        foreach (Evidence e in r.Evidence)
        {
            AttributeColumns.RequireFinite(e.Confidence, "Edge " + r + ": evidence confidence");
            w.WriteStartObject();
            JsonExport.WriteString(w, "document", e.DocumentId);
            w.WritePropertyName("start");
            w.WriteValue(e.Start);
            w.WritePropertyName("end");
            w.WriteValue(e.End);
            if (e.TriggerStart is int ts && e.TriggerEnd is int te)
            {
                w.WritePropertyName("trigger");
                w.WriteStartObject();
                w.WritePropertyName("start");
                w.WriteValue(ts);
                w.WritePropertyName("end");
                w.WriteValue(te);
                w.WriteEndObject();
            }

            w.WritePropertyName("confidence");
            w.WriteValue(e.Confidence);
            JsonExport.WriteOptional(w, "dateStart", e.DateStart);
            JsonExport.WriteOptional(w, "dateEnd", e.DateEnd);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonExport.WriteAttributes(w, r.Attributes);
        w.WriteEndObject();
    }

    private static KnowledgeGraph ReadGraph(JsonTextReader r)
    {
        if (!r.Read() || r.TokenType != JsonToken.StartObject)
        {
            throw Error(r, "the file must hold one JSON object");
        }

        string? format = null;
        long? version = null;
        var documents = new List<DocumentRecord>();
        var nodes = new List<JObject>();
        var edges = new List<JObject>();
        while (r.Read() && r.TokenType == JsonToken.PropertyName)
        {
            string name = (string)r.Value!;
            if (!r.Read())
            {
                throw Error(r, "the file ends inside the object");
            }

            switch (name)
            {
                case "format":
                    format = r.Value as string;
                    break;
                case "version":
                    version = r.Value as long?;
                    break;
                case "documents":
                    ReadArray(r, "documents", o => documents.Add(ReadDocument(o)));
                    break;
                case "nodes":
                    ReadArray(r, "nodes", nodes.Add);
                    break;
                case "edges":
                    ReadArray(r, "edges", edges.Add);
                    break;
                default:
                    r.Skip();
                    break;
            }
        }

        if (r.TokenType != JsonToken.EndObject)
        {
            throw Error(r, "the file ends inside the object");
        }

        if (!string.Equals(format, FormatName, StringComparison.Ordinal))
        {
            throw new EntityGraphException("graph.json: \"format\" must be \"" + FormatName + "\", found " + (format is null ? "nothing" : "\"" + format + "\"") + ".");
        }

        if (version is null or < 1)
        {
            throw new EntityGraphException("graph.json: \"version\" must be a whole number of at least 1.");
        }

        var entities = new List<Entity>(nodes.Count);
        var byId = new Dictionary<string, Entity>(nodes.Count, StringComparer.Ordinal);
        foreach (JObject o in nodes)
        {
            Entity e = ReadNode(o);
            if (!byId.TryAdd(e.Id, e))
            {
                throw Error(o, "node id '" + e.Id + "' is used twice");
            }

            entities.Add(e);
        }

        foreach (DocumentRecord d in documents)
        {
            foreach (MentionRecord m in d.Mentions)
            {
                if (!byId.ContainsKey(m.Entity))
                {
                    throw new EntityGraphException("graph.json: document '" + d.Id + "': mention at " + m.Start.ToString(CultureInfo.InvariantCulture)
                        + " names entity '" + m.Entity + "', which is not a node.");
                }
            }
        }

        var relations = new List<Relation>(edges.Count);
        foreach (JObject o in edges)
        {
            relations.Add(ReadEdge(o, byId));
        }

        return new KnowledgeGraph(documents, entities, relations);
    }

    private static void ReadArray(JsonTextReader r, string name, Action<JObject> item)
    {
        if (r.TokenType != JsonToken.StartArray)
        {
            throw Error(r, "\"" + name + "\" must be an array");
        }

        while (r.Read() && r.TokenType != JsonToken.EndArray)
        {
            if (r.TokenType != JsonToken.StartObject)
            {
                throw Error(r, "each of \"" + name + "\" must be an object");
            }

            item(JObject.Load(r));
        }
    }

    private static DocumentRecord ReadDocument(JObject o)
    {
        string id = RequiredString(o, "id");
        var mentions = new List<MentionRecord>();
        foreach (JObject m in Objects(o, "mentions"))
        {
            string typeName = RequiredString(m, "type");
            if (!EntityTypes.TryParse(typeName, out EntityType type))
            {
                throw Error(m, "unknown mention type '" + typeName + "'");
            }

            mentions.Add(new MentionRecord(RequiredInt(m, "start"), RequiredInt(m, "end"), RequiredString(m, "text"), type, RequiredString(m, "entity"))
            {
                Value = OptionalString(m, "value"),
                Mod = OptionalString(m, "mod"),
                Source = OptionalString(m, "source"),
                Confidence = OptionalDouble(m, "confidence"),
            });
        }

        return new DocumentRecord(id, RequiredString(o, "source"), OptionalString(o, "dct"), mentions)
        {
            DctSource = OptionalString(o, "dctSource"),
        };
    }

    private static readonly string[] NodeFields = ["id", "type", "label", "aliases", "mentions", "documents", "value"];
    private static readonly string[] EdgeFields = ["source", "target", "type", "weight", "evidence"];

    private static Entity ReadNode(JObject o)
    {
        string typeName = RequiredString(o, "type");
        if (!EntityTypes.TryParse(typeName, out EntityType type))
        {
            throw Error(o, "unknown node type '" + typeName + "'");
        }

        var aliases = new List<string>();
        if (o["aliases"] is JToken a && a.Type != JTokenType.Null)
        {
            if (a is not JArray array)
            {
                throw Error(a, "\"aliases\" must be an array of strings");
            }

            foreach (JToken t in array)
            {
                aliases.Add(t.Type == JTokenType.String ? (string)t! : throw Error(t, "\"aliases\" must be an array of strings"));
            }
        }

        return new Entity(RequiredString(o, "id"), type, RequiredString(o, "label"))
        {
            Aliases = aliases,
            MentionCount = OptionalInt(o, "mentions") ?? 0,
            DocumentCount = OptionalInt(o, "documents") ?? 0,
            Value = OptionalString(o, "value"),
            Attributes = ReadAttributes(o, NodeFields),
        };
    }

    private static Relation ReadEdge(JObject o, Dictionary<string, Entity> byId)
    {
        string s = RequiredString(o, "source"), t = RequiredString(o, "target");
        if (!byId.TryGetValue(s, out Entity? source) || !byId.TryGetValue(t, out Entity? target))
        {
            throw Error(o, "edge " + s + " -> " + t + " names a node that is not in \"nodes\"");
        }

        var evidence = new List<Evidence>();
        foreach (JObject e in Objects(o, "evidence"))
        {
            int? ts = null, te = null;
            if (e["trigger"] is JObject trigger)
            {
                ts = RequiredInt(trigger, "start");
                te = RequiredInt(trigger, "end");
            }

            evidence.Add(new Evidence(RequiredString(e, "document"), RequiredInt(e, "start"), RequiredInt(e, "end"))
            {
                TriggerStart = ts,
                TriggerEnd = te,
                Confidence = OptionalDouble(e, "confidence") ?? 1.0,
                DateStart = OptionalString(e, "dateStart"),
                DateEnd = OptionalString(e, "dateEnd"),
            });
        }

        double weight = OptionalDouble(o, "weight") ?? evidence.Count;
        return new Relation(source, target, RequiredString(o, "type"), weight, evidence)
        {
            Attributes = ReadAttributes(o, EdgeFields),
        };
    }

    private static IReadOnlyDictionary<string, object> ReadAttributes(JObject o, string[] fields)
    {
        Dictionary<string, object>? attributes = null;
        foreach (JProperty p in o.Properties())
        {
            if (Array.IndexOf(fields, p.Name) >= 0)
            {
                continue;
            }

            // Arrays and objects are extensions this version does not know; the contract keeps attributes scalar.
            object? value = p.Value.Type switch
            {
                JTokenType.String => (string)p.Value!,
                JTokenType.Boolean => (bool)p.Value,
                JTokenType.Float => (double)p.Value,
                JTokenType.Integer => p.Value.ToObject<long>() is long l && l is >= int.MinValue and <= int.MaxValue ? (int)l : (object)p.Value.ToObject<long>(),
                _ => null,
            };
            if (value is not null)
            {
                attributes ??= new Dictionary<string, object>(StringComparer.Ordinal);
                attributes[p.Name] = value;
            }
        }

        return attributes ?? Entity.EmptyAttributes;
    }

    private static IEnumerable<JObject> Objects(JObject o, string name)
    {
        JToken? token = o[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            yield break;
        }

        if (token is not JArray array)
        {
            throw Error(token, "\"" + name + "\" must be an array");
        }

        foreach (JToken item in array)
        {
            yield return item as JObject ?? throw Error(item, "each of \"" + name + "\" must be an object");
        }
    }

    private static string RequiredString(JObject o, string name) =>
        o[name] is JToken { Type: JTokenType.String } t ? (string)t! : throw Error(o, "\"" + name + "\" must be a string");

    private static string? OptionalString(JObject o, string name) => o[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        { Type: JTokenType.String } t => (string)t!,
        JToken t => throw Error(t, "\"" + name + "\" must be a string"),
    };

    private static int RequiredInt(JObject o, string name) =>
        OptionalInt(o, name) ?? throw Error(o, "\"" + name + "\" must be a whole number");

    private static int? OptionalInt(JObject o, string name) => o[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        { Type: JTokenType.Integer } t when t.ToObject<long>() is >= int.MinValue and <= int.MaxValue => (int)t,
        JToken t => throw Error(t, "\"" + name + "\" must be a whole number"),
    };

    private static double? OptionalDouble(JObject o, string name) => o[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        { Type: JTokenType.Integer or JTokenType.Float } t => (double)t,
        JToken t => throw Error(t, "\"" + name + "\" must be a number"),
    };

    private static EntityGraphException Error(JToken t, string problem)
    {
        var info = (IJsonLineInfo)t;
        string where = info.HasLineInfo() ? " (line " + info.LineNumber.ToString(CultureInfo.InvariantCulture) + ", " + t.Path + ")" : " (" + t.Path + ")";
        return new EntityGraphException("graph.json" + where + ": " + problem + ".");
    }

    private static EntityGraphException Error(JsonTextReader r, string problem) =>
        new("graph.json (line " + r.LineNumber.ToString(CultureInfo.InvariantCulture) + "): " + problem + ".");
}
