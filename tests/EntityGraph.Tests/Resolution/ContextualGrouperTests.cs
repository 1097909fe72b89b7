using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Resolution;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

public class ContextualGrouperTests
{
    [TestCase("Vice Minister {P:Zhang Hanfu} met them. {P:Zhang} said no. Comrade {P:Hanfu} agreed. {P:Zhang [Hanfu]} left.",
        new[] { "Zhang Hanfu", "Zhang Hanfu", "Zhang Hanfu", "Zhang Hanfu" })]
    [TestCase("Mr. {P:Kong} spoke first. Spokesman {P:Kong Quan} said so. Mr. {P:Kong} added more.",
        new[] { "Kong Quan", "Kong Quan", "Kong Quan" })]
    [TestCase("{P:Chervonenko} came. Ambassador {P:[Stepan V.] Chervonenko} spoke. {P:Stepan Chervonenko} left.",
        new[] { "Stepan V. Chervonenko", "Stepan V. Chervonenko", "Stepan V. Chervonenko" })]
    [TestCase("{P:Wang Ping-nan} and {P:Wang Pingnan} and {P:Wang Ping Nan}.",
        new[] { "Wang Ping Nan", "Wang Ping Nan", "Wang Ping Nan" })]
    public void Group_PartialPersonNames_JoinTheFullName(string marked, string[] expected)
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(marked, out List<Mention> mentions);
        Assert.That(TestDocs.EntityNames(entities, mentions.Count), Is.EqualTo(expected));
    }

    [Test]
    public void Group_TwoKimsSharingSurname_FullNamesStayApartAndKimFollowsTheMostRecent()
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(
            "{P:Kim Il Sung} founded it. {P:Kim Jong Il} succeeded him. {P:Kim} died in 2011.", out List<Mention> mentions);
        Assert.That(entities, Has.Count.EqualTo(2));
        Assert.That(TestDocs.EntityNames(entities, mentions.Count), Is.EqualTo(new[] { "Kim Il Sung", "Kim Jong Il", "Kim Jong Il" }));
    }

    [Test]
    public void Group_SurnameWithTitle_FollowsTheFullNameWithThatTitle()
    {
        // Zhang Zifan is mentioned more recently, but "Vice Minister Zhang" carries Zhang Hanfu's title,
        // and "(hereafter Zhang)" makes later bare "Zhang" speaker labels his.
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(
            "Meeting of Vice Minister {P:Zhang Hanfu}.\nMinutes: {P:Zhang Zifan}\nVice Minister {P:Zhang} (hereafter {P:Zhang}): fine.\n{P:Zhang}: agreed.",
            out List<Mention> mentions);
        Assert.That(TestDocs.EntityNames(entities, mentions.Count),
            Is.EqualTo(new[] { "Zhang Hanfu", "Zhang Zifan", "Zhang Hanfu", "Zhang Hanfu", "Zhang Hanfu" }));
        LocalEntity hanfu = entities[0];
        Assert.That(hanfu.Roles, Is.EqualTo(new[] { "Vice Minister" }));
    }

    [Test]
    public void Group_SurnameWithoutFullName_StaysOnItsOwn()
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group("{P:Holley} reported. {P:Helm} too. {P:Holley} again.", out List<Mention> mentions);
        Assert.That(TestDocs.EntityNames(entities, mentions.Count), Is.EqualTo(new[] { "Holley", "Helm", "Holley" }));
    }

    [TestCase("To: {L:Wulumuqi} [{L:Urumqi}] now.", "Urumqi")]
    [TestCase("left {L:Alma-Ata} [{L:Almaty}] recently", "Almaty")]
    [TestCase("gaps in places like {L:Yumin} [{L:Chaghantoqay}], still", "Yumin County")]
    public void Group_BracketedGloss_IsOneLinkedPlace(string marked, string canonical)
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(marked, out _);
        Assert.That(entities, Has.Count.EqualTo(1));
        Assert.That(entities[0].KnowledgeId, Is.Not.Null);
        Assert.That(KnowledgeBase.Default, Is.Not.Null);
        var res = new EntityResolver().Resolve(new[] { new DocumentEntities("d", entities) });
        Assert.That(res.Entities[0].Label, Is.EqualTo(canonical));
    }

    [Test]
    public void Group_BracketedPlaceAfterDifferentType_NotLinked()
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group("{P:Ma-er-quo-fu} [{L:Almaty}] said", out _);
        Assert.That(entities, Has.Count.EqualTo(2));
    }

    [TestCase("the {A:Ministry of State Security} ({A:MSS}) said; the {A:MSS} denied", 1)]
    [TestCase("the {A:Communist Party of the Soviet Union} and the {A:CPSU}", 1)]
    [TestCase("the {L:U.N.} and the {L:United Nations}", 1)]
    [TestCase("the {A:Ministry of State Security} and the {A:KGB}", 2)]
    public void Group_Acronyms_LinkedToTheirExpansion(string marked, int entities)
    {
        Assert.That(TestDocs.Group(marked, out _), Has.Count.EqualTo(entities));
    }

    [Test]
    public void Group_HereafterDeclaration_IsAlias()
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(
            "the {A:State Administration of Foreign Exchange} (hereafter {A:SAFE}) ruled", out _);
        Assert.That(entities, Has.Count.EqualTo(1));
        Assert.That(entities[0].Aliases, Does.Contain("SAFE"));
    }

    [Test]
    public void Group_UnqualifiedForeignMinistryInChineseCable_IsChineseMinistry()
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(
            "Cable from the {A:Chinese Foreign Ministry} to {L:Xinjiang}. The Soviet side objected. Chinese residents fled.\n{A:Ministry of Foreign Affairs}", out _);
        Assert.That(entities, Has.Count.EqualTo(2));
        LocalEntity mfa = entities[0];
        Assert.That(mfa.Mentions, Is.EqualTo(new[] { 0, 2 }));
        Assert.That(mfa.Country, Is.EqualTo("CN"));
    }

    [Test]
    public void Group_UnqualifiedMinistryTakesTheDocumentsDominantState()
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(
            "Chinese residents crossed from {L:China}. The Chinese side asked {L:China}'s allies. The {A:Foreign Ministry} protested to {L:Japan}.", out _);
        LocalEntity ministry = entities[1];
        Assert.That(ministry.Name, Is.EqualTo("Foreign Ministry"));
        Assert.That(ministry.Country, Is.EqualTo("CN"));
    }

    [Test]
    public void Group_StateNamedBeforeAgency_QualifiesIt()
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(
            "{A:Soviet Communist Party} members fled. {L:China}'s {A:Communist Party} accepted them.", out _);
        Assert.That(entities, Has.Count.EqualTo(3));
        Assert.That(entities[0].Country, Is.EqualTo("SU"));
        Assert.That(entities[2].Country, Is.EqualTo("CN"));
    }

    [TestCase("{L:PRC} and {L:China} and {L:People's Republic of China}", 1, "geo:CN")]
    [TestCase("{L:USSR} and {L:Soviet Union}", 1, "geo:SU")]
    [TestCase("{L:Peking} and {L:Beijing}", 1, "geo:CN-Beijing")]
    public void Group_PlacesWithOneGazetteerEntry_Merge(string marked, int count, string id)
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(marked, out _);
        Assert.That(entities, Has.Count.EqualTo(count));
        Assert.That(entities[0].KnowledgeId, Is.EqualTo(id));
    }

    [TestCase("Foreign Ministry spokesman {P:Kong Quan} said", "spokesman")]
    [TestCase("Ambassador {P:Chervonenko} said", "Ambassador")]
    [TestCase("Vice Minister {P:Zhang Hanfu} said", "Vice Minister")]
    [TestCase("Mr. {P:Kong} said", null)]
    [TestCase("{P:Vice Minister Zhang} said", "Vice Minister")]
    public void Group_TitleBeforeName_BecomesRole(string marked, string? role)
    {
        IReadOnlyList<LocalEntity> entities = TestDocs.Group(marked, out _);
        Assert.That(entities[0].Roles, Is.EqualTo(role is null ? System.Array.Empty<string>() : new[] { role }));
    }
}
