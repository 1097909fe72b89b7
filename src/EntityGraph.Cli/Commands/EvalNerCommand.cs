using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using EntityGraph.Recognition;
using EntityGraph.Recognition.Model;
using EntityGraph.Text;

namespace EntityGraph.Cli.Commands;

/// <summary>
/// <c>entitygraph eval-ner</c>: scores a model (the shipped one or a file) on a CoNLL file and/or on gold
/// JSON annotations (PERSON / PLACE / AGENCY, exact spans). A development aid beside <c>eval</c>.
/// </summary>
internal sealed class EvalNerCommand : ICommand
{
    public string Name => "eval-ner";

    public string Summary => "score the NER model on a CoNLL file or gold-annotated texts";

    public string Help => """
        Usage: entitygraph eval-ner [--model <file>] [--conll <file> [--predictions <out>]] [--gold <folder>]

          --model <file>        model file (default: the model shipped in the library)
          --conll <file>        CoNLL file to score (PER/LOC/ORG, exact spans, MISC ignored)
          --predictions <out>   write the CoNLL file back with a predicted-tag column
          --gold <folder>       folder of <name>.txt with <name>.txt.gold.json (PERSON/PLACE/AGENCY scored)
        """;

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(args, ["--errors"], ["--model", "--conll", "--predictions", "--gold"]);
        string? path = a.Get("--model");
        PerceptronRecognizer model;
        try
        {
            model = path is null ? PerceptronRecognizer.Default : PerceptronRecognizer.Load(path);
        }
        catch (EntityGraphException ex)
        {
            stderr.WriteLine("entitygraph eval-ner: " + ex.Message);
            return 1;
        }

        int rc = 0;
        if (a.Get("--conll") is string conll)
        {
            rc = ConllEval.Run(conll, a.Get("--predictions"), stdout, stderr, model);
        }

        if (a.Get("--gold") is string gold)
        {
            ScoreGold(gold, model, stdout, a.Has("--errors"));
        }

        return rc;
    }

    private static void ScoreGold(string folder, PerceptronRecognizer model, TextWriter stdout, bool errors)
    {
        var tp = new int[3];
        var fp = new int[3];
        var fn = new int[3];
        foreach (string json in Directory.GetFiles(folder, "*.gold.json"))
        {
            string txt = json[..^".gold.json".Length];
            Document doc = Document.FromFile(txt);
            var gold = new HashSet<(int, int, EntityType)>();
            using (JsonDocument j = JsonDocument.Parse(File.ReadAllText(json)))
            {
                foreach (JsonElement e in j.RootElement.GetProperty("entities").EnumerateArray())
                {
                    if (EntityTypes.TryParse(e.GetProperty("type").GetString(), out EntityType t) && t != EntityType.Date)
                    {
                        gold.Add((e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), t));
                    }
                }
            }

            var found = new List<Mention>();
            model.Recognize(TextAnalyzer.Default.Analyze(doc), found);
            foreach (Mention m in found)
            {
                if (gold.Remove((m.Start, m.End, m.Type)))
                {
                    tp[(int)m.Type]++;
                }
                else
                {
                    fp[(int)m.Type]++;
                    if (errors)
                    {
                        stdout.WriteLine("  FP " + m.Type + " " + m.Text);
                    }
                }
            }

            foreach ((int s, int e, EntityType t) in gold)
            {
                fn[(int)t]++;
                if (errors)
                {
                    stdout.WriteLine("  FN " + t + " " + doc.Text[s..e]);
                }
            }
        }

        stdout.WriteLine("gold texts: type precision recall F1");
        string[] names = ["PERSON", "PLACE", "AGENCY"];
        for (int t = 0; t < 3; t++)
        {
            Line(stdout, names[t], tp[t], fp[t], fn[t]);
        }

        Line(stdout, "micro", tp[0] + tp[1] + tp[2], fp[0] + fp[1] + fp[2], fn[0] + fn[1] + fn[2]);
    }

    private static void Line(TextWriter w, string name, int tp, int fp, int fn)
    {
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-7} {p,9:F4} {r,7:F4} {f,7:F4} {tp + fn,6} {tp + fp,6}"));
    }
}
