using System;
using System.Collections.Generic;
using EntityGraph.Dates;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

public class RelationScorerTests
{
    [Test]
    public void Score_SymmetricMetWithSwapped_CountsAsTruePositive()
    {
        var gold = new[] { new RelationTriple("Zhang Hanfu", "met_with", "Stepan Chervonenko") };
        var predicted = new[] { new RelationTriple("Stepan Chervonenko", "met_with", "Zhang Hanfu") };
        RelationScore s = RelationScorer.Score(gold, predicted);
        Assert.That((s.Micro.TruePositives, s.Micro.FalsePositives, s.Micro.FalseNegatives), Is.EqualTo((1, 0, 0)));
    }

    [Test]
    public void Score_DirectedRelationSwapped_CountsAsMissAndFalsePositive()
    {
        var gold = new[] { new RelationTriple("Shenyang", "located_in", "China") };
        var predicted = new[] { new RelationTriple("China", "located_in", "Shenyang") };
        RelationScore s = RelationScorer.Score(gold, predicted);
        Assert.That((s.Micro.TruePositives, s.Micro.FalsePositives, s.Micro.FalseNegatives), Is.EqualTo((0, 1, 1)));
    }

    [Test]
    public void Score_MixedTypes_PerTypeCountsAndMicro()
    {
        var gold = new[]
        {
            new RelationTriple("A", "works_for", "X"),
            new RelationTriple("B", "works_for", "X"),
            new RelationTriple("S", "located_in", "C"),
            new RelationTriple("A", "role", "spokesman"),
        };
        var predicted = new[]
        {
            new RelationTriple("A", "works_for", "X"),
            new RelationTriple("A", "works_for", "X"),
            new RelationTriple("S", "located_in", "C"),
            new RelationTriple("S", "located_in", "D"),
            new RelationTriple("A", "mentioned_with", "B"),
        };
        RelationScore s = RelationScorer.Score(gold, predicted);
        RelationTypeScore works = s.PerType[3];
        RelationTypeScore located = s.PerType[0];
        Assert.Multiple(() =>
        {
            Assert.That(works.Type, Is.EqualTo("works_for"));
            Assert.That((works.TruePositives, works.FalsePositives, works.FalseNegatives), Is.EqualTo((1, 0, 1)));
            Assert.That(works.Recall, Is.EqualTo(0.5));
            Assert.That(located.Type, Is.EqualTo("located_in"));
            Assert.That(located.Precision, Is.EqualTo(0.5));
            Assert.That((s.Micro.TruePositives, s.Micro.FalsePositives, s.Micro.FalseNegatives), Is.EqualTo((2, 1, 1)));
            Assert.That(s.Micro.F1, Is.EqualTo(2.0 / 3).Within(1e-9));
        });
    }

    [Test]
    public void MapEntities_OverlappingMentions_MajorityCanonical()
    {
        var predicted = new List<(TextSpan, string)>
        {
            (new TextSpan(0, 5), "place:china"),
            (new TextSpan(10, 15), "place:china"),
            (new TextSpan(20, 26), "place:china"),
            (new TextSpan(30, 40), "agency:x"),
            (new TextSpan(50, 55), "person:nobody"),
        };
        var gold = new List<(TextSpan, string)>
        {
            (new TextSpan(0, 5), "China"),
            (new TextSpan(10, 15), "China"),
            (new TextSpan(20, 26), "Taiwan"),
            (new TextSpan(32, 38), "X Agency"),
        };
        IReadOnlyDictionary<string, string> map = RelationScorer.MapEntities(predicted, gold);
        Assert.That(map, Is.EquivalentTo(new Dictionary<string, string> { ["place:china"] = "China", ["agency:x"] = "X Agency" }));
    }

    [Test]
    public void Rename_UnmappedOrSelfRelation_Dropped()
    {
        var map = new Dictionary<string, string> { ["a"] = "A", ["b"] = "B", ["b2"] = "B" };
        IReadOnlyList<RelationTriple> r = RelationScorer.Rename(
            [new RelationTriple("a", "works_for", "b"), new RelationTriple("a", "works_for", "zz"), new RelationTriple("b", "located_in", "b2")], map);
        Assert.That(r, Is.EqualTo(new[] { new RelationTriple("A", "works_for", "B") }));
    }
}

public class RoleCollectorTests
{
    [Test]
    public void WithRoles_RolesFromRelations_AddedOnceIgnoringCase()
    {
        var entities = new List<LocalEntity>
        {
            new(0, EntityType.Person, "Zhang Hanfu", [0]) { Roles = ["Vice Minister"] },
            new(1, EntityType.Agency, "Foreign Ministry", [1]),
        };
        var span = new TextSpan(0, 10);
        var relations = new List<RelationMention>
        {
            new(0, 0, RelationTypes.Role, span) { Role = "vice minister" },
            new(0, 1, RelationTypes.WorksFor, span) { Role = "spokesman" },
            new(0, 1, RelationTypes.WorksFor, span),
        };
        IReadOnlyList<LocalEntity> result = RoleCollector.WithRoles(entities, relations);
        Assert.Multiple(() =>
        {
            Assert.That(result[0].Roles, Is.EqualTo(new[] { "Vice Minister", "spokesman" }));
            Assert.That(result[0].Mentions, Is.EqualTo(new[] { 0 }));
            Assert.That(result[1], Is.SameAs(entities[1]));
        });
    }

    [Test]
    public void WithRoles_NoRoles_ReturnsSameList()
    {
        var entities = new List<LocalEntity> { new(0, EntityType.Person, "Kim", [0]) };
        Assert.That(RoleCollector.WithRoles(entities, []), Is.SameAs(entities));
    }
}

public class RelationGraphTests
{
    private static KnowledgeGraph Build(string markup, DateOnly? dct)
    {
        MarkedDocument doc = RelationTestData.Parse(markup);
        List<RelationMention> relations = doc.Extract();
        IReadOnlyList<LocalEntity> entities = RoleCollector.WithRoles(doc.Entities, relations);
        var result = new DocumentResult(doc.Analysis, dct is null ? DctResult.None : new DctResult(dct, "metadata", null), doc.Mentions, entities, relations);
        return KnowledgeGraph.Build([result]);
    }

    private static Relation Typed(KnowledgeGraph g, string type)
    {
        foreach (Relation r in g.Relations)
        {
            if (r.Type == type)
            {
                return r;
            }
        }

        throw new AssertionException("no " + type + " edge");
    }

    [Test]
    public void Build_SentenceWithDates_EvidenceAndEdgeSpanEarliestToLatest()
    {
        KnowledgeGraph g = Build("On {D|1962-06-08|8 June 1962} and in {D|1962-04|April 1962} and {D|PAST_REF|earlier}, {P|Kim} met {P|Moon}.", new DateOnly(1970, 1, 1));
        Relation r = Typed(g, RelationTypes.MetWith);
        Assert.Multiple(() =>
        {
            Assert.That((r.Evidence[0].DateStart, r.Evidence[0].DateEnd), Is.EqualTo(("1962-04", "1962-06-08")));
            Assert.That(r.Attributes["start"], Is.EqualTo("1962-04"));
            Assert.That(r.Attributes["end"], Is.EqualTo("1962-06-08"));
        });
    }

    [Test]
    public void Build_SentenceWithoutResolvedDates_UsesDocumentDate()
    {
        KnowledgeGraph g = Build("{D|XXXX-WXX-3|Wednesday} {P|Kim} met {P|Moon}.", new DateOnly(2002, 5, 9));
        Relation r = Typed(g, RelationTypes.MetWith);
        Assert.Multiple(() =>
        {
            Assert.That((r.Evidence[0].DateStart, r.Evidence[0].DateEnd), Is.EqualTo(("2002-05-09", "2002-05-09")));
            Assert.That(r.Attributes["start"], Is.EqualTo("2002-05-09"));
        });
    }

    [Test]
    public void Build_NoDatesNoDct_NoDateAttributes()
    {
        KnowledgeGraph g = Build("{P|Kim} met {P|Moon}.", null);
        Relation r = Typed(g, RelationTypes.MetWith);
        Assert.Multiple(() =>
        {
            Assert.That(r.Evidence[0].DateStart, Is.Null);
            Assert.That(r.Attributes.ContainsKey("start"), Is.False);
        });
    }

    [Test]
    public void Build_TwoEvidenceSentences_EdgeSpansBoth()
    {
        KnowledgeGraph g = Build("In {D|1962|1962} {P|Kim} met {P|Moon}.\n|\nOn {D|1964-03-02|2 March 1964} {P|Kim} met {P|Moon} again.", null);
        Relation r = Typed(g, RelationTypes.MetWith);
        Assert.Multiple(() =>
        {
            Assert.That(r.Evidence, Has.Count.EqualTo(2));
            Assert.That(r.Attributes["start"], Is.EqualTo("1962"));
            Assert.That(r.Attributes["end"], Is.EqualTo("1964-03-02"));
        });
    }

    [Test]
    public void Build_RoleRelation_NoSelfEdgeAndRolesAttribute()
    {
        KnowledgeGraph g = Build("Vice Minister {P|Zhang Hanfu} spoke.", null);
        Assert.Multiple(() =>
        {
            Assert.That(g.Relations, Is.Empty);
            Assert.That(g.Entities[0].Attributes["roles"], Is.EqualTo("Vice Minister"));
        });
    }

    [Test]
    public void Extract_DefaultOptions_RunsPatternExtractorAndFillsRoles()
    {
        var options = EntityExtractor.DefaultOptions() with { Recognizers = [new FixedRecognizer()] };
        DocumentResult r = new EntityExtractor(options).Extract(Document.FromText("Chinese Foreign Ministry spokesman Kong Quan says police acted."));
        Assert.Multiple(() =>
        {
            Assert.That(r.Relations, Has.Count.EqualTo(1));
            Assert.That(r.Relations[0].Type, Is.EqualTo(RelationTypes.WorksFor));
            Assert.That(r.Entities[r.Relations[0].Head].Name, Is.EqualTo("Kong Quan"));
            Assert.That(r.Entities[r.Relations[0].Head].Roles, Is.EqualTo(new[] { "Foreign Ministry spokesman" }));
        });
    }

    private sealed class FixedRecognizer : IEntityRecognizer
    {
        public string Name => "test";

        public void Recognize(TokenizedDocument document, List<Mention> output)
        {
            string t = document.Text;
            output.Add(Mention.Create(t, 0, 24, EntityType.Agency, "test"));
            output.Add(Mention.Create(t, 35, 44, EntityType.Person, "test"));
        }
    }
}
