using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// The whole default pipeline on the seeds, relations mapped to gold canonicals through mention overlap.
/// Reports the numbers; it depends on every stage, so it only fails on a crash.
/// </summary>
public class SeedEndToEndRelationTests
{
    [Test]
    public void Extract_SeedsEndToEnd_ReportsRelationScores()
    {
        string? dir = RelationTestData.GoldSeeds();
        if (dir is null)
        {
            Assert.Ignore("shared/gold/seeds not found above the test directory; end-to-end relation check skipped.");
            return;
        }

        EntityExtractor extractor = EntityExtractor.CreateDefault();
        var gold = new List<RelationTriple>();
        var predicted = new List<RelationTriple>();
        foreach (string path in Directory.GetFiles(dir, "*.gold.json"))
        {
            string id = Path.GetFileName(path);
            DocumentResult r = extractor.Extract(Document.FromFile(path[..^".gold.json".Length]));
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
            var goldMentions = new List<(TextSpan, string)>();
            foreach (JsonElement e in json.RootElement.GetProperty("entities").EnumerateArray())
            {
                if (e.GetProperty("type").GetString() != "DATE")
                {
                    goldMentions.Add((new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()), e.GetProperty("canonical").GetString()! + "#" + id));
                }
            }

            foreach (JsonElement g in json.RootElement.GetProperty("relations").EnumerateArray())
            {
                gold.Add(new RelationTriple(g.GetProperty("head").GetString()! + "#" + id, g.GetProperty("relation").GetString()!, g.GetProperty("tail").GetString()! + "#" + id));
            }

            var predictedMentions = new List<(TextSpan, string)>();
            for (int m = 0; m < r.Mentions.Count; m++)
            {
                if (r.Mentions[m].Type != EntityType.Date && r.EntityOf(m) >= 0)
                {
                    predictedMentions.Add((r.Mentions[m].Span, r.EntityOf(m).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            var triples = new List<RelationTriple>();
            foreach (RelationMention rel in r.Relations)
            {
                if (rel.Type != RelationTypes.Role)
                {
                    triples.Add(new RelationTriple(rel.Head.ToString(System.Globalization.CultureInfo.InvariantCulture), rel.Type, rel.Tail.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    TestContext.Out.WriteLine(id + "  " + r.Entities[rel.Head].Name + " |" + rel.Type + "| " + r.Entities[rel.Tail].Name);
                }
            }

            predicted.AddRange(RelationScorer.Rename(triples, RelationScorer.MapEntities(predictedMentions, goldMentions)));
        }

        RelationScore score = RelationScorer.Score(gold, predicted);
        foreach (RelationTypeScore s in score.PerType)
        {
            TestContext.Out.WriteLine($"{s.Type}: tp={s.TruePositives} fp={s.FalsePositives} fn={s.FalseNegatives}");
        }

        TestContext.Out.WriteLine($"all: tp={score.Micro.TruePositives} fp={score.Micro.FalsePositives} fn={score.Micro.FalseNegatives} P={score.Micro.Precision:F2} R={score.Micro.Recall:F2}");
        Assert.That(score.Micro.TruePositives + score.Micro.FalseNegatives, Is.EqualTo(gold.Count - CountRoles(gold)));
    }

    private static int CountRoles(List<RelationTriple> gold)
    {
        int n = 0;
        foreach (RelationTriple t in gold)
        {
            n += t.Type == RelationTypes.Role ? 1 : 0;
        }

        return n;
    }
}
