using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EntityGraph.Cli.Evaluation;
using EntityGraph.Recognition;

namespace EntityGraph.Cli.Commands;

/// <summary><c>entitygraph eval</c>: scores the extractor against gold annotations.</summary>
internal sealed class EvalCommand : ICommand
{
    public string Name => "eval";

    public string Summary => "Score the extractor against gold annotations (--gold DIR).";

    public string Help => """
        Usage: entitygraph eval --gold <dir> [--errors] [--relations]
               entitygraph eval --conll <file> [--predictions <out>]

        Runs the default extractor over every <name>.txt in <dir> that has a <name>.txt.gold.json
        beside it (the gold format: documents' mentions with start/end/type/canonical/value and typed
        relations) and prints precision, recall and F1 per type (exact span and type match),
        micro-averaged, DATE value accuracy over matched spans, creation-date detection, B-cubed
        entity resolution (overall and for entities written in more than one form) and typed-relation
        precision and recall.

        With --conll, scores the named-entity model on a CoNLL-2003 format file instead (PER/LOC/ORG,
        exact spans, MISC ignored, conlleval-style), optionally writing the input back with the
        predicted tag as a last column.

        Options:
          --gold <dir>   folder of texts and .gold.json files
          --errors       also list every missed and spurious mention and every wrong date value
          --relations    also list every typed edge of the graph with its evidence
          --rules-only   leave the statistical model out (measures the rule-and-lexicon layer alone)
          --conll <file> score the model on a CoNLL file
          --predictions <out>  with --conll: write the file back with a predicted-tag column

        Example:
          entitygraph eval --gold ../shared/gold/seeds --errors
          entitygraph eval --conll ../shared/data/conll2003/valid.txt --predictions valid.pred.txt

        Exit codes: 0 scored, 1 a gold file or text could not be read, 2 bad arguments.
        """;

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(args, ["--errors", "--relations", "--rules-only"], ["--gold", "--conll", "--predictions"]);
        if (a.Get("--conll") is string conll)
        {
            return ConllEval.Run(conll, a.Get("--predictions"), stdout, stderr);
        }

        string? goldDir = a.Get("--gold");
        if (goldDir is null)
        {
            throw new ArgumentException("give --gold <dir> or --conll <file>");
        }

        List<GoldDocument> gold;
        try
        {
            gold = GoldDocument.LoadFolder(goldDir);
        }
        catch (EntityGraphException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            return 1;
        }

        ExtractorOptions options = EntityExtractor.DefaultOptions();
        if (a.Has("--rules-only"))
        {
            var rules = new List<IEntityRecognizer>();
            foreach (IEntityRecognizer r in options.Recognizers)
            {
                if (r is not EntityGraph.Recognition.Model.PerceptronRecognizer)
                {
                    rules.Add(r);
                }
            }

            options = options with { Recognizers = rules };
        }

        EvaluationReport report = GoldEvaluator.Evaluate(new EntityExtractor(options), gold);
        Print(report, a.Has("--errors"), a.Has("--relations"), stdout);
        return 0;
    }

    internal static void Print(EvaluationReport report, bool errors, bool relations, TextWriter stdout)
    {
        stdout.WriteLine($"Documents: {report.Documents}");
        stdout.WriteLine();
        stdout.WriteLine(Counts.Header);
        stdout.WriteLine(report.ByType[EntityType.Person].Row("PERSON"));
        stdout.WriteLine(report.ByType[EntityType.Place].Row("PLACE"));
        stdout.WriteLine(report.ByType[EntityType.Agency].Row("AGENCY"));
        stdout.WriteLine(report.ByType[EntityType.Date].Row("DATE"));
        stdout.WriteLine(report.Micro(includeDates: false).Row("micro PERSON+PLACE+AGENCY"));
        stdout.WriteLine(report.Micro(includeDates: true).Row("micro all types"));
        stdout.WriteLine();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"DATE value accuracy (matched spans): {report.DateValuesCorrect}/{report.DateValuesMatched} = {report.DateValueAccuracy:0.000}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Creation date: {report.DctCorrect}/{report.DctStated} stated dates detected; {report.DctUnstatedButGuessed} guessed where none is stated"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Entity resolution, B-cubed over {report.Resolution.Count} matched person/place/agency mentions: P {report.Resolution.Precision:0.000} R {report.Resolution.Recall:0.000} F1 {report.Resolution.F1:0.000}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  entities written in more than one form ({report.ResolutionMultiForm.Count} mentions): P {report.ResolutionMultiForm.Precision:0.000} R {report.ResolutionMultiForm.Recall:0.000} F1 {report.ResolutionMultiForm.F1:0.000}"));
        if (report.Relations is { } rel)
        {
            stdout.WriteLine();
            stdout.WriteLine("Typed relations against the gold relations (the gold lists a few explicit facts per document, so precision here is a lower bound):");
            foreach (var t in rel.PerType)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {t.Type,-12} gold {t.TruePositives + t.FalseNegatives,3}  found {t.TruePositives,3}  predicted {t.TruePositives + t.FalsePositives,3}  P {t.Precision:0.000} R {t.Recall:0.000}"));
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {"all",-12} gold {rel.Micro.TruePositives + rel.Micro.FalseNegatives,3}  found {rel.Micro.TruePositives,3}  predicted {rel.Micro.TruePositives + rel.Micro.FalsePositives,3}  P {rel.Micro.Precision:0.000} R {rel.Micro.Recall:0.000}"));
        }

        if (relations)
        {
            stdout.WriteLine();
            foreach (string line in report.TypedEdges)
            {
                stdout.WriteLine("edge " + line);
            }
        }

        if (errors)
        {
            stdout.WriteLine();
            foreach (string line in report.DctLines)
            {
                stdout.WriteLine("dct " + line);
            }

            foreach (string line in report.DateValueErrors)
            {
                stdout.WriteLine("value " + line);
            }

            foreach (string line in report.Errors)
            {
                stdout.WriteLine(line);
            }
        }
    }
}
