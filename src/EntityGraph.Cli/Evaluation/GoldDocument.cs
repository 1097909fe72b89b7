using System;
using System.Collections.Generic;
using System.IO;
using EntityGraph.Recognition;
using Newtonsoft.Json.Linq;

namespace EntityGraph.Cli.Evaluation;

/// <summary>A gold mention from a <c>.gold.json</c> file.</summary>
internal sealed record GoldMention(int Start, int End, string Text, EntityType Type, string Canonical, string? Value, string? Mod);

/// <summary>A gold typed relation.</summary>
internal sealed record GoldRelation(string Head, string Relation, string Tail, string Evidence);

/// <summary>One gold-annotated document: its text file and annotations (format of the shared gold FORMAT.md).</summary>
internal sealed class GoldDocument
{
    public required string TextPath { get; init; }

    public required string? Dct { get; init; }

    public required IReadOnlyList<GoldMention> Mentions { get; init; }

    public required IReadOnlyList<GoldRelation> Relations { get; init; }

    /// <summary>Reads every <c>X.txt</c> that has an <c>X.txt.gold.json</c> beside it, sorted by name.</summary>
    /// <exception cref="EntityGraphException">The folder is missing or a gold file is malformed (message names the file).</exception>
    public static List<GoldDocument> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new EntityGraphException(folder + ": gold folder not found");
        }

        var files = new List<string>(Directory.GetFiles(folder, "*.gold.json"));
        files.Sort(StringComparer.Ordinal);
        if (files.Count == 0)
        {
            throw new EntityGraphException(folder + ": no *.gold.json files");
        }

        var result = new List<GoldDocument>(files.Count);
        foreach (string gold in files)
        {
            string text = gold[..^".gold.json".Length];
            if (!File.Exists(text))
            {
                throw new EntityGraphException(gold + ": the text file " + Path.GetFileName(text) + " is missing beside it");
            }

            result.Add(Load(gold, text));
        }

        return result;
    }

    private static GoldDocument Load(string goldPath, string textPath)
    {
        JObject root;
        try
        {
            root = JObject.Parse(File.ReadAllText(goldPath));
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            throw new EntityGraphException(goldPath + ": not valid JSON (" + ex.Message + ")", ex);
        }

        var mentions = new List<GoldMention>();
        if (root["entities"] is JArray entities)
        {
            int n = 0;
            foreach (JToken e in entities)
            {
                n++;
                string? typeName = (string?)e["type"];
                if (!EntityTypes.TryParse(typeName, out EntityType type))
                {
                    throw new EntityGraphException(goldPath + ": entity " + n + " has unknown type '" + typeName + "'");
                }

                int? start = (int?)e["start"], end = (int?)e["end"];
                if (start is null || end is null || end <= start)
                {
                    throw new EntityGraphException(goldPath + ": entity " + n + " has no valid start/end");
                }

                mentions.Add(new GoldMention(start.Value, end.Value, (string?)e["text"] ?? "", type,
                    (string?)e["canonical"] ?? (string?)e["text"] ?? "", (string?)e["value"], (string?)e["mod"]));
            }
        }

        var relations = new List<GoldRelation>();
        if (root["relations"] is JArray rels)
        {
            foreach (JToken r in rels)
            {
                relations.Add(new GoldRelation((string?)r["head"] ?? "", (string?)r["relation"] ?? "", (string?)r["tail"] ?? "", (string?)r["evidence"] ?? ""));
            }
        }

        return new GoldDocument
        {
            TextPath = textPath,
            Dct = (string?)root["dct"],
            Mentions = mentions,
            Relations = relations,
        };
    }
}
