using System;
using System.Collections.Generic;
using System.Linq;
using EntityGraph.Graph;
using EntityGraph.Graph.Analytics;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Graph;

public class GraphFiltersTests
{
    private static KnowledgeGraph Mixed() => new TestGraphs()
        .Node("person:a").Node("person:b").Node("place:x", EntityType.Place).Node("agency:y", EntityType.Agency)
        .Edge("person:a", "person:b", RelationTypes.MetWith, 3)
        .Edge("person:a", "agency:y", RelationTypes.WorksFor, 1)
        .Edge("agency:y", "place:x", RelationTypes.LocatedIn, 2)
        .Edge("person:b", "place:x", RelationTypes.MentionedWith, 5)
        .Document("d1", "1962-06-08", "person:a", "place:x", "person:b", "agency:y")
        .Build();

    private static string Ids(IEnumerable<Entity> entities) => string.Join(",", entities.Select(e => e.Id));

    private static string Edges(KnowledgeGraph g) => string.Join(",", g.Relations.Select(r => r.Source.Id + ">" + r.Target.Id));

    [Test]
    public void WithEntityTypes_Persons_KeepsPersonsTheirEdgesAndTheirMentions()
    {
        KnowledgeGraph g = Mixed().WithEntityTypes(EntityType.Person);

        Assert.That(Ids(g.Entities), Is.EqualTo("person:a,person:b"));
        Assert.That(Edges(g), Is.EqualTo("person:a>person:b"));
        Assert.That(g.Documents, Has.Count.EqualTo(1));
        Assert.That(string.Join(",", g.Documents[0].Mentions.Select(m => m.Entity)), Is.EqualTo("person:a,person:b"));
        Assert.That(g.Graph.VertexCount, Is.EqualTo(2));
    }

    [Test]
    public void WithEntityTypes_Input_IsUnchanged()
    {
        KnowledgeGraph g = Mixed();
        _ = g.WithEntityTypes(EntityType.Place);

        Assert.That(g.Entities, Has.Count.EqualTo(4));
        Assert.That(g.Relations, Has.Count.EqualTo(4));
        Assert.That(g.Documents[0].Mentions, Has.Count.EqualTo(4));
    }

    [Test]
    public void WithRelationTypes_WorksForAndLocatedIn_KeepsEveryEntityAndThoseEdges()
    {
        KnowledgeGraph g = Mixed().WithRelationTypes(RelationTypes.WorksFor, RelationTypes.LocatedIn);

        Assert.That(g.Entities, Has.Count.EqualTo(4));
        Assert.That(Edges(g), Is.EqualTo("person:a>agency:y,agency:y>place:x"));
        Assert.That(g.Documents[0].Mentions, Has.Count.EqualTo(4));
    }

    [Test]
    public void WithoutIsolated_AfterRelationFilter_DropsEntitiesWithoutEdges()
    {
        KnowledgeGraph g = Mixed().WithRelationTypes(RelationTypes.MetWith).WithoutIsolated();

        Assert.That(Ids(g.Entities), Is.EqualTo("person:a,person:b"));
        Assert.That(g.Documents[0].Mentions, Has.Count.EqualTo(2));
    }

    [TestCase(0.5, 4)]
    [TestCase(1, 4)]
    [TestCase(2, 3)]
    [TestCase(3, 2)]
    [TestCase(5, 1)]
    [TestCase(5.5, 0)]
    public void WithMinWeight_Threshold_KeepsEdgesAtLeastThatHeavy(double minimum, int edges)
    {
        KnowledgeGraph g = Mixed().WithMinWeight(minimum);

        Assert.That(g.Relations, Has.Count.EqualTo(edges));
        Assert.That(g.Entities, Has.Count.EqualTo(4));
    }

    [Test]
    public void WithMinWeight_NaN_Throws()
    {
        Assert.That(() => Mixed().WithMinWeight(double.NaN), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    private static KnowledgeGraph Dated() => new TestGraphs()
        .Node("date:1962-04", EntityType.Date, "1962-04")
        .Node("date:1962-06-08", EntityType.Date, "1962-06-08")
        .Node("date:now", EntityType.Date, "PRESENT_REF")
        .Edge("person:a", "person:b", RelationTypes.MentionedWith, 3,
            new Evidence("d1", 0, 10) { DateStart = "1962-04-10" },
            new Evidence("d1", 20, 30) { DateStart = "1962-06" },
            new Evidence("d2", 0, 10))
        .Edge("person:a", "date:1962-04", RelationTypes.DatedOn, 1, new Evidence("d1", 0, 10) { DateStart = "1962-04" })
        .Edge("person:b", "date:1962-06-08", RelationTypes.DatedOn, 1, new Evidence("d1", 20, 30) { DateStart = "1962-06-08" })
        .Edge("person:a", "person:c", RelationTypes.MetWith, 2, new Evidence("d3", 0, 10) { DateStart = "1962-03-30", DateEnd = "1962-04-02" })
        .Edge("person:c", "date:now", RelationTypes.DatedOn, 1, new Evidence("d3", 0, 10))
        .Document("d1", "1962-06-20", "person:a", "date:1962-04", "person:b", "date:1962-06-08")
        .Document("d2", "1962-04-15", "person:a", "person:b")
        .Document("d3", null, "person:a", "person:c", "date:now")
        .Build();

    [Test]
    public void WithinDates_April1962_KeepsOverlappingEvidenceAndDateNodes()
    {
        KnowledgeGraph g = Dated().WithinDates("1962-04", "1962-04");

        Assert.That(Ids(g.Entities), Is.EqualTo("date:1962-04,person:a,person:b,person:c"));
        Assert.That(Edges(g), Is.EqualTo("person:a>person:b,person:a>date:1962-04,person:a>person:c"));

        // The co-occurrence edge keeps its April sentence and the sentence of d2 (dated by its DCT, 1962-04-15).
        Relation ab = g.Relations[0];
        Assert.That(ab.Evidence.Select(e => e.DocumentId + ":" + e.Start), Is.EqualTo(new[] { "d1:0", "d2:0" }));
        Assert.That(ab.Weight, Is.EqualTo(2.0));
        Assert.That(g.Documents.Select(d => d.Mentions.Count), Is.EqualTo(new[] { 3, 2, 2 }));
    }

    [Test]
    public void WithinDates_OpenStartToMay_KeepsEverythingBeforeJune()
    {
        KnowledgeGraph g = Dated().WithinDates(null, "1962-05");

        Assert.That(g.FindEntity("date:1962-06-08"), Is.Null);
        Assert.That(g.Relations.Single(r => r.Type == RelationTypes.MentionedWith).Evidence, Has.Count.EqualTo(2));
    }

    [Test]
    public void WithinDates_KeepUndated_KeepsRelativeDateAndUndatedEvidence()
    {
        KnowledgeGraph strict = Dated().WithinDates("1962-06", "1962-06");
        KnowledgeGraph lenient = Dated().WithinDates("1962-06", "1962-06", keepUndated: true);

        Assert.That(Ids(strict.Entities), Is.EqualTo("date:1962-06-08,person:a,person:b,person:c"));
        Assert.That(Edges(strict), Is.EqualTo("person:a>person:b,person:b>date:1962-06-08"));
        Assert.That(Ids(lenient.Entities), Is.EqualTo("date:1962-06-08,date:now,person:a,person:b,person:c"));
        Assert.That(Edges(lenient), Is.EqualTo("person:a>person:b,person:b>date:1962-06-08,person:c>date:now"));
    }

    [TestCase("1962-13", null)]
    [TestCase("later", null)]
    [TestCase("1963", "1962")]
    public void WithinDates_BadRange_Throws(string? from, string? to)
    {
        Assert.That(() => Dated().WithinDates(from, to), Throws.ArgumentException);
    }

    private static KnowledgeGraph Chain() => new TestGraphs()
        .Edge("a", "b").Edge("c", "b").Edge("c", "d").Edge("d", "e").Edge("x", "y")
        .Build();

    [TestCase("c", 0, "c")]
    [TestCase("c", 1, "b,c,d")]
    [TestCase("c", 2, "a,b,c,d,e")]
    [TestCase("a", 2, "a,b,c")]
    [TestCase("e", 1, "d,e")]
    [TestCase("x", 5, "x,y")]
    public void EgoNetwork_Radius_ReachesEntitiesWithinThatManyHopsEitherWay(string centre, int radius, string expected)
    {
        KnowledgeGraph g = Chain().EgoNetwork(centre, radius);

        Assert.That(Ids(g.Entities), Is.EqualTo(expected));
    }

    [Test]
    public void EgoNetwork_Radius1OfTriangleMember_KeepsTheEdgeBetweenNeighbours()
    {
        KnowledgeGraph g = new TestGraphs().Edge("a", "b").Edge("b", "c").Edge("a", "c").Edge("c", "d").Build().EgoNetwork("a", 1);

        Assert.That(Edges(g), Is.EqualTo("a>b,b>c,a>c"));
    }

    [Test]
    public void EgoNetwork_UnknownEntity_Throws()
    {
        Assert.That(() => Chain().EgoNetwork("nobody", 1), Throws.TypeOf<EntityGraphException>());
    }

    [Test]
    public void WithEntityAttribute_Values_AddsAttributeAndRelinksRelations()
    {
        KnowledgeGraph g = Chain().WithEntityAttribute("rank", new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 });

        Assert.That(g.FindEntity("a")!.Attributes["rank"], Is.EqualTo(1));
        Assert.That(g.FindEntity("c")!.Attributes.ContainsKey("rank"), Is.False);
        Assert.That(g.Relations[0].Source.Attributes["rank"], Is.EqualTo(1));
        Assert.That(g.Relations[0].Target.Attributes["rank"], Is.EqualTo(2));
    }
}
