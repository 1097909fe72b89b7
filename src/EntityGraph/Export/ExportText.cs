using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EntityGraph.Graph;
using EntityGraph.Recognition;

namespace EntityGraph.Export;

/// <summary>Text clean-up shared by the writers, so every format survives whatever the input held.</summary>
internal static class ExportText
{
    /// <summary>What replaces a character a format cannot hold: one char for one, so text offsets stay valid.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Replaces lone surrogates with U+FFFD. UTF-8 cannot encode them, and replacing them one for one keeps
    /// every <c>start</c>/<c>end</c> offset pointing at the same character.
    /// </summary>
    public static string WithoutLoneSurrogates(string s)
    {
        int i = FirstLoneSurrogate(s, 0);
        if (i < 0)
        {
            return s;
        }

        char[] chars = s.ToCharArray();
        while (i >= 0)
        {
            chars[i] = Replacement;
            i = FirstLoneSurrogate(s, i + 1);
        }

        return new string(chars);
    }

    /// <summary>
    /// Replaces every character XML 1.0 forbids (C0 controls other than tab, LF and CR; lone surrogates;
    /// U+FFFE, U+FFFF) with U+FFFD, allocating only when there is one.
    /// </summary>
    public static string ForXml(string s)
    {
        int i = FirstXmlIllegal(s, 0);
        if (i < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[i + 1]);
                i++;
            }
            else
            {
                sb.Append(IsXmlIllegal(c) ? Replacement : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Replaces control characters (including line breaks and tabs) with spaces: for one-line cells.</summary>
    public static string OneLine(string s)
    {
        string clean = WithoutLoneSurrogates(s);
        int i = 0;
        while (i < clean.Length && !char.IsControl(clean[i]))
        {
            i++;
        }

        if (i == clean.Length)
        {
            return clean;
        }

        char[] chars = clean.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>Aliases joined with <c>|</c>, the form GraphML, GEXF and Gephi CSV use.</summary>
    public static string JoinAliases(IReadOnlyList<string> aliases) => string.Join("|", aliases);

    /// <summary>
    /// Evidence in one compact string: <c>doc@start-end</c> per sentence, joined with <c>|</c>,
    /// enough to find every sentence again in <c>graph.json</c> or the source text.
    /// </summary>
    public static string CompactEvidence(IReadOnlyList<Evidence> evidence)
    {
        var sb = new StringBuilder(evidence.Count * 24);
        for (int i = 0; i < evidence.Count; i++)
        {
            Evidence e = evidence[i];
            if (i > 0)
            {
                sb.Append('|');
            }

            sb.Append(e.DocumentId).Append('@')
                .Append(e.Start.ToString(CultureInfo.InvariantCulture)).Append('-')
                .Append(e.End.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>The capitalised type name used as a Neo4j label and in GEXF/Gephi legends.</summary>
    public static string TypeLabel(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Place => "Place",
        EntityType.Agency => "Agency",
        _ => "Date",
    };

    private static bool IsXmlIllegal(char c) =>
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF' || char.IsSurrogate(c);

    private static int FirstXmlIllegal(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            if (IsXmlIllegal(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstLoneSurrogate(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>How nodes look in Gephi: one colour per entity type, size growing with the mention count.</summary>
internal static class NodeStyle
{
    /// <summary>Scale from degrees to Gephi's layout units, so geocoded places do not sit on top of each other.</summary>
    public const double DegreesToLayout = 10.0;

    public static (byte R, byte G, byte B) Color(EntityType type) => type switch
    {
        EntityType.Person => (31, 119, 180),
        EntityType.Place => (44, 160, 44),
        EntityType.Agency => (255, 127, 14),
        _ => (127, 127, 127),
    };

    /// <summary>10 for a single mention, growing with the square root so a few hubs do not swamp the picture.</summary>
    public static double Size(int mentions) => Math.Round(10.0 + (4.0 * Math.Sqrt(Math.Max(mentions, 1) - 1)), 2);

    /// <summary>Latitude and longitude from an entity's attributes, when both are numbers.</summary>
    public static bool TryGetCoordinates(Entity e, out double latitude, out double longitude)
    {
        latitude = longitude = 0;
        return e.Attributes.TryGetValue("latitude", out object? lat) && e.Attributes.TryGetValue("longitude", out object? lon)
            && TryNumber(lat, out latitude) && TryNumber(lon, out longitude)
            && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;
    }

    private static bool TryNumber(object? o, out double d)
    {
        d = o switch
        {
            double x => x,
            float x => x,
            int x => x,
            long x => x,
            _ => double.NaN,
        };
        return double.IsFinite(d);
    }
}

/// <summary>Ids made unique and safe for a format, the same mapping used for nodes and for edge ends.</summary>
internal sealed class IdMap
{
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public IdMap(IReadOnlyList<Entity> entities, Func<string, string> clean)
    {
        foreach (Entity e in entities)
        {
            string baseId = clean(e.Id);
            string id = baseId;
            for (int n = 2; !_used.Add(id); n++)
            {
                id = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            _map[e.Id] = id;
        }
    }

    public string this[string entityId] => _map[entityId];

    /// <summary>
    /// An id that is an XML NMTOKEN (GraphML's id type): letters, digits, <c>. - _ :</c>; anything else
    /// becomes <c>_xHHHH_</c>, so distinct ids stay distinct and readable ones stay as they were.
    /// </summary>
    public static string NmToken(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (char c in id)
        {
            bool ok = (c < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':'))
                || (c >= 0x80 && !char.IsSurrogate(c) && System.Xml.XmlConvert.IsNCNameChar(c));
            if (ok)
            {
                sb.Append(c);
            }
            else
            {
                sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return sb.Length == 0 ? "_" : sb.ToString();
    }
}
