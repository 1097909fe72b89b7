using System;
using System.Collections.Generic;
using System.IO;
using EntityGraph.Cli.Evaluation;
using EntityGraph.Dates;
using EntityGraph.Recognition;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Cli;

public class GoldEvaluatorTests
{
    private sealed class FixedRecognizer(params (int Start, int End, EntityType Type)[] spans) : IEntityRecognizer
    {
        public string Name => "fixed";

        public void Recognize(TokenizedDocument document, List<Mention> output)
        {
            foreach (var (s, e, t) in spans)
            {
                output.Add(Mention.Create(document.Text, s, e, t, Name));
            }
        }
    }

    private sealed class FixedDates(params (int Start, int End, string Value)[] spans) : IDateRecognizer
    {
        public void Recognize(TokenizedDocument document, DateOnly? dct, List<Mention> output)
        {
            foreach (var (s, e, v) in spans)
            {
                output.Add(Mention.Create(document.Text, s, e, EntityType.Date, "fixed") with { Value = v });
            }
        }
    }

    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "eg-gold-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    // "Zhang Hanfu met Chervonenko in Beijing on 8 June 1962. Zhang left."
    //  0           12          24 27      35 38          50   55
    private const string Text = "Zhang Hanfu met Chervonenko in Beijing on 8 June 1962. Zhang left.";

    private const string Gold = """
        {"source":"a.txt","dct":"1962-06-08","entities":[
          {"start":0,"end":11,"text":"Zhang Hanfu","type":"PERSON","canonical":"Zhang Hanfu"},
          {"start":16,"end":27,"text":"Chervonenko","type":"PERSON","canonical":"Stepan Chervonenko"},
          {"start":31,"end":38,"text":"Beijing","type":"PLACE","canonical":"Beijing"},
          {"start":42,"end":53,"text":"8 June 1962","type":"DATE","canonical":"8 June 1962","value":"1962-06-08"},
          {"start":55,"end":60,"text":"Zhang","type":"PERSON","canonical":"Zhang Hanfu"}
        ],"relations":[]}
        """;

    [Test]
    public void Evaluate_HandMadeGold_GivesKnownScores()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Text);
        File.WriteAllText(Path.Combine(_dir, "a.txt.gold.json"), Gold);
        // Two right persons, Beijing typed wrong (AGENCY), a spurious place, the date right with a wrong value.
        var options = EntityExtractor.DefaultOptions() with
        {
            Recognizers = [new FixedRecognizer((0, 11, EntityType.Person), (16, 27, EntityType.Person), (31, 38, EntityType.Agency), (61, 65, EntityType.Place))],
            DateRecognizer = new FixedDates((42, 53, "1962-06")),
        };

        EvaluationReport report = GoldEvaluator.Evaluate(new EntityExtractor(options), GoldDocument.LoadFolder(_dir));

        Counts person = report.ByType[EntityType.Person];
        Assert.That((person.TruePositives, person.FalsePositives, person.FalseNegatives), Is.EqualTo((2, 0, 1)));
        Assert.That(report.ByType[EntityType.Place].Predicted, Is.EqualTo(1));
        Assert.That(report.ByType[EntityType.Place].TruePositives, Is.EqualTo(0));
        Assert.That(report.ByType[EntityType.Agency].FalsePositives, Is.EqualTo(1));
        Counts micro = report.Micro(includeDates: false);
        Assert.That((micro.TruePositives, micro.FalsePositives, micro.FalseNegatives), Is.EqualTo((2, 2, 2)));
        Assert.That(micro.F1, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(report.ByType[EntityType.Date].TruePositives, Is.EqualTo(1));
        Assert.That((report.DateValuesCorrect, report.DateValuesMatched), Is.EqualTo((0, 1)));
        Assert.That(report.DctStated, Is.EqualTo(1));
    }

    [Test]
    public void LoadFolder_MalformedGold_NamesTheFile()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Text);
        string gold = Path.Combine(_dir, "a.txt.gold.json");
        File.WriteAllText(gold, "{\"entities\":[{\"start\":0,\"end\":5,\"type\":\"THING\"}]}");

        var ex = Assert.Throws<EntityGraphException>(() => GoldDocument.LoadFolder(_dir));

        Assert.That(ex!.Message, Is.EqualTo(gold + ": entity 1 has unknown type 'THING'"));
    }

    [Test]
    public void LoadFolder_MissingFolder_NamesTheFolder()
    {
        string missing = Path.Combine(_dir, "none");

        var ex = Assert.Throws<EntityGraphException>(() => GoldDocument.LoadFolder(missing));

        Assert.That(ex!.Message, Is.EqualTo(missing + ": gold folder not found"));
    }
}
