using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using EntityGraph.Recognition;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EntityGraph.Resolution;

/// <summary>
/// A user's table of names and the canonical name each stands for (<c>Feng Xi</c> → <c>Joseph Stalin</c>),
/// optionally per entity type. It overrides automatic resolution for the names it lists: those names
/// merge with the canonical name and with nothing else. Names are matched by normalised key (case,
/// diacritics, hyphens, spacing ignored). Immutable and thread-safe.
/// </summary>
public sealed class AliasTable
{
    private readonly Dictionary<string, string> _byKey;

    private AliasTable(Dictionary<string, string> byKey)
    {
        _byKey = byKey;
    }

    /// <summary>An empty table.</summary>
    public static AliasTable Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Number of entries.</summary>
    public int Count => _byKey.Count;

    /// <summary>Creates a table from entries.</summary>
    /// <param name="entries">Alias, canonical name and type (null: any type).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="entries"/> is null.</exception>
    /// <exception cref="EntityGraphException">When an entry has an empty alias or canonical name.</exception>
    public static AliasTable FromEntries(IEnumerable<(string Alias, string Canonical, EntityType? Type)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        int n = 0;
        foreach ((string alias, string canonical, EntityType? type) in entries)
        {
            n++;
            AddEntry(d, alias, canonical, type, () => "entry " + n.ToString(CultureInfo.InvariantCulture));
        }

        return new AliasTable(d);
    }

    /// <summary>
    /// Loads a table from a file: <c>.json</c> (an array of objects with <c>alias</c>, <c>canonical</c> and
    /// optional <c>type</c>) or otherwise CSV with the columns <c>alias,canonical,type</c> (a header row
    /// naming them is optional, <c>type</c> may be empty, fields may be quoted, <c>#</c> starts a comment line).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is null.</exception>
    /// <exception cref="EntityGraphException">When the file cannot be read or a row is bad; the message names the file and line.</exception>
    public static AliasTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EntityGraphException(path + ": cannot read the alias table (" + ex.Message + ").", ex);
        }

        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(text, path) : ParseCsv(text, path);
    }

    /// <summary>Parses CSV text (see <see cref="Load"/>).</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="EntityGraphException">When a row is bad; the message names the source and line.</exception>
    public static AliasTable ParseCsv(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] lines = text.Split('\n');
        for (int li = 0; li < lines.Length; li++)
        {
            string line = lines[li].TrimEnd('\r');
            int lineNo = li + 1;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            List<string> fields = SplitCsv(line, sourceName, lineNo);
            if (IsHeader(fields))
            {
                continue;
            }

            if (fields.Count < 2 || fields.Count > 3)
            {
                throw new EntityGraphException(Where(sourceName, lineNo) + "expected 'alias,canonical,type' but found " + fields.Count.ToString(CultureInfo.InvariantCulture) + " field(s).");
            }

            EntityType? type = ParseType(fields.Count == 3 ? fields[2] : "", () => Where(sourceName, lineNo));
            AddEntry(d, fields[0], fields[1], type, () => Where(sourceName, lineNo).TrimEnd(' ', ':'));
        }

        return new AliasTable(d);
    }

    /// <summary>Parses JSON text (see <see cref="Load"/>).</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="EntityGraphException">When the JSON or an entry is bad; the message names the source and line.</exception>
    public static AliasTable ParseJson(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text));
            root = JToken.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException ex)
        {
            throw new EntityGraphException(Where(sourceName, ex.LineNumber) + "invalid JSON (" + ex.Message + ").", ex);
        }

        if (root is not JArray array)
        {
            throw new EntityGraphException(Where(sourceName, ((IJsonLineInfo)root).LineNumber) + "expected an array of {\"alias\", \"canonical\", \"type\"} objects.");
        }

        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JToken item in array)
        {
            int lineNo = ((IJsonLineInfo)item).LineNumber;
            if (item is not JObject o)
            {
                throw new EntityGraphException(Where(sourceName, lineNo) + "expected an object with \"alias\" and \"canonical\".");
            }

            string alias = (o["alias"] as JValue)?.Value as string ?? "";
            string canonical = (o["canonical"] as JValue)?.Value as string ?? "";
            EntityType? type = ParseType((o["type"] as JValue)?.Value as string ?? "", () => Where(sourceName, lineNo));
            AddEntry(d, alias, canonical, type, () => Where(sourceName, lineNo).TrimEnd(' ', ':'));
        }

        return new AliasTable(d);
    }

    /// <summary>The canonical name the table gives <paramref name="name"/> for <paramref name="type"/>.</summary>
    /// <param name="name">A name as written.</param>
    /// <param name="type">The entity type.</param>
    /// <param name="canonical">The canonical name when listed.</param>
    /// <returns>Whether the name is listed (for this type or for any type).</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="name"/> is null.</exception>
    public bool TryGetCanonical(string name, EntityType type, out string canonical)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = string.Concat(NameKeys.Words(name));
        return _byKey.TryGetValue(type.ToName() + "|" + key, out canonical!) || _byKey.TryGetValue("*|" + key, out canonical!);
    }

    private static void AddEntry(Dictionary<string, string> d, string alias, string canonical, EntityType? type, Func<string> where)
    {
        alias = alias?.Trim() ?? "";
        canonical = canonical?.Trim() ?? "";
        if (alias.Length == 0 || NameKeys.Compact(alias).Length == 0)
        {
            throw new EntityGraphException(where() + ": the alias is empty.");
        }

        if (canonical.Length == 0 || NameKeys.Compact(canonical).Length == 0)
        {
            throw new EntityGraphException(where() + ": the canonical name is empty.");
        }

        string prefix = type is EntityType t ? t.ToName() : "*";
        d[prefix + "|" + string.Concat(NameKeys.Words(alias))] = canonical;

        // The canonical name stands for itself, so its other automatic keys are overridden too.
        d.TryAdd(prefix + "|" + string.Concat(NameKeys.Words(canonical)), canonical);
    }

    private static EntityType? ParseType(string s, Func<string> where)
    {
        s = s.Trim();
        if (s.Length == 0)
        {
            return null;
        }

        if (!EntityTypes.TryParse(s, out EntityType t) || t == EntityType.Date)
        {
            throw new EntityGraphException(where() + "unknown type '" + s + "' (expected person, place or agency).");
        }

        return t;
    }

    private static bool IsHeader(List<string> fields) =>
        fields.Count >= 2 && fields[0].Trim().Equals("alias", StringComparison.OrdinalIgnoreCase)
        && fields[1].Trim().Equals("canonical", StringComparison.OrdinalIgnoreCase);

    private static string Where(string source, int line) => source + ":" + line.ToString(CultureInfo.InvariantCulture) + ": ";

    private static List<string> SplitCsv(string line, string source, int lineNo)
    {
        var fields = new List<string>(3);
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"' && sb.ToString().Trim().Length == 0)
            {
                quoted = true;
                sb.Clear();
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        if (quoted)
        {
            throw new EntityGraphException(Where(source, lineNo) + "unterminated quoted field.");
        }

        fields.Add(sb.ToString());
        return fields;
    }
}
