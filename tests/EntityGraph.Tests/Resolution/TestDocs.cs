using System;
using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Resolution;

namespace EntityGraph.Tests.Resolution;

/// <summary>Builds test documents from text with marked mentions: <c>{P:Zhang Hanfu}</c>, <c>{L:Beijing}</c>, <c>{A:MSS}</c>.</summary>
internal static class TestDocs
{
    public static (string Text, List<Mention> Mentions) Parse(string marked)
    {
        var sb = new System.Text.StringBuilder();
        var mentions = new List<Mention>();
        int i = 0;
        while (i < marked.Length)
        {
            if (marked[i] == '{' && i + 2 < marked.Length && marked[i + 2] == ':')
            {
                EntityType t = marked[i + 1] switch { 'P' => EntityType.Person, 'L' => EntityType.Place, 'A' => EntityType.Agency, _ => EntityType.Date };
                int close = marked.IndexOf('}', i);
                string body = marked[(i + 3)..close];
                int start = sb.Length;
                sb.Append(body);
                mentions.Add(new Mention(start, sb.Length, body, t) { Source = "test", Value = t == EntityType.Date ? body : null });
                i = close + 1;
                continue;
            }

            sb.Append(marked[i]);
            i++;
        }

        return (sb.ToString(), mentions);
    }

    public static IReadOnlyList<LocalEntity> Group(string marked, out List<Mention> mentions)
    {
        (string text, mentions) = Parse(marked);
        return new ContextualGrouper().Group(text, mentions);
    }

    public static DocumentEntities Doc(string id, string marked)
    {
        (string text, List<Mention> mentions) = Parse(marked);
        return new DocumentEntities(id, new ContextualGrouper().Group(text, mentions));
    }

    /// <summary>The name of the local entity each mention belongs to, in mention order.</summary>
    public static string[] EntityNames(IReadOnlyList<LocalEntity> entities, int mentionCount)
    {
        var names = new string[mentionCount];
        foreach (LocalEntity e in entities)
        {
            foreach (int m in e.Mentions)
            {
                names[m] = e.Name;
            }
        }

        return names;
    }

    /// <summary>The key of the resolved entity of the local entity named <paramref name="name"/> in <paramref name="doc"/>.</summary>
    public static string KeyOf(EntityResolution res, DocumentEntities doc, string name)
    {
        foreach (LocalEntity e in doc.Entities)
        {
            if (e.Name == name)
            {
                return res.EntityOf(doc.DocumentId, e.Index).Key;
            }
        }

        throw new ArgumentException("no local entity " + name + " in " + doc.DocumentId);
    }
}
