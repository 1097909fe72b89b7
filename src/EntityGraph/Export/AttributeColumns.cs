using System;
using System.Collections.Generic;
using System.Globalization;
using EntityGraph.Graph;

namespace EntityGraph.Export;

/// <summary>The value type of an attribute column, from the narrowest to the widest.</summary>
internal enum AttributeKind
{
    Boolean,
    Int,
    Long,
    Double,
    String,
}

/// <summary>One attribute column: its name and the type that holds every value written under it.</summary>
internal sealed record AttributeColumn(string Name, AttributeKind Kind);

/// <summary>
/// Collects the attribute names used on nodes or edges, and one type per name wide enough for every value,
/// so typed formats (GraphML, GEXF, Neo4j CSV) can declare their columns before writing any element.
/// </summary>
internal static class AttributeColumns
{
    /// <summary>Node fields every format writes itself; an attribute of that name would shadow them.</summary>
    internal static readonly string[] ReservedNodeNames =
        ["id", "type", "label", "aliases", "mentions", "documents", "value", "size", "r", "g", "b"];

    /// <summary>Edge fields every format writes itself.</summary>
    internal static readonly string[] ReservedEdgeNames =
        ["id", "key", "source", "target", "type", "relation", "weight", "evidence", "label"];

    public static List<AttributeColumn> ForNodes(KnowledgeGraph graph)
    {
        var kinds = new Dictionary<string, AttributeKind>(StringComparer.Ordinal);
        foreach (Entity e in graph.Entities)
        {
            Collect(e.Attributes, kinds, ReservedNodeNames, "Node '" + e.Id + "'");
        }

        return Sorted(kinds);
    }

    public static List<AttributeColumn> ForEdges(KnowledgeGraph graph)
    {
        var kinds = new Dictionary<string, AttributeKind>(StringComparer.Ordinal);
        foreach (Relation r in graph.Relations)
        {
            Collect(r.Attributes, kinds, ReservedEdgeNames, "Edge " + r);
        }

        return Sorted(kinds);
    }

    /// <summary>The kind of one attribute value.</summary>
    /// <exception cref="EntityGraphException">When the value is of a type no format can hold, or a non-finite number.</exception>
    public static AttributeKind KindOf(object value, string owner, string name) => value switch
    {
        bool => AttributeKind.Boolean,
        int => AttributeKind.Int,
        long => AttributeKind.Long,
        double d when double.IsFinite(d) => AttributeKind.Double,
        float f when float.IsFinite(f) => AttributeKind.Double,
        string => AttributeKind.String,
        double or float => throw new EntityGraphException(owner + ": attribute '" + name + "' is not a finite number; files can only hold finite numbers."),
        _ => throw new EntityGraphException(owner + ": attribute '" + name + "' has a value of type " + value.GetType().Name
            + "; attributes must be string, int, long, double or bool."),
    };

    /// <summary>The value as text, in the form the column's type expects (invariant culture, doubles round-trippable).</summary>
    public static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A double as the shortest text that reads back to the same value.</summary>
    public static string FormatDouble(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Throws when a required number (a weight, a confidence) is NaN or infinite.</summary>
    public static void RequireFinite(double d, string what)
    {
        if (!double.IsFinite(d))
        {
            throw new EntityGraphException(what + " is not a finite number; files can only hold finite numbers.");
        }
    }

    private static void Collect(IReadOnlyDictionary<string, object> attributes, Dictionary<string, AttributeKind> kinds, string[] reserved, string owner)
    {
        foreach (KeyValuePair<string, object> kv in attributes)
        {
            if (kv.Key.Length == 0 || Array.IndexOf(reserved, kv.Key) >= 0)
            {
                throw new EntityGraphException(owner + ": attribute name '" + kv.Key + "' is empty or reserved (reserved: "
                    + string.Join(", ", reserved) + ").");
            }

            if (kv.Value is null)
            {
                continue;
            }

            AttributeKind kind = KindOf(kv.Value, owner, kv.Key);
            kinds[kv.Key] = kinds.TryGetValue(kv.Key, out AttributeKind seen) ? Widen(seen, kind) : kind;
        }
    }

    private static AttributeKind Widen(AttributeKind a, AttributeKind b)
    {
        if (a == b)
        {
            return a;
        }

        bool aNumber = a is AttributeKind.Int or AttributeKind.Long or AttributeKind.Double;
        bool bNumber = b is AttributeKind.Int or AttributeKind.Long or AttributeKind.Double;
        return aNumber && bNumber ? (AttributeKind)Math.Max((int)a, (int)b) : AttributeKind.String;
    }

    private static List<AttributeColumn> Sorted(Dictionary<string, AttributeKind> kinds)
    {
        var names = new List<string>(kinds.Keys);
        names.Sort(StringComparer.Ordinal);
        var columns = new List<AttributeColumn>(names.Count);
        foreach (string n in names)
        {
            columns.Add(new AttributeColumn(n, kinds[n]));
        }

        return columns;
    }
}
