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
/// What <c>graph.json</c> and the node-link JSON write the same way: the file's encoding and layout, a node,
/// scalar attributes, and strings cleaned of lone surrogates. Keeping one copy keeps the two files' nodes alike
/// for tools that read both.
/// </summary>
internal static class JsonExport
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes one JSON document: UTF-8 without BOM, indented, invariant culture, ending in a newline; flushes and leaves the stream open.</summary>
    public static void Write(Stream stream, Action<JsonWriter> body)
    {
        using var text = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using (var w = new JsonTextWriter(text) { Formatting = Formatting.Indented, Culture = CultureInfo.InvariantCulture, CloseOutput = false })
        {
            body(w);
        }

        text.Write('\n');
        text.Flush();
    }

    /// <summary>A node: id, type, label, aliases, mention and document counts, value when set, then its attributes.</summary>
    public static void WriteNode(JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        WriteString(w, "id", e.Id);
        WriteString(w, "type", e.Type.ToName());
        WriteString(w, "label", e.Label);
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
        WriteOptional(w, "value", e.Value);
        WriteAttributes(w, e.Attributes);
        w.WriteEndObject();
    }

    /// <summary>Scalar attributes as properties, in ordinal name order; null values are left out.</summary>
    public static void WriteAttributes(JsonWriter w, IReadOnlyDictionary<string, object> attributes)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        var names = new List<string>(attributes.Keys);
        names.Sort(StringComparer.Ordinal);
        foreach (string name in names)
        {
            object? value = attributes[name];
            if (value is null)
            {
                continue;
            }

            w.WritePropertyName(ExportText.WithoutLoneSurrogates(name));
            switch (value)
            {
                case bool b: w.WriteValue(b); break;
                case int i: w.WriteValue(i); break;
                case long l: w.WriteValue(l); break;
                case double d: w.WriteValue(d); break;
                case float f: w.WriteValue((double)f); break;
                default: w.WriteValue(ExportText.WithoutLoneSurrogates((string)value)); break;
            }
        }
    }

    /// <summary>A string property, cleaned of lone surrogates.</summary>
    public static void WriteString(JsonWriter w, string name, string value)
    {
        w.WritePropertyName(name);
        w.WriteValue(ExportText.WithoutLoneSurrogates(value));
    }

    /// <summary>A string property when the value is set.</summary>
    public static void WriteOptional(JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            WriteString(w, name, value);
        }
    }
}
