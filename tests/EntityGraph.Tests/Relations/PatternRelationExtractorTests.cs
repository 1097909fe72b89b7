using System;
using System.Collections.Generic;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

public class PatternRelationExtractorTests
{
    private static string Run(string markup, bool withRoles)
    {
        MarkedDocument doc = RelationTestData.Parse(markup);
        List<string> triples = doc.Triples(doc.Extract(), withRoles);
        triples.Sort(StringComparer.Ordinal);
        return string.Join("; ", triples);
    }

    // works_for / member_of, with the role kept on the edge.
    [TestCase("{A|Chinese Foreign Ministry} spokesman {P|Kong Quan} says police acted appropriately.", "Kong Quan|works_for|Chinese Foreign Ministry")]
    [TestCase("Attendees: {P|Yu Man}, Deputy Director of the {A|Department of Soviet and Eastern European Affairs}", "Yu Man|works_for|Department of Soviet and Eastern European Affairs")]
    [TestCase("Deputy Director of the {A|Asia Department} {P|Yu Man} attended.", "Yu Man|works_for|Asia Department")]
    [TestCase("{P|Ivanov} of the {A|Soviet Foreign Ministry} declined to comment.", "Ivanov|works_for|Soviet Foreign Ministry")]
    [TestCase("{P|Zhao Lin}, the {A|Xinhua} correspondent, wrote the report.", "Zhao Lin|works_for|Xinhua")]
    [TestCase("{P|Li Peng}, a member of the {A|Politburo}, arrived.", "Li Peng|member_of|Politburo")]
    [TestCase("{A|Communist Party} member {P|Wang Li} spoke first.", "Wang Li|member_of|Communist Party")]
    [TestCase("{A|KGB} officers {P|Petrov} and Ivanov defected.", "Petrov|works_for|KGB")]
    // negatives
    [TestCase("{P|Kong Quan} criticized the {A|Foreign Ministry} on Monday.", "")]
    [TestCase("{A|KGB} agents arrested {P|Sakharov} at home.", "")]
    [TestCase("{P|Zhang}, {P|Li} and the {A|Foreign Ministry} disagreed.", "")]
    [TestCase("A spokesman for the {A|U.S. Embassy} confirmed it.", "")]
    public void Extract_Affiliation_ReturnsExpected(string markup, string expected)
    {
        Assert.That(Run(markup, withRoles: false), Is.EqualTo(expected));
    }

    [TestCase("{A|Chinese Foreign Ministry} spokesman {P|Kong Quan} says so.", "Foreign Ministry spokesman")]
    [TestCase("Attendees: {P|Yu Man}, Deputy Director of the {A|Department of Asian Affairs}", "Deputy Director")]
    [TestCase("By {P|KOICHIRO ISHIDA|Koichiro Ishida}/ Correspondent\n|\nThe {A|Asahi Shimbun} has learned of it.", "Correspondent")]
    public void Extract_Affiliation_KeepsRole(string markup, string role)
    {
        MarkedDocument doc = RelationTestData.Parse(markup);
        List<RelationMention> relations = doc.Extract();
        Assert.That(relations, Has.Count.EqualTo(1));
        Assert.That(relations[0].Role, Is.EqualTo(role));
    }

    // Titles without an organisation are role relations (head == tail).
    [TestCase("Vice Minister {P|Zhang Hanfu} received the note.", "Zhang Hanfu|role|Vice Minister")]
    [TestCase("{L|Japan}'s Foreign Minister, {P|Yoriko Kawaguchi}, says so.", "Yoriko Kawaguchi|role|Foreign Minister of Japan")]
    [TestCase("Interpreter: {P|Wang Gaiqing}", "Wang Gaiqing|role|Interpreter")]
    [TestCase("Translated by {P|Charles Kraus}.", "Charles Kraus|role|translator")]
    [TestCase("Minutes of the Meeting with the Ambassador of the {L|Soviet Union} to {L|China} [{P|Chervonenko}]", "Chervonenko|role|Ambassador of the Soviet Union to China")]
    [TestCase("Mr. {P|Kong} tells reporters in {L|Beijing} that police acted.", "")]
    [TestCase("Minutes Prepared: {P|Zhang Zifan}", "")]
    public void Extract_Role_ReturnsExpected(string markup, string expected)
    {
        Assert.That(Run(markup, withRoles: true), Is.EqualTo(expected));
    }

    [TestCase("{P|Kim} met {P|Putin} in {L|Moscow}.", "Kim|met_with|Putin")]
    [TestCase("{P|Kim} met with Russian President {P|Putin} on {D|2019-04-25|Thursday}.", "Kim|met_with|Putin")]
    [TestCase("{P|Zhou Enlai} held talks with {P|Nixon} on Monday.", "Zhou Enlai|met_with|Nixon")]
    [TestCase("{P|Zhou Enlai} {D|1972-02-21|yesterday} received {P|Nixon}.", "Zhou Enlai|met_with|Nixon")]
    [TestCase("Minutes of the Meeting between the Vice Minister [{P|Zhang Hanfu}] and the Ambassador of the {L|Soviet Union} to {L|China} [{P|Chervonenko}]", "Zhang Hanfu|met_with|Chervonenko")]
    [TestCase("The ministry reported on the {P|Zhang Hanfu}-{P|Chervonenko} talks.", "Zhang Hanfu|met_with|Chervonenko")]
    [TestCase("{P|Kim} and {P|Moon} met at the border.", "Kim|met_with|Moon")]
    [TestCase("{P|Kim} met {P|Moon} and {P|Abe} in Tokyo.", "Kim|met_with|Abe; Kim|met_with|Moon")]
    [TestCase("{P|Kim} received {P|Moon}'s letter.", "")]
    [TestCase("{P|Kim} criticized {P|Moon} again.", "")]
    [TestCase("{P|Kim} met reporters before {P|Moon} arrived.", "")]
    [TestCase("{P|Kim} said {P|Moon} would not come.", "")]
    public void Extract_MetWith_ReturnsExpected(string markup, string expected)
    {
        Assert.That(Run(markup, withRoles: false), Is.EqualTo(expected));
    }

    [Test]
    public void Extract_MinutesWithThreeSpeakerTurns_MeetBetweenSpeakers()
    {
        string markup = "Ambassador {P|Chervonenko} (hereafter {P|Chervonenko}): I came to talk.\n|\n{P|Zhang}: Welcome.\n|\n{P|Chervonenko}: Thank you.";
        Assert.That(Run(markup, withRoles: false), Is.EqualTo("Chervonenko|met_with|Zhang"));
    }

    [Test]
    public void Extract_TwoSpeakerLabelsOnly_NoMeeting()
    {
        string markup = "{P|Chervonenko}: I came to talk.\n|\n{P|Zhang}: Welcome.";
        Assert.That(Run(markup, withRoles: false), Is.EqualTo(""));
    }

    [TestCase("Diplomats at the {A|Soviet Embassy} in {L|Beijing} sought asylum.", "Soviet Embassy|located_in|Beijing")]
    [TestCase("They entered the Japanese consulate in {L|Shenyang}, in northeastern {L|China}.", "Shenyang|located_in|China")]
    [TestCase("The consulate in {L|Shenyang}, {L|Liaoning} province, issued a warning.", "Shenyang|located_in|Liaoning")]
    [TestCase("The {L|Yalu} river in {L|China}'s {L|Liaoning} province is shown.", "Liaoning|located_in|China; Yalu|located_in|Liaoning")]
    [TestCase("{L|SHENYANG|Shenyang}, {L|China}--North Korean agents are searching.", "Shenyang|located_in|China")]
    [TestCase("Refugees from {L|China}\u2019s {L|Xinjiang} crossed.", "Xinjiang|located_in|China")]
    [TestCase("Refugees from {L|Ili}, {L|Xinjiang} crossed.", "Ili|located_in|Xinjiang")]
    [TestCase("Flights to {L|Tokyo}, {L|Beijing} resumed.", "")]
    [TestCase("{L|Tokyo}, {L|Beijing} and {L|Seoul} agreed.", "")]
    [TestCase("{L|Japan}, {L|China} and {L|South Korea} agreed.", "")]
    [TestCase("A treaty was signed by {L|China} in {L|Moscow}.", "")]
    [TestCase("{L|Japan}'s {L|China} policy changed.", "")]
    [TestCase("Flights from {L|Beijing} to {L|Shanghai} resumed.", "")]
    [TestCase("The {A|Foreign Ministry} said {L|Beijing} was calm.", "")]
    public void Extract_LocatedIn_ReturnsExpected(string markup, string expected)
    {
        Assert.That(Run(markup, withRoles: false), Is.EqualTo(expected));
    }

    [Test]
    public void Extract_BylineAndCreditLines_WorkForTheBylineNewspaper()
    {
        string markup = "{A|TIMES|Los Angeles Times} STAFF WRITERS\n|\nThe {A|Nihon Keizai Shimbun} and the {A|Nihon Keizai Shimbun} reported it.\n|\n{P|Helm} reported from {L|Tokyo} and {P|Holley} reported from {L|Beijing}.";
        Assert.That(Run(markup, withRoles: false), Is.EqualTo("Helm|works_for|Los Angeles Times; Holley|works_for|Los Angeles Times"));
    }

    [Test]
    public void Extract_CreditLineWithoutByline_NoRelation()
    {
        string markup = "The {A|Nihon Keizai Shimbun} and the {A|Nihon Keizai Shimbun} reported it.\n|\n{P|Helm} reported from {L|Tokyo}.";
        Assert.That(Run(markup, withRoles: false), Is.EqualTo(""));
    }

    [Test]
    public void Extract_Relation_SentenceAndTriggerSpansAreExact()
    {
        MarkedDocument doc = RelationTestData.Parse("Police acted.\n|\n{A|Chinese Foreign Ministry} spokesman {P|Kong Quan} says police acted appropriately.");
        List<RelationMention> relations = doc.Extract();
        Assert.That(relations, Has.Count.EqualTo(1));
        RelationMention r = relations[0];
        Assert.Multiple(() =>
        {
            Assert.That(doc.Text[r.Sentence.Start..r.Sentence.End], Is.EqualTo("Chinese Foreign Ministry spokesman Kong Quan says police acted appropriately."));
            Assert.That(r.Trigger, Is.Not.Null);
            Assert.That(doc.Text[r.Trigger!.Value.Start..r.Trigger.Value.End], Is.EqualTo("spokesman"));
            Assert.That(r.Confidence, Is.EqualTo(0.9));
            Assert.That(doc.Name(r.Head), Is.EqualTo("Kong Quan"));
            Assert.That(doc.Name(r.Tail), Is.EqualTo("Chinese Foreign Ministry"));
        });
    }

    [TestCase("Diplomats at the {A|Soviet Embassy} in {L|Beijing} sought asylum.", "in")]
    [TestCase("The {L|Yalu} river in {L|Liaoning} is shown.", "in")]
    [TestCase("{P|Kim} met with {P|Putin} today.", "met with")]
    [TestCase("The meeting between {P|Kim} and {P|Putin} ended.", "meeting between")]
    [TestCase("The {P|Kim}-{P|Putin} talks ended.", "talks")]
    public void Extract_Relation_TriggerTextIsTheTriggerWords(string markup, string trigger)
    {
        MarkedDocument doc = RelationTestData.Parse(markup);
        List<RelationMention> relations = doc.Extract();
        Assert.That(relations, Has.Count.EqualTo(1));
        TextSpanAssert(doc, relations[0], trigger);
    }

    [Test]
    public void Extract_MetWith_HeadIsTheFirstMentionedEntity()
    {
        MarkedDocument doc = RelationTestData.Parse("{P|Moon} spoke.\n|\n{P|Kim} met {P|Moon} later.");
        List<RelationMention> relations = doc.Extract();
        Assert.That(relations, Has.Count.EqualTo(1));
        Assert.That((doc.Name(relations[0].Head), doc.Name(relations[0].Tail)), Is.EqualTo(("Moon", "Kim")));
    }

    [Test]
    public void Extract_NullArgument_Throws()
    {
        var x = new PatternRelationExtractor();
        Assert.Throws<ArgumentNullException>(() => x.Extract(null!, [], [], []));
    }

    private static void TextSpanAssert(MarkedDocument doc, RelationMention r, string trigger)
    {
        Assert.That(r.Trigger, Is.Not.Null);
        Assert.That(doc.Text[r.Trigger!.Value.Start..r.Trigger.Value.End], Is.EqualTo(trigger));
        Assert.That(doc.Text[r.Sentence.Start..r.Sentence.End], Is.EqualTo(doc.Text.Trim()));
    }
}
