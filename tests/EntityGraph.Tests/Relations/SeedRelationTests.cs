using System;
using System.Collections.Generic;
using System.IO;
using EntityGraph.Relations;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>The extractor on the seed texts with gold mentions: a regression guard, not the held-out measurement.</summary>
public class SeedRelationTests
{
    [Test]
    public void Extract_SeedsWithGoldMentions_MeetsRecallAndPrecision()
    {
        string? dir = RelationTestData.GoldSeeds();
        if (dir is null)
        {
            Assert.Ignore("shared/gold/seeds not found above the test directory; seed relation check skipped.");
            return;
        }

        var allGold = new List<RelationTriple>();
        var allPredicted = new List<RelationTriple>();
        foreach (string path in Directory.GetFiles(dir, "*.gold.json"))
        {
            (MarkedDocument doc, List<RelationTriple> gold) = RelationTestData.LoadGold(path, TextAnalyzer.Default);
            var predicted = new List<RelationTriple>();
            foreach (RelationMention r in doc.Extract())
            {
                string line = Path.GetFileName(path) + "  " + doc.Name(r.Head) + " |" + r.Type + "| " + doc.Name(r.Tail) + (r.Role is null ? "" : "  role=" + r.Role)
                    + "  conf=" + r.Confidence + "  trig=" + (r.Trigger is { } t ? doc.Text[t.Start..t.End] : "") + "  sent=" + doc.Text[r.Sentence.Start..r.Sentence.End].Replace('\n', ' ');
                TestContext.Out.WriteLine(line.Length > 260 ? line[..260] : line);
                if (r.Type != RelationTypes.Role)
                {
                    predicted.Add(new RelationTriple(doc.Name(r.Head) + "#" + Path.GetFileName(path), r.Type, doc.Name(r.Tail) + "#" + Path.GetFileName(path)));
                }
            }

            foreach (RelationTriple g in gold)
            {
                allGold.Add(g with { Head = g.Head + "#" + Path.GetFileName(path), Tail = g.Tail + "#" + Path.GetFileName(path) });
            }

            allPredicted.AddRange(predicted);
        }

        RelationScore score = RelationScorer.Score(allGold, allPredicted);
        foreach (RelationTypeScore s in score.PerType)
        {
            TestContext.Out.WriteLine($"{s.Type}: tp={s.TruePositives} fp={s.FalsePositives} fn={s.FalseNegatives} P={s.Precision:F2} R={s.Recall:F2}");
        }

        TestContext.Out.WriteLine($"all: tp={score.Micro.TruePositives} fp={score.Micro.FalsePositives} fn={score.Micro.FalseNegatives} P={score.Micro.Precision:F2} R={score.Micro.Recall:F2}");
        Assert.That(score.Micro.Recall, Is.GreaterThanOrEqualTo(0.7));
    }
}
