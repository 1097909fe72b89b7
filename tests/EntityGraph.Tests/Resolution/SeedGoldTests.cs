using System.Collections.Generic;
using System.IO;
using EntityGraph.Recognition;
using EntityGraph.Resolution;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

/// <summary>Resolution of the gold mentions of the seed documents, scored with B-cubed against the gold canonical names.</summary>
public class SeedGoldTests
{
    [Test]
    public void ResolveGoldMentions_SeedDocuments_HighBCubed()
    {
        string? dir = SharedData.Find(Path.Combine("gold", "seeds"));
        if (dir is null)
        {
            Assert.Ignore("shared/gold/seeds not found next to the repository; seed check skipped.");
            return;
        }

        var grouper = new ContextualGrouper();
        var docs = new List<DocumentEntities>();
        var golds = new List<(string Doc, List<Mention> Mentions, List<string> Canonical)>();
        foreach (string file in Directory.GetFiles(dir, "*.gold.json"))
        {
            string textFile = file[..^".gold.json".Length];
            string text = File.ReadAllText(textFile);
            var gold = JObject.Parse(File.ReadAllText(file));
            var mentions = new List<Mention>();
            var canon = new List<string>();
            foreach (JToken e in (JArray)gold["entities"]!)
            {
                if ((string)e["type"]! == "DATE")
                {
                    continue;
                }

                EntityTypes.TryParse((string)e["type"]!, out EntityType t);
                mentions.Add(Mention.Create(text, (int)e["start"]!, (int)e["end"]!, t, "gold"));
                canon.Add((string)e["type"]! + "|" + (string)e["canonical"]!);
            }

            string id = Path.GetFileName(textFile);
            docs.Add(new DocumentEntities(id, grouper.Group(text, mentions)));
            golds.Add((id, mentions, canon));
        }

        EntityResolution res = new EntityResolver().Resolve(docs);
        var items = new List<ClusterAssignment>();
        for (int d = 0; d < docs.Count; d++)
        {
            var entityOf = new Dictionary<int, int>();
            foreach (LocalEntity le in docs[d].Entities)
            {
                foreach (int m in le.Mentions)
                {
                    entityOf[m] = le.Index;
                }
            }

            for (int m = 0; m < golds[d].Mentions.Count; m++)
            {
                ResolvedEntity r = res.EntityOf(docs[d].DocumentId, entityOf[m]);
                items.Add(new ClusterAssignment(golds[d].Canonical[m], r.Key, golds[d].Mentions[m].Text));
            }
        }

        BCubedScore all = BCubed.Score(items), multi = BCubed.ScoreMultiForm(items);
        foreach (ResolvedEntity e in res.Entities)
        {
            TestContext.Out.WriteLine(e.Key + " '" + e.Label + "' [" + string.Join("; ", e.Aliases) + "] roles=" + string.Join("/", e.Roles)
                + " docs=" + e.Members.Count + " why=" + string.Join(",", e.MergeReasons));
        }

        TestContext.Out.WriteLine($"all P={all.Precision:F3} R={all.Recall:F3} F={all.F1:F3} n={all.Count}; multi-form P={multi.Precision:F3} R={multi.Recall:F3} F={multi.F1:F3} n={multi.Count}");
        Assert.That(all.F1, Is.GreaterThan(0.9));
    }
}
