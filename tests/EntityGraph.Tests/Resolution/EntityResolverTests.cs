using System.Collections.Generic;
using System.Linq;
using EntityGraph.Recognition;
using EntityGraph.Resolution;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

public class EntityResolverTests
{
    private static readonly DocumentEntities Minutes = TestDocs.Doc("a",
        "Vice Minister {P:Zhang Hanfu} met Ambassador {P:Chervonenko} in {L:Beijing} about {L:Xinjiang}. {P:Zhang}: no.");

    private static readonly DocumentEntities Cable = TestDocs.Doc("b",
        "The Soviet ambassador met Vice Minister {P:Zhang [Hanfu]} about {L:Xinjiang}; {P:Chervonenko} left {L:Alma-Ata}.");

    private static readonly DocumentEntities News = TestDocs.Doc("c",
        "{P:Wang Ping-nan} visited {L:Peking}; {P:Kim} spoke in {L:Pyongyang}.");

    private static readonly DocumentEntities News2 = TestDocs.Doc("d",
        "{P:Wang Pingnan} returned to {L:Beijing}. {P:Kim} spoke in {L:Seoul}.");

    private static readonly DocumentEntities KoreaHistory = TestDocs.Doc("e",
        "{P:Kim Il Sung} ruled from {L:Pyongyang}; {P:Kim Jong Il} followed.");

    [Test]
    public void Resolve_SameNameDifferentSpelling_MergesByExactKey()
    {
        EntityResolution res = new EntityResolver().Resolve(new[] { News, News2 });
        string k = TestDocs.KeyOf(res, News, "Wang Ping-nan");
        Assert.That(TestDocs.KeyOf(res, News2, "Wang Pingnan"), Is.EqualTo(k));
        ResolvedEntity wang = res.Entities.Single(e => e.Key == k);
        Assert.That(wang.MergeReasons, Does.Contain(new MergeReason("exact-key", "person|wangpingnan")));
    }

    [Test]
    public void Resolve_FormerPlaceName_MergesByGazetteer()
    {
        EntityResolution res = new EntityResolver().Resolve(new[] { News, News2 });
        string k = TestDocs.KeyOf(res, News, "Peking");
        Assert.That(TestDocs.KeyOf(res, News2, "Beijing"), Is.EqualTo(k));
        ResolvedEntity beijing = res.Entities.Single(e => e.Key == k);
        Assert.That(beijing.Label, Is.EqualTo("Beijing"));
        Assert.That(beijing.MergeReasons.Select(r => r.Rule), Does.Contain("gazetteer:CN-Beijing"));
        Assert.That(beijing.Latitude, Is.EqualTo(39.9).Within(0.2));
        Assert.That(beijing.Longitude, Is.EqualTo(116.4).Within(0.2));
        Assert.That(beijing.Country, Is.EqualTo("CN"));
    }

    [Test]
    public void Resolve_FullNameInBothDocuments_MergesWithSurnameAndGivenName()
    {
        EntityResolution res = new EntityResolver().Resolve(new[] { Minutes, Cable });
        Assert.That(TestDocs.KeyOf(res, Cable, "Zhang Hanfu"), Is.EqualTo(TestDocs.KeyOf(res, Minutes, "Zhang Hanfu")));
        ResolvedEntity zhang = res.EntityOf("a", Minutes.Entities.Single(e => e.Name == "Zhang Hanfu").Index);
        Assert.That(zhang.Label, Is.EqualTo("Zhang Hanfu"));
        Assert.That(zhang.Roles, Is.EqualTo(new[] { "Vice Minister" }));
    }

    [Test]
    public void Resolve_OneWordNameWithSharedContext_MergesSurnameInContext()
    {
        EntityResolution res = new EntityResolver().Resolve(new[] { Minutes, Cable });
        string k = TestDocs.KeyOf(res, Minutes, "Chervonenko");
        Assert.That(TestDocs.KeyOf(res, Cable, "Chervonenko"), Is.EqualTo(k));
        Assert.That(res.Entities.Single(e => e.Key == k).MergeReasons, Is.EqualTo(new[] { new MergeReason("surname-in-context", "chervonenko") }));
    }

    [Test]
    public void Resolve_OneWordNameWithoutSharedContext_StaysApart()
    {
        // The Kims share only places, which is not enough context.
        DocumentEntities seoul = TestDocs.Doc("f", "{P:Kim} met {P:Park Geun-hye} in {L:Seoul} and {L:Pyongyang}.");
        EntityResolution res = new EntityResolver().Resolve(new[] { News, seoul, KoreaHistory });
        Assert.That(TestDocs.KeyOf(res, News, "Kim"), Is.Not.EqualTo(TestDocs.KeyOf(res, seoul, "Kim")));
        Assert.That(TestDocs.KeyOf(res, KoreaHistory, "Kim Il Sung"), Is.Not.EqualTo(TestDocs.KeyOf(res, KoreaHistory, "Kim Jong Il")));
        Assert.That(TestDocs.KeyOf(res, News, "Kim"), Is.Not.EqualTo(TestDocs.KeyOf(res, KoreaHistory, "Kim Il Sung")));
    }

    [Test]
    public void Resolve_OneWordNameInDocumentsSharingAPerson_Merge()
    {
        EntityResolution res = new EntityResolver().Resolve(new[] { News, News2 });
        Assert.That(TestDocs.KeyOf(res, News, "Kim"), Is.EqualTo(TestDocs.KeyOf(res, News2, "Kim")));
    }

    [Test]
    public void Resolve_ThresholdInfinite_OneWordNamesNeverMerge()
    {
        var options = new ResolverOptions { ContextThreshold = double.PositiveInfinity };
        EntityResolution res = new EntityResolver(options).Resolve(new[] { Minutes, Cable });
        Assert.That(TestDocs.KeyOf(res, Minutes, "Chervonenko"), Is.Not.EqualTo(TestDocs.KeyOf(res, Cable, "Chervonenko")));
    }

    [Test]
    public void Resolve_SurnameOnlyWhereFullNameAppearsInRelatedDocument_JoinsIt()
    {
        DocumentEntities full = TestDocs.Doc("x", "{P:Kong Quan} of the {A:Chinese Foreign Ministry} met {P:Yoriko Kawaguchi} in {L:Beijing}.");
        DocumentEntities bare = TestDocs.Doc("y", "{P:Kong} told {P:Yoriko Kawaguchi} in {L:Tokyo} that the {A:Chinese Foreign Ministry} disagreed.");
        DocumentEntities unrelated = TestDocs.Doc("z", "{P:Kong} scored twice for {A:Manchester United} in {L:Beijing}.");
        EntityResolution res = new EntityResolver().Resolve(new[] { full, bare, unrelated });
        Assert.That(TestDocs.KeyOf(res, bare, "Kong"), Is.EqualTo(TestDocs.KeyOf(res, full, "Kong Quan")));
        Assert.That(TestDocs.KeyOf(res, unrelated, "Kong"), Is.Not.EqualTo(TestDocs.KeyOf(res, full, "Kong Quan")));
    }

    [Test]
    public void Resolve_QualifiedAndContextQualifiedAgencies_Merge()
    {
        DocumentEntities a = TestDocs.Doc("a", "Cable from the {A:Chinese Foreign Ministry} to {L:Xinjiang}.");
        DocumentEntities b = TestDocs.Doc("b", "Chinese residents left {L:China}; Chinese officials in {L:China} met at the {A:Ministry of Foreign Affairs}.");
        DocumentEntities c = TestDocs.Doc("c", "Soviet troops left {L:Moscow}; Soviet officials in the {L:Soviet Union} met at the {A:Ministry of Foreign Affairs}.");
        EntityResolution res = new EntityResolver().Resolve(new[] { a, b, c });
        Assert.That(TestDocs.KeyOf(res, b, "Ministry of Foreign Affairs"), Is.EqualTo(TestDocs.KeyOf(res, a, "Chinese Foreign Ministry")));
        Assert.That(TestDocs.KeyOf(res, c, "Ministry of Foreign Affairs"), Is.Not.EqualTo(TestDocs.KeyOf(res, a, "Chinese Foreign Ministry")));
    }

    [Test]
    public void Resolve_DocumentsInAnyOrderOrIncrementally_SameResult()
    {
        DocumentEntities[] all = { Minutes, Cable, News, News2, KoreaHistory };
        string expected = Describe(new EntityResolver().Resolve(all));
        var resolver = new EntityResolver();
        foreach (DocumentEntities[] perm in Permutations(all))
        {
            Assert.That(Describe(resolver.Resolve(perm)), Is.EqualTo(expected));
            EntityResolution inc = resolver.Resolve(perm.Take(2));
            inc = inc.Add(perm.Skip(2).Take(1)).Add(perm.Skip(3));
            Assert.That(Describe(inc), Is.EqualTo(expected));
        }
    }

    [Test]
    public void Add_DocumentAlreadyResolved_Throws()
    {
        EntityResolution res = new EntityResolver().Resolve(new[] { Minutes });
        Assert.That(() => res.Add(new[] { Minutes }), Throws.TypeOf<EntityGraphException>().With.Message.Contains("'a'"));
    }

    [Test]
    public void Resolve_AliasTable_OverridesAutomaticDecisions()
    {
        DocumentEntities a = TestDocs.Doc("a", "{P:Feng Xi} wrote to {P:Mao Zedong}.");
        DocumentEntities b = TestDocs.Doc("b", "{P:Joseph Stalin} replied to {P:Mao}.");
        DocumentEntities c = TestDocs.Doc("c", "{P:Wang Ping-nan} and {P:Wang Bingnan} met.");
        DocumentEntities d = TestDocs.Doc("d", "{P:Wang Pingnan} arrived.");
        AliasTable table = AliasTable.ParseCsv("alias,canonical,type\nFeng Xi,Joseph Stalin,person\nMao,Mao Zedong,person\nWang Ping-nan,Wang Bingnan,\n", "cast.csv");
        EntityResolution res = new EntityResolver(new ResolverOptions { Aliases = table }).Resolve(new[] { a, b, c, d });
        Assert.That(TestDocs.KeyOf(res, a, "Feng Xi"), Is.EqualTo(TestDocs.KeyOf(res, b, "Joseph Stalin")));
        Assert.That(TestDocs.KeyOf(res, b, "Mao"), Is.EqualTo(TestDocs.KeyOf(res, a, "Mao Zedong")));
        Assert.That(TestDocs.KeyOf(res, d, "Wang Pingnan"), Is.EqualTo(TestDocs.KeyOf(res, c, "Wang Bingnan")));
        ResolvedEntity stalin = res.EntityOf("a", a.Entities.Single(e => e.Name == "Feng Xi").Index);
        Assert.That(stalin.Label, Is.EqualTo("Joseph Stalin"));
        Assert.That(stalin.MergeReasons.Select(r => r.Rule), Does.Contain("alias-table"));

        EntityResolution without = new EntityResolver().Resolve(new[] { a, b });
        Assert.That(TestDocs.KeyOf(without, a, "Feng Xi"), Is.Not.EqualTo(TestDocs.KeyOf(without, b, "Joseph Stalin")));
    }

    [Test]
    public void Resolve_AliasTableCanonical_BecomesTheLabel()
    {
        DocumentEntities a = TestDocs.Doc("a", "{P:Li Peng} spoke.");
        DocumentEntities b = TestDocs.Doc("b", "{P:Li Peng} sang.");
        AliasTable table = AliasTable.FromEntries(new (string, string, EntityType?)[] { ("Li Peng", "Li Peng (singer)", EntityType.Person) });
        EntityResolution res = new EntityResolver(new ResolverOptions { Aliases = table }).Resolve(new[] { a, b });
        Assert.That(res.Entities.Single().Label, Is.EqualTo("Li Peng (singer)"));
    }

    private static string Describe(EntityResolution res) =>
        string.Join("\n", res.Entities.Select(e => e.Key + "=" + e.Label + ":" + string.Join(",", e.Members) + ":" + string.Join(",", e.MergeReasons)));

    private static IEnumerable<DocumentEntities[]> Permutations(DocumentEntities[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (int i = 0; i < items.Length; i++)
        {
            DocumentEntities[] rest = items.Where((_, j) => j != i).ToArray();
            foreach (DocumentEntities[] p in Permutations(rest))
            {
                yield return new[] { items[i] }.Concat(p).ToArray();
            }
        }
    }
}
