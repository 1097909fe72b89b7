using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Text;

namespace EntityGraph.Cli.Evaluation;

/// <summary>What <see cref="GoldEvaluator"/> measured.</summary>
internal sealed class EvaluationReport
{
    public Dictionary<EntityType, Counts> ByType { get; } = new()
    {
        [EntityType.Person] = new Counts(),
        [EntityType.Place] = new Counts(),
        [EntityType.Agency] = new Counts(),
        [EntityType.Date] = new Counts(),
    };

    public int Documents { get; set; }

    public int DateValuesCorrect { get; set; }

    public int DateValuesMatched { get; set; }

    public int DctStated { get; set; }

    public int DctCorrect { get; set; }

    public int DctUnstatedButGuessed { get; set; }

    public List<string> Errors { get; } = new();

    public List<string> DateValueErrors { get; } = new();

    public List<string> DctLines { get; } = new();

    public KnowledgeGraph? Graph { get; set; }

    /// <summary>B-cubed of matched person/place/agency mentions' entity assignment, over all documents.</summary>
    public BCubedScore Resolution { get; set; }

    /// <summary>Typed-relation precision and recall against the gold relations (through mention overlap).</summary>
    public RelationScore? Relations { get; set; }

    /// <summary>Every typed edge of the graph, as <c>head -type-> tail</c> with gold names where mapped, for reading.</summary>
    public List<string> TypedEdges { get; } = new();

    /// <summary>The same restricted to gold entities written in more than one form.</summary>
    public BCubedScore ResolutionMultiForm { get; set; }

    public Counts Micro(bool includeDates)
    {
        var c = new Counts();
        foreach (KeyValuePair<EntityType, Counts> kv in ByType)
        {
            if (includeDates || kv.Key != EntityType.Date)
            {
                c.Add(kv.Value);
            }
        }

        return c;
    }

    public double DateValueAccuracy => DateValuesMatched == 0 ? 0 : (double)DateValuesCorrect / DateValuesMatched;
}

/// <summary>Runs the extractor over gold-annotated documents and scores it (exact span and type match).</summary>
internal static class GoldEvaluator
{
    public static EvaluationReport Evaluate(EntityExtractor extractor, IReadOnlyList<GoldDocument> gold)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(gold);
        var report = new EvaluationReport { Documents = gold.Count };
        var results = new List<DocumentResult>(gold.Count);
        foreach (GoldDocument g in gold)
        {
            DocumentResult r = extractor.Extract(Document.FromFile(g.TextPath));
            results.Add(r);
            string name = Path.GetFileName(g.TextPath);
            ScoreSpans(name, r, g, report);
            ScoreDct(name, r, g, report);
        }

        report.Graph = KnowledgeGraph.Build(results);
        ScoreResolution(report.Graph, gold, report);
        ScoreRelations(report.Graph, gold, report);
        return report;
    }

    private static void ScoreRelations(KnowledgeGraph graph, IReadOnlyList<GoldDocument> gold, EvaluationReport report)
    {
        // Spans of different documents are kept apart by shifting each document into its own range.
        const int Stride = 100_000_000;
        var predicted = new List<(TextSpan Span, string Entity)>();
        var goldSpans = new List<(TextSpan Span, string Canonical)>();
        var goldTriples = new List<RelationTriple>();
        for (int d = 0; d < gold.Count; d++)
        {
            int shift = d * Stride;
            foreach (MentionRecord m in graph.Documents[d].Mentions)
            {
                if (m.Type != EntityType.Date)
                {
                    predicted.Add((new TextSpan(m.Start + shift, m.End + shift), m.Entity));
                }
            }

            foreach (GoldMention gm in gold[d].Mentions)
            {
                if (gm.Type != EntityType.Date)
                {
                    goldSpans.Add((new TextSpan(gm.Start + shift, gm.End + shift), gm.Canonical));
                }
            }

            foreach (GoldRelation gr in gold[d].Relations)
            {
                goldTriples.Add(new RelationTriple(gr.Head, gr.Relation, gr.Tail));
            }
        }

        IReadOnlyDictionary<string, string> map = RelationScorer.MapEntities(predicted, goldSpans);
        var typed = new List<RelationTriple>();
        foreach (Relation r in graph.Relations)
        {
            if (System.Linq.Enumerable.Contains(RelationScorer.ScoredTypes, r.Type))
            {
                typed.Add(new RelationTriple(r.Source.Id, r.Type, r.Target.Id));
                string head = map.TryGetValue(r.Source.Id, out string? h) ? h : r.Source.Label;
                string tail = map.TryGetValue(r.Target.Id, out string? t) ? t : r.Target.Label;
                Evidence ev = r.Evidence[0];
                report.TypedEdges.Add($"{head} -{r.Type}-> {tail}  [{ev.DocumentId} {ev.Start}-{ev.End}, {r.Evidence.Count} evidence]");
            }
        }

        report.Relations = RelationScorer.Score(goldTriples, RelationScorer.Rename(typed, map));
    }

    private static void ScoreResolution(KnowledgeGraph graph, IReadOnlyList<GoldDocument> gold, EvaluationReport report)
    {
        var items = new List<ClusterAssignment>();
        for (int d = 0; d < gold.Count; d++)
        {
            var entityAt = new Dictionary<(int, int, EntityType), string>();
            foreach (MentionRecord m in graph.Documents[d].Mentions)
            {
                entityAt[(m.Start, m.End, m.Type)] = m.Entity;
            }

            foreach (GoldMention gm in gold[d].Mentions)
            {
                if (gm.Type != EntityType.Date && entityAt.TryGetValue((gm.Start, gm.End, gm.Type), out string? entity))
                {
                    items.Add(new ClusterAssignment(gm.Type.ToName() + "|" + gm.Canonical, entity, gm.Text));
                }
            }
        }

        report.Resolution = BCubed.Score(items);
        report.ResolutionMultiForm = BCubed.ScoreMultiForm(items);
    }

    private static void ScoreSpans(string name, DocumentResult r, GoldDocument g, EvaluationReport report)
    {
        var predicted = new Dictionary<(int, int, EntityType), Mention>();
        foreach (Mention m in r.Mentions)
        {
            predicted[(m.Start, m.End, m.Type)] = m;
        }

        var goldKeys = new HashSet<(int, int, EntityType)>();
        foreach (GoldMention gm in g.Mentions)
        {
            var key = (gm.Start, gm.End, gm.Type);
            goldKeys.Add(key);
            Counts c = report.ByType[gm.Type];
            if (predicted.TryGetValue(key, out Mention? m))
            {
                c.TruePositives++;
                if (gm.Type == EntityType.Date && gm.Value is not null)
                {
                    report.DateValuesMatched++;
                    if (string.Equals(m.Value, gm.Value, StringComparison.Ordinal))
                    {
                        report.DateValuesCorrect++;
                    }
                    else
                    {
                        report.DateValueErrors.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{name} {gm.Start}-{gm.End} \"{gm.Text}\": expected {gm.Value}, got {m.Value ?? "(none)"}"));
                    }
                }
            }
            else
            {
                c.FalseNegatives++;
                report.Errors.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name} missed   {gm.Type.ToName(),-6} {gm.Start}-{gm.End} \"{gm.Text}\"{Overlap(r, gm)}"));
            }
        }

        foreach (Mention m in r.Mentions)
        {
            if (!goldKeys.Contains((m.Start, m.End, m.Type)))
            {
                report.ByType[m.Type].FalsePositives++;
                report.Errors.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name} spurious {m.Type.ToName(),-6} {m.Start}-{m.End} \"{m.Text}\" ({m.Source})"));
            }
        }
    }

    private static string Overlap(DocumentResult r, GoldMention gm)
    {
        foreach (Mention m in r.Mentions)
        {
            if (m.Start < gm.End && gm.Start < m.End)
            {
                return string.Create(CultureInfo.InvariantCulture, $" (found {m.Type.ToName()} {m.Start}-{m.End} \"{m.Text}\" from {m.Source})");
            }
        }

        return "";
    }

    private static void ScoreDct(string name, DocumentResult r, GoldDocument g, EvaluationReport report)
    {
        string? found = r.Dct.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (g.Dct is not null)
        {
            report.DctStated++;
            if (string.Equals(found, g.Dct, StringComparison.Ordinal))
            {
                report.DctCorrect++;
            }
        }
        else if (found is not null)
        {
            report.DctUnstatedButGuessed++;
        }

        report.DctLines.Add($"{name}: gold {g.Dct ?? "none"}, found {found ?? "none"} ({r.Dct.Source})");
    }
}
