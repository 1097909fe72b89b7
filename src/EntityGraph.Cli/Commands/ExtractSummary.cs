using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EntityGraph.Graph;
using EntityGraph.Recognition;

namespace EntityGraph.Cli.Commands;

/// <summary>The readable summary printed after <c>extract</c>.</summary>
internal static class ExtractSummary
{
    public static void Print(KnowledgeGraph graph, int documents, int failed, IReadOnlyList<string> written, int top, TextWriter stdout)
    {
        var mentionsByType = new int[4];
        foreach (DocumentRecord d in graph.Documents)
        {
            foreach (MentionRecord m in d.Mentions)
            {
                mentionsByType[(int)m.Type]++;
            }
        }

        var entitiesByType = new int[4];
        foreach (Entity e in graph.Entities)
        {
            entitiesByType[(int)e.Type]++;
        }

        var edgesByType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (Relation r in graph.Relations)
        {
            edgesByType[r.Type] = edgesByType.GetValueOrDefault(r.Type) + 1;
        }

        stdout.WriteLine(failed == 0 ? $"Documents: {documents}" : $"Documents: {documents} read, {failed} failed (see errors above)");
        stdout.WriteLine("Mentions:  " + Line(mentionsByType));
        stdout.WriteLine("Entities:  " + Line(entitiesByType));
        var edgeParts = new List<string>();
        foreach (KeyValuePair<string, int> kv in edgesByType)
        {
            edgeParts.Add(kv.Value.ToString(CultureInfo.InvariantCulture) + " " + kv.Key);
        }

        stdout.WriteLine("Edges:     " + (edgeParts.Count == 0 ? "none" : string.Join(", ", edgeParts)));

        var ranked = new List<(Entity Entity, int Degree)>();
        foreach (Entity e in graph.Entities)
        {
            if (e.Type == EntityType.Date)
            {
                continue;
            }

            int degree = 0;
            foreach (Relation r in graph.Graph.OutEdges(e))
            {
                degree += r.Target.Type == EntityType.Date ? 0 : 1;
            }

            foreach (Relation r in graph.Graph.InEdges(e))
            {
                degree += r.Source.Type == EntityType.Date ? 0 : 1;
            }

            ranked.Add((e, degree));
        }

        ranked.Sort(static (a, b) => a.Degree != b.Degree ? b.Degree.CompareTo(a.Degree)
            : a.Entity.MentionCount != b.Entity.MentionCount ? b.Entity.MentionCount.CompareTo(a.Entity.MentionCount)
            : string.CompareOrdinal(a.Entity.Id, b.Entity.Id));
        if (ranked.Count > 0 && top > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("Most connected entities:");
            for (int i = 0; i < Math.Min(top, ranked.Count); i++)
            {
                (Entity e, int degree) = ranked[i];
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {i + 1,2}. {e.Label} ({e.Type.ToName()}) - {degree} connections, {e.MentionCount} mentions in {e.DocumentCount} documents"));
            }
        }

        stdout.WriteLine();
        stdout.WriteLine("Written:");
        foreach (string path in written)
        {
            stdout.WriteLine("  " + path);
        }
    }

    private static string Line(int[] byType) => string.Create(CultureInfo.InvariantCulture,
        $"{byType[0] + byType[1] + byType[2] + byType[3]} ({byType[0]} person, {byType[1]} place, {byType[2]} agency, {byType[3]} date)");
}
