using System;
using System.Collections.Generic;
using System.Globalization;
using EntityGraph.Graph;

namespace EntityGraph.Export;

/// <summary>
/// Compares two graphs by content: documents, mentions, nodes, edges, evidence and attributes, field by field and
/// in order (graphs keep a stable order, so the same content in another order is a difference). Integer
/// attributes compare by value whatever their width (<c>int</c> 3 equals <c>long</c> 3), since JSON does not
/// keep the width. Stateless and thread-safe.
/// </summary>
public static class KnowledgeGraphComparer
{
    /// <summary>Whether two graphs hold the same content.</summary>
    /// <param name="graph">One graph.</param>
    /// <param name="other">The other graph.</param>
    /// <returns>True when <see cref="FirstDifference"/> finds none.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static bool ContentEquals(this KnowledgeGraph graph, KnowledgeGraph other) => FirstDifference(graph, other) is null;

    /// <summary>Describes the first difference between two graphs, for test messages and diagnostics.</summary>
    /// <param name="expected">One graph.</param>
    /// <param name="actual">The other graph.</param>
    /// <returns>Null when they hold the same content, else a sentence naming the first field that differs.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static string? FirstDifference(KnowledgeGraph expected, KnowledgeGraph actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return Documents(expected.Documents, actual.Documents)
            ?? Entities(expected.Entities, actual.Entities)
            ?? Relations(expected.Relations, actual.Relations);
    }

    private static string? Documents(IReadOnlyList<DocumentRecord> a, IReadOnlyList<DocumentRecord> b)
    {
        if (a.Count != b.Count)
        {
            return Counts("documents", a.Count, b.Count);
        }

        for (int i = 0; i < a.Count; i++)
        {
            DocumentRecord x = a[i], y = b[i];
            string at = "document " + Index(i) + " ('" + x.Id + "')";
            string? d = Field(at, "id", x.Id, y.Id) ?? Field(at, "source", x.Source, y.Source) ?? Field(at, "dct", x.Dct, y.Dct)
                ?? Field(at, "dctSource", x.DctSource, y.DctSource);
            if (d is not null)
            {
                return d;
            }

            if (x.Mentions.Count != y.Mentions.Count)
            {
                return Counts(at + " mentions", x.Mentions.Count, y.Mentions.Count);
            }

            for (int j = 0; j < x.Mentions.Count; j++)
            {
                MentionRecord m = x.Mentions[j], n = y.Mentions[j];
                if (m != n)
                {
                    return at + ", mention " + Index(j) + ": expected " + m + ", found " + n + ".";
                }
            }
        }

        return null;
    }

    private static string? Entities(IReadOnlyList<Entity> a, IReadOnlyList<Entity> b)
    {
        if (a.Count != b.Count)
        {
            return Counts("nodes", a.Count, b.Count);
        }

        for (int i = 0; i < a.Count; i++)
        {
            Entity x = a[i], y = b[i];
            string at = "node " + Index(i) + " ('" + x.Id + "')";
            string? d = Field(at, "id", x.Id, y.Id) ?? Field(at, "type", x.Type.ToString(), y.Type.ToString())
                ?? Field(at, "label", x.Label, y.Label) ?? Field(at, "aliases", string.Join("|", x.Aliases), string.Join("|", y.Aliases))
                ?? Field(at, "aliases count", Index(x.Aliases.Count), Index(y.Aliases.Count))
                ?? Field(at, "mentions", Index(x.MentionCount), Index(y.MentionCount))
                ?? Field(at, "documents", Index(x.DocumentCount), Index(y.DocumentCount))
                ?? Field(at, "value", x.Value, y.Value)
                ?? Attributes(at, x.Attributes, y.Attributes);
            if (d is not null)
            {
                return d;
            }
        }

        return null;
    }

    private static string? Relations(IReadOnlyList<Relation> a, IReadOnlyList<Relation> b)
    {
        if (a.Count != b.Count)
        {
            return Counts("edges", a.Count, b.Count);
        }

        for (int i = 0; i < a.Count; i++)
        {
            Relation x = a[i], y = b[i];
            string at = "edge " + Index(i) + " (" + x + ")";
            string? d = Field(at, "source", x.Source.Id, y.Source.Id) ?? Field(at, "target", x.Target.Id, y.Target.Id)
                ?? Field(at, "type", x.Type, y.Type)
                ?? (x.Weight.Equals(y.Weight) ? null : Field(at, "weight", AttributeColumns.FormatDouble(x.Weight), AttributeColumns.FormatDouble(y.Weight)))
                ?? Attributes(at, x.Attributes, y.Attributes);
            if (d is not null)
            {
                return d;
            }

            if (x.Evidence.Count != y.Evidence.Count)
            {
                return Counts(at + " evidence", x.Evidence.Count, y.Evidence.Count);
            }

            for (int j = 0; j < x.Evidence.Count; j++)
            {
                if (x.Evidence[j] != y.Evidence[j])
                {
                    return at + ", evidence " + Index(j) + ": expected " + x.Evidence[j] + ", found " + y.Evidence[j] + ".";
                }
            }
        }

        return null;
    }

    private static string? Attributes(string at, IReadOnlyDictionary<string, object> x, IReadOnlyDictionary<string, object> y)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object> kv in x)
        {
            if (kv.Value is not null)
            {
                names.Add(kv.Key);
            }
        }

        foreach (KeyValuePair<string, object> kv in y)
        {
            if (kv.Value is not null)
            {
                names.Add(kv.Key);
            }
        }

        foreach (string name in names)
        {
            object? u = x.GetValueOrDefault(name), v = y.GetValueOrDefault(name);
            if (!SameValue(u, v))
            {
                return at + ", attribute '" + name + "': expected " + Show(u) + ", found " + Show(v) + ".";
            }
        }

        return null;
    }

    private static bool SameValue(object? u, object? v) => (u, v) switch
    {
        (null, null) => true,
        (int or long, int or long) => Convert.ToInt64(u, CultureInfo.InvariantCulture) == Convert.ToInt64(v, CultureInfo.InvariantCulture),
        (double or float, double or float) => Convert.ToDouble(u, CultureInfo.InvariantCulture).Equals(Convert.ToDouble(v, CultureInfo.InvariantCulture)),
        _ => Equals(u, v),
    };

    private static string Show(object? o) => o switch
    {
        null => "nothing",
        string s => "\"" + s + "\"",
        _ => AttributeColumns.Format(o) + " (" + o.GetType().Name + ")",
    };

    private static string? Field(string at, string name, string? x, string? y) =>
        string.Equals(x, y, StringComparison.Ordinal) ? null
            : at + ", " + name + ": expected " + (x is null ? "nothing" : "\"" + x + "\"") + ", found " + (y is null ? "nothing" : "\"" + y + "\"") + ".";

    private static string Counts(string what, int x, int y) => what + ": expected " + Index(x) + ", found " + Index(y) + ".";

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
