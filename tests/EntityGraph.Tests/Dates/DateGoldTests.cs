using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using EntityGraph.Dates;
using EntityGraph.Recognition;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Dates;

/// <summary>Regression guard: DATE spans, values and creation dates on the annotated seed documents.</summary>
public class DateGoldTests
{
    private static string? FindGoldSeeds()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null)
        {
            string shared = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "data")) || Directory.Exists(Path.Combine(shared, "gold")))
            {
                string seeds = Path.Combine(shared, "gold", "seeds");
                return Directory.Exists(seeds) ? seeds : null;
            }

            dir = dir.Parent;
        }

        return null;
    }

    [Test]
    public void GoldSeeds_DatesAndDct_MeetRegressionThresholds()
    {
        string? seeds = FindGoldSeeds();
        if (seeds is null)
        {
            Assert.Ignore("No shared/gold/seeds directory above the test directory; the gold DATE check needs the annotated seeds.");
            return;
        }

        var detector = new DctDetector();
        var recognizer = new DateRecognizer();
        int tp = 0, predicted = 0, gold = 0, valueOk = 0, dctStated = 0, dctOk = 0;
        foreach (string goldPath in Directory.GetFiles(seeds, "*.gold.json"))
        {
            string textPath = goldPath[..^".gold.json".Length];
            string text = File.ReadAllText(textPath);
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(goldPath));
            JsonElement root = json.RootElement;
            DateOnly? goldDct = root.TryGetProperty("dct", out JsonElement d) && d.ValueKind == JsonValueKind.String ? DateOnly.Parse(d.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null;

            TokenizedDocument analysis = TextAnalyzer.Default.Analyze(new Document(Path.GetFileName(textPath), text));
            DctResult dct = detector.Detect(analysis);
            TestContext.Out.WriteLine($"{Path.GetFileName(textPath)}: DCT gold={goldDct?.ToString("yyyy-MM-dd") ?? "none"} found={dct.Date?.ToString("yyyy-MM-dd") ?? "none"} ({dct.Source})");
            if (goldDct.HasValue)
            {
                dctStated++;
                if (dct.Date == goldDct)
                {
                    dctOk++;
                }
            }

            var mentions = new List<Mention>();
            recognizer.Recognize(analysis, dct.Date, mentions);
            var goldSpans = new Dictionary<(int, int), (string Text, string? Value, string? Mod)>();
            foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
            {
                if (e.GetProperty("type").GetString() == "DATE")
                {
                    goldSpans[(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())] =
                        (e.GetProperty("text").GetString()!, e.TryGetProperty("value", out JsonElement v) ? v.GetString() : null, e.TryGetProperty("mod", out JsonElement md) ? md.GetString() : null);
                }
            }

            gold += goldSpans.Count;
            predicted += mentions.Count;
            var matched = new HashSet<(int, int)>();
            foreach (Mention m in mentions)
            {
                if (goldSpans.TryGetValue((m.Start, m.End), out var g))
                {
                    tp++;
                    matched.Add((m.Start, m.End));
                    if (g.Value == m.Value && g.Mod == m.Mod)
                    {
                        valueOk++;
                    }
                    else
                    {
                        TestContext.Out.WriteLine($"  value  '{m.Text}' got {m.Value} {m.Mod} want {g.Value} {g.Mod}");
                    }
                }
                else
                {
                    TestContext.Out.WriteLine($"  extra  [{m.Start},{m.End}) '{m.Text}' {m.Value}");
                }
            }

            foreach (var kv in goldSpans)
            {
                if (!matched.Contains(kv.Key))
                {
                    TestContext.Out.WriteLine($"  missed [{kv.Key.Item1},{kv.Key.Item2}) '{kv.Value.Text}' {kv.Value.Value}");
                }
            }
        }

        double p = predicted == 0 ? 0 : (double)tp / predicted;
        double r = gold == 0 ? 0 : (double)tp / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double acc = tp == 0 ? 0 : (double)valueOk / tp;
        TestContext.Out.WriteLine($"DATE spans: P={p:F3} R={r:F3} F1={f1:F3} (tp={tp} predicted={predicted} gold={gold}); value accuracy={acc:F3} ({valueOk}/{tp}); DCT {dctOk}/{dctStated}");
        Assert.Multiple(() =>
        {
            Assert.That(f1, Is.GreaterThanOrEqualTo(0.85), "DATE span F1");
            Assert.That(acc, Is.GreaterThanOrEqualTo(0.85), "DATE value accuracy");
            Assert.That(dctOk, Is.EqualTo(dctStated), "creation dates found");
        });
    }
}
