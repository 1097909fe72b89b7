#:project ../src/EntityGraph/EntityGraph.csproj
// A file-based app: run with `dotnet run samples/quickstart.cs [folder]` from the repository root.
// It extracts a knowledge graph from a folder of .txt documents (default: seeds), prints the
// most mentioned people, places and agencies, and writes graph.json and graph.graphml.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EntityGraph;
using EntityGraph.Export;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using EntityGraph.Text;

string folder = args.Length > 0 ? args[0] : "seeds";
var extractor = EntityExtractor.CreateDefault();
var results = new List<DocumentResult>();
foreach (string path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
{
    DocumentResult result = extractor.Extract(Document.FromFile(path));
    Console.WriteLine($"{result.Document.Id}: {result.Mentions.Count} mentions, created {result.Dct.Date?.ToString("yyyy-MM-dd") ?? "(unknown)"}");
    results.Add(result);
}

KnowledgeGraph graph = KnowledgeGraph.Build(results);
Console.WriteLine();
Console.WriteLine($"{graph.Entities.Count} entities, {graph.Relations.Count} edges");
foreach (Entity e in graph.Entities.Where(e => e.Type != EntityType.Date).OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id, StringComparer.Ordinal).Take(8))
{
    Console.WriteLine($"  {e.Label,-30} {e.Type.ToName(),-7} {e.MentionCount,3} mentions in {e.DocumentCount} documents");
}

Directory.CreateDirectory("out");
using (var json = File.Create("out/quickstart.json"))
{
    graph.WriteJson(json);
}

using (var graphml = File.Create("out/quickstart.graphml"))
{
    graph.WriteGraphML(graphml);
}

Console.WriteLine("Wrote out/quickstart.json and out/quickstart.graphml");
