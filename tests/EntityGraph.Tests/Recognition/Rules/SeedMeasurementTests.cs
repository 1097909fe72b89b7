using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EntityGraph.Recognition;
using EntityGraph.Text;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Rules;

/// <summary>Measures the default extractor's PERSON/PLACE/AGENCY mentions against the gold seed annotations.</summary>
public class SeedMeasurementTests
{
    private static readonly string[] Types = ["PERSON", "PLACE", "AGENCY"];

    [Test]
    public void Extract_GoldSeeds_MicroF1AtLeastSixtyPercent()
    {
        string? gold = FindGoldSeeds();
        if (gold is null)
        {
            Assert.Ignore("The gold seed annotations (shared/gold/seeds) were not found above the test directory; nothing to measure.");
            return;
        }

        var extractor = EntityExtractor.CreateDefault();
        var tp = Types.ToDictionary(t => t, _ => 0);
        var fp = Types.ToDictionary(t => t, _ => 0);
        var fn = Types.ToDictionary(t => t, _ => 0);
        foreach (string goldFile in Directory.GetFiles(gold, "*.gold.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            string textFile = goldFile[..^".gold.json".Length];
            Document doc = Document.FromFile(textFile);
            JObject g = JObject.Parse(File.ReadAllText(goldFile));
            var expected = new HashSet<(int, int, string)>();
            foreach (JToken e in g["entities"]!)
            {
                string type = (string)e["type"]!;
                if (Types.Contains(type))
                {
                    expected.Add(((int)e["start"]!, (int)e["end"]!, type));
                }
            }

            var actual = new HashSet<(int, int, string)>();
            foreach (Mention m in extractor.Extract(doc).Mentions)
            {
                string type = m.Type.ToName().ToUpperInvariant();
                if (Types.Contains(type))
                {
                    actual.Add((m.Start, m.End, type));
                }
            }

            foreach ((int s, int e, string t) in actual)
            {
                if (expected.Contains((s, e, t)))
                {
                    tp[t]++;
                }
                else
                {
                    fp[t]++;
                    TestContext.Out.WriteLine($"FP {Path.GetFileName(textFile)} {t} [{s},{e}) '{doc.Text[s..e]}'");
                }
            }

            foreach ((int s, int e, string t) in expected.Where(x => !actual.Contains(x)))
            {
                fn[t]++;
                TestContext.Out.WriteLine($"FN {Path.GetFileName(textFile)} {t} [{s},{e}) '{doc.Text[s..e]}'");
            }
        }

        foreach (string t in Types)
        {
            TestContext.Out.WriteLine(Line(t, tp[t], fp[t], fn[t]));
        }

        (double p, double r, double f1) = Prf(tp.Values.Sum(), fp.Values.Sum(), fn.Values.Sum());
        TestContext.Out.WriteLine(Line("micro", tp.Values.Sum(), fp.Values.Sum(), fn.Values.Sum()));
        Assert.That(f1, Is.GreaterThanOrEqualTo(0.60), $"micro P={p:F3} R={r:F3} F1={f1:F3}");
    }

    private static string Line(string name, int tp, int fp, int fn)
    {
        (double p, double r, double f) = Prf(tp, fp, fn);
        return $"{name,-7} P={p:F3} R={r:F3} F1={f:F3} (tp={tp} fp={fp} fn={fn})";
    }

    private static (double P, double R, double F1) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static string? FindGoldSeeds()
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
}
