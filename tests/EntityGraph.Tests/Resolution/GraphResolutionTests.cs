using System;
using System.Collections.Generic;
using System.Linq;
using EntityGraph.Dates;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

public class GraphResolutionTests
{
    private static DocumentResult Result(string id, string marked)
    {
        (string text, List<Mention> mentions) = TestDocs.Parse(marked);
        TokenizedDocument analysis = TextAnalyzer.Default.Analyze(new Document(id, text));
        return new DocumentResult(analysis, new DctResult(null, "none", null), mentions, new ContextualGrouper().Group(text, mentions), Array.Empty<RelationMention>());
    }

    [Test]
    public void Build_ResolvedEntities_StableIdsLabelsAndAttributes()
    {
        DocumentResult a = Result("a", "Vice Minister {P:Zhang Hanfu} met {P:Chervonenko} in {L:Peking}.");
        DocumentResult b = Result("b", "{P:Zhang [Hanfu]} and {P:Chervonenko} left {L:Beijing}.");
        KnowledgeGraph g1 = KnowledgeGraph.Build(new[] { a, b });
        KnowledgeGraph g2 = KnowledgeGraph.Build(new[] { b, a });
        Assert.That(g1.Entities.Select(e => e.Id), Is.EqualTo(new[] { "person:chervonenko", "person:zhang-hanfu", "place:beijing" }));
        Assert.That(g2.Entities.Select(e => e.Id), Is.EqualTo(g1.Entities.Select(e => e.Id)));

        Entity zhang = g1.FindEntity("person:zhang-hanfu")!;
        Assert.That((zhang.Label, zhang.MentionCount, zhang.DocumentCount), Is.EqualTo(("Zhang Hanfu", 2, 2)));
        Assert.That(zhang.Attributes["roles"], Is.EqualTo("Vice Minister"));

        Entity beijing = g1.FindEntity("place:beijing")!;
        Assert.That(beijing.Attributes["knowledge_id"], Is.EqualTo("geo:CN-Beijing"));
        Assert.That(beijing.Attributes["country"], Is.EqualTo("CN"));
        Assert.That((double)beijing.Attributes["latitude"], Is.EqualTo(39.9).Within(0.2));
        Assert.That(beijing.Aliases, Is.EqualTo(new[] { "Peking" }));

        Assert.That(g1.Documents[1].Mentions.Select(m => m.Entity), Is.EqualTo(new[] { "person:zhang-hanfu", "person:chervonenko", "place:beijing" }));
    }

    [Test]
    public void Build_ResolverOption_IsUsed()
    {
        DocumentResult a = Result("a", "{P:Zhang Hanfu} met {P:Chervonenko} in {L:Xinjiang}.");
        DocumentResult b = Result("b", "{P:Zhang Hanfu} and {P:Chervonenko} in {L:Xinjiang}.");
        var options = GraphOptions.Default with { Resolver = new EntityResolver(new ResolverOptions { ContextThreshold = double.PositiveInfinity }) };
        KnowledgeGraph g = KnowledgeGraph.Build(new[] { a, b }, options);
        Assert.That(g.Entities.Select(e => e.Id), Is.EqualTo(new[] { "person:chervonenko", "person:chervonenko-2", "person:zhang-hanfu", "place:xinjiang" }));
    }
}
