using System;
using System.Collections.Generic;
using EntityGraph.Recognition;

namespace EntityGraph.Resolution;

/// <summary>
/// A first within-document grouper: mentions with the same type and the same name (ignoring case)
/// form one entity, and a one-word person mention joins the person whose full name ends or starts
/// with that word when exactly one such person appears in the document. Thread-safe.
/// </summary>
public sealed class ExactNameGrouper : IMentionGrouper
{
    /// <inheritdoc />
    public IReadOnlyList<LocalEntity> Group(string text, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var keyToGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<List<int>>();
        var names = new List<string>();
        var types = new List<EntityType>();
        for (int i = 0; i < mentions.Count; i++)
        {
            Mention m = mentions[i];
            string key = m.Type.ToName() + "|" + (m.Type == EntityType.Date ? (m.Value ?? m.Text) : NameKey(m.Text));
            if (!keyToGroup.TryGetValue(key, out int g))
            {
                g = groups.Count;
                keyToGroup[key] = g;
                groups.Add(new List<int>());
                names.Add(m.Type == EntityType.Date ? (m.Value ?? m.Text) : m.Text);
                types.Add(m.Type);
            }

            groups[g].Add(i);
        }

        // Attach one-word person names to the single multi-word person they name part of.
        var parent = new int[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            parent[g] = g;
            if (types[g] != EntityType.Person || names[g].Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            int match = -1;
            for (int h = 0; h < groups.Count; h++)
            {
                if (h == g || types[h] != EntityType.Person)
                {
                    continue;
                }

                string[] parts = NameKey(names[h]).Split(' ');
                if (parts.Length < 2)
                {
                    continue;
                }

                string w = NameKey(names[g]);
                if (parts[0] == w || parts[^1] == w)
                {
                    if (match >= 0)
                    {
                        match = -2;
                        break;
                    }

                    match = h;
                }
            }

            if (match >= 0)
            {
                parent[g] = match;
            }
        }

        var result = new List<LocalEntity>();
        var finalIndex = new Dictionary<int, int>();
        var merged = new List<List<int>>();
        for (int g = 0; g < groups.Count; g++)
        {
            int root = parent[g];
            if (!finalIndex.TryGetValue(root, out int fi))
            {
                fi = merged.Count;
                finalIndex[root] = fi;
                merged.Add(new List<int>());
            }

            merged[fi].AddRange(groups[g]);
        }

        foreach (KeyValuePair<int, int> kv in finalIndex)
        {
            List<int> members = merged[kv.Value];
            members.Sort();
            var aliases = new List<string>();
            string name = names[kv.Key];
            foreach (int mi in members)
            {
                string t = mentions[mi].Type == EntityType.Date ? (mentions[mi].Value ?? mentions[mi].Text) : mentions[mi].Text;
                if (!string.Equals(t, name, StringComparison.Ordinal) && !aliases.Contains(t))
                {
                    aliases.Add(t);
                }
            }

            result.Add(new LocalEntity(kv.Value, types[kv.Key], name, members) { Aliases = aliases });
        }

        result.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        return result;
    }

    private static string NameKey(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
