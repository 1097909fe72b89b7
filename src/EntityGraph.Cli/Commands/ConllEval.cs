using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EntityGraph.Recognition.Model;

namespace EntityGraph.Cli.Commands;

/// <summary>
/// Scores the tagger on a CoNLL-format file: exact spans, PER / LOC / ORG (MISC ignored), per-type
/// precision / recall / F1 and micro average, as conlleval does. Documents are split at <c>-DOCSTART-</c>.
/// </summary>
internal static class ConllEval
{
    /// <summary>Scores the shipped model on <paramref name="conllPath"/>; optionally writes the file back with a predicted-tag column.</summary>
    internal static int Run(string conllPath, string? predictionsPath, TextWriter stdout, TextWriter stderr)
    {
        PerceptronRecognizer model;
        try
        {
            model = PerceptronRecognizer.Default;
        }
        catch (EntityGraphException ex)
        {
            stderr.WriteLine("entitygraph eval: " + ex.Message);
            return 1;
        }

        return Run(conllPath, predictionsPath, stdout, stderr, model);
    }

    /// <summary>Scores <paramref name="model"/> on <paramref name="conllPath"/>.</summary>
    internal static int Run(string conllPath, string? predictionsPath, TextWriter stdout, TextWriter stderr, PerceptronRecognizer model)
    {
        IReadOnlyList<ConllDocument> docs;
        try
        {
            docs = ConllReader.Read(conllPath);
        }
        catch (EntityGraphException ex)
        {
            stderr.WriteLine("entitygraph eval: " + ex.Message);
            return 1;
        }

        string[] types = ["PER", "LOC", "ORG"];
        var tp = new int[3];
        var fp = new int[3];
        var fn = new int[3];
        TextWriter? predictions = predictionsPath is null ? null : new StreamWriter(predictionsPath);
        try
        {
            foreach (ConllDocument doc in docs)
            {
                var words = new List<IReadOnlyList<string>>(doc.Sentences.Count);
                foreach (ConllSentence s in doc.Sentences)
                {
                    words.Add(s.Words);
                }

                IReadOnlyList<IReadOnlyList<string>> predicted = model.TagTokens(words);
                for (int k = 0; k < doc.Sentences.Count; k++)
                {
                    ConllSentence s = doc.Sentences[k];
                    var gold = new HashSet<(int, int, string)>();
                    foreach ((int a, int b, string t) in ConllReader.Spans(s.Tags))
                    {
                        if (Array.IndexOf(types, t) >= 0)
                        {
                            gold.Add((a, b, t));
                        }
                    }

                    foreach ((int a, int b, string t) in ConllReader.Spans(predicted[k]))
                    {
                        int ti = Array.IndexOf(types, t);
                        if (gold.Remove((a, b, t)))
                        {
                            tp[ti]++;
                        }
                        else
                        {
                            fp[ti]++;
                        }
                    }

                    foreach ((_, _, string t) in gold)
                    {
                        fn[Array.IndexOf(types, t)]++;
                    }

                    if (predictions is not null)
                    {
                        for (int i = 0; i < s.Lines.Count; i++)
                        {
                            predictions.WriteLine(s.Lines[i] + " " + predicted[k][i]);
                        }

                        predictions.WriteLine();
                    }
                }

                predictions?.WriteLine("-DOCSTART- -X- -X- O O");
                predictions?.WriteLine();
            }
        }
        finally
        {
            predictions?.Dispose();
        }

        stdout.WriteLine("type    precision  recall      F1   gold  found");
        for (int t = 0; t < 3; t++)
        {
            Line(stdout, types[t], tp[t], fp[t], fn[t]);
        }

        Line(stdout, "micro", tp[0] + tp[1] + tp[2], fp[0] + fp[1] + fp[2], fn[0] + fn[1] + fn[2]);
        return 0;
    }

    private static void Line(TextWriter w, string name, int tp, int fp, int fn)
    {
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-7} {p,9:F4} {r,7:F4} {f,7:F4} {tp + fn,6} {tp + fp,6}"));
    }
}
