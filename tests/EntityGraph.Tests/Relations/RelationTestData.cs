using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>A small document with explicit mentions, for relation tests.</summary>
internal sealed record MarkedDocument(TokenizedDocument Analysis, List<Mention> Mentions, List<LocalEntity> Entities)
{
    public string Text => Analysis.Text;

    /// <summary>Name of the entity at <paramref name="index"/>.</summary>
    public string Name(int index) => Entities[index].Name;

    public List<RelationMention> Extract()
    {
        var output = new List<RelationMention>();
        new PatternRelationExtractor().Extract(Analysis, Mentions, Entities, output);
        return output;
    }

    /// <summary>Relations as <c>head|type|tail</c> strings (role relations as <c>head|role|Role text</c>).</summary>
    public List<string> Triples(IEnumerable<RelationMention> relations, bool withRoles = false)
    {
        var result = new List<string>();
        foreach (RelationMention r in relations)
        {
            if (r.Type == RelationTypes.Role)
            {
                if (withRoles)
                {
                    result.Add(Name(r.Head) + "|role|" + r.Role);
                }

                continue;
            }

            result.Add(Name(r.Head) + "|" + r.Type + "|" + Name(r.Tail));
        }

        return result;
    }
}

/// <summary>Builds test documents.</summary>
internal static class RelationTestData
{
    /// <summary>
    /// Parses <c>{P|Kong Quan}</c>, <c>{A|Chinese Foreign Ministry}</c>, <c>{L|Beijing}</c>, <c>{D|1962-06-08|8 June 1962}</c>
    /// and <c>{P|Zhang|Zhang Hanfu}</c> (text|entity name) markup into text and mentions; entities group by type and name.
    /// Sentences are separated by a line holding only <c>|</c>, or are the whole text.
    /// </summary>
    public static MarkedDocument Parse(string markup)
    {
        var text = new StringBuilder();
        var raw = new List<(int Start, int End, EntityType Type, string Name, string? Value)>();
        var breaks = new List<int>();
        int i = 0;
        while (i < markup.Length)
        {
            char c = markup[i];
            if (c == '{')
            {
                int close = markup.IndexOf('}', i);
                string[] parts = markup.Substring(i + 1, close - i - 1).Split('|');
                EntityType type = parts[0] switch { "P" => EntityType.Person, "L" => EntityType.Place, "A" => EntityType.Agency, _ => EntityType.Date };
                string? value = null;
                string surface, name;
                if (type == EntityType.Date)
                {
                    value = parts[1];
                    surface = parts[2];
                    name = value;
                }
                else
                {
                    surface = parts[1];
                    name = parts.Length > 2 ? parts[2] : parts[1];
                }

                int start = text.Length;
                text.Append(surface);
                raw.Add((start, text.Length, type, name, value));
                i = close + 1;
            }
            else if (c == '\n' && i + 2 < markup.Length && markup[i + 1] == '|' && markup[i + 2] == '\n')
            {
                breaks.Add(text.Length);
                text.Append("\n\n");
                i += 3;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        string t = text.ToString();
        var mentions = new List<Mention>();
        foreach (var r in raw)
        {
            mentions.Add(Mention.Create(t, r.Start, r.End, r.Type, "test") with { Value = r.Value });
        }

        var names = new List<string>();
        foreach (var r in raw)
        {
            names.Add(r.Name);
        }

        return new MarkedDocument(Analyze(t, breaks), mentions, Group(mentions, names));
    }

    /// <summary>Tokenizes and makes one sentence per region between <paramref name="breaks"/>.</summary>
    public static TokenizedDocument Analyze(string text, List<int> breaks)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var tokenizer = new Tokenizer();
        int from = 0;
        var ends = new List<int>(breaks) { text.Length };
        foreach (int end in ends)
        {
            int first = tokens.Count;
            tokenizer.Tokenize(text, new TextSpan(from, end), tokens);
            if (tokens.Count > first)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[^1].End), first, tokens.Count - first));
            }

            from = end;
        }

        return new TokenizedDocument(Document.FromText(text), tokens.ToArray(), sentences.ToArray(), Array.Empty<TextSpan>());
    }

    /// <summary>Groups mentions by type and name, in order of first mention.</summary>
    public static List<LocalEntity> Group(List<Mention> mentions, List<string> names)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        var result = new List<(EntityType Type, string Name)>();
        for (int m = 0; m < mentions.Count; m++)
        {
            string key = mentions[m].Type + "|" + names[m];
            if (!keys.TryGetValue(key, out int g))
            {
                g = members.Count;
                keys[key] = g;
                members.Add(new List<int>());
                result.Add((mentions[m].Type, names[m]));
            }

            members[g].Add(m);
        }

        var entities = new List<LocalEntity>();
        for (int g = 0; g < members.Count; g++)
        {
            entities.Add(new LocalEntity(g, result[g].Type, result[g].Name, members[g]));
        }

        return entities;
    }

    /// <summary>The gold seed directory, or null (the test is then ignored).</summary>
    public static string? GoldSeeds()
    {
        for (DirectoryInfo? d = new(TestContext.CurrentContext.TestDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "shared", "gold", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A seed with its gold mentions (grouped by canonical) and gold relations.</summary>
    public static (MarkedDocument Doc, List<RelationTriple> Gold) LoadGold(string goldPath, TextAnalyzer analyzer)
    {
        string textPath = goldPath[..^".gold.json".Length];
        Document document = Document.FromFile(textPath);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var mentions = new List<Mention>();
        var names = new List<string>();
        foreach (JsonElement e in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            EntityTypes.TryParse(e.GetProperty("type").GetString(), out EntityType type);
            int start = e.GetProperty("start").GetInt32(), end = e.GetProperty("end").GetInt32();
            string? value = e.TryGetProperty("value", out JsonElement v) ? v.GetString() : null;
            mentions.Add(Mention.Create(document.Text, start, end, type, "gold") with { Value = value });
            names.Add(type == EntityType.Date ? (value ?? "") : e.GetProperty("canonical").GetString()!);
        }

        var gold = new List<RelationTriple>();
        foreach (JsonElement r in json.RootElement.GetProperty("relations").EnumerateArray())
        {
            gold.Add(new RelationTriple(r.GetProperty("head").GetString()!, r.GetProperty("relation").GetString()!, r.GetProperty("tail").GetString()!));
        }

        return (new MarkedDocument(analyzer.Analyze(document), mentions, Group(mentions, names)), gold);
    }
}
