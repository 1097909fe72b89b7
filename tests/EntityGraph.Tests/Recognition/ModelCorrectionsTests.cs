using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition;

public class ModelCorrectionsTests
{
    private static List<string> Kept(string text, params (string Text, EntityType Type, string Source)[] candidates)
    {
        TokenizedDocument doc = TextAnalyzer.Default.Analyze(Document.FromText(text));
        var list = new List<(Mention Mention, int Priority)>();
        int from = 0;
        foreach (var (t, type, source) in candidates)
        {
            int at = text.IndexOf(t, from, System.StringComparison.Ordinal);
            list.Add((Mention.Create(text, at, at + t.Length, type, source), 0));
            from = at + 1;
        }

        new ModelCorrections().Filter(doc, list);
        return list.ConvertAll(c => c.Mention.Text + "/" + c.Mention.Source);
    }

    [Test]
    public void Filter_StartOfNationalityAdjective_Dropped()
    {
        var kept = Kept("Agents detained North Korean defectors in Shenyang.", ("North", EntityType.Agency, "model"), ("Shenyang", EntityType.Place, "model"));

        Assert.That(kept, Is.EqualTo(new[] { "Shenyang/model" }));
    }

    [TestCase("Chinese")]
    [TestCase("Muslims")]
    [TestCase("Communist")]
    public void Filter_GroupOrNationalityWord_Dropped(string word)
    {
        var kept = Kept("The " + word + " leaders met in Beijing today.", (word, EntityType.Person, "model"));

        Assert.That(kept, Is.Empty);
    }

    [Test]
    public void Filter_NameOfTreaty_Dropped()
    {
        var kept = Kept("Under the Vienna Convention on diplomatic relations, China has a duty.", ("Vienna", EntityType.Agency, "model"), ("China", EntityType.Place, "model"));

        Assert.That(kept, Is.EqualTo(new[] { "China/model" }));
    }

    [Test]
    public void Filter_UnconfirmedWordsInTitleCaseHeadline_Dropped()
    {
        const string text = "Soviet Communists Reportedly Cross Into China, Ask Asylum\n\nThousands crossed into China last week.";

        var kept = Kept(text, ("China", EntityType.Place, "model"), ("Ask", EntityType.Agency, "model"), ("China", EntityType.Place, "model"));

        Assert.That(kept, Is.EqualTo(new[] { "China/model", "China/model" }));
    }

    [Test]
    public void Filter_HeadlineNameConfirmedInBody_Kept()
    {
        const string text = "Kawaguchi Protests Detention Of Refugees In Shenyang\n\nForeign Minister Kawaguchi said the police erred.";

        var kept = Kept(text, ("Kawaguchi", EntityType.Person, "model"), ("Kawaguchi", EntityType.Person, "patterns"));

        Assert.That(kept, Is.EqualTo(new[] { "Kawaguchi/model", "Kawaguchi/patterns" }));
    }

    [Test]
    public void Filter_OtherRecognizers_Untouched()
    {
        var kept = Kept("The Chinese Foreign Ministry said so.", ("Chinese Foreign Ministry", EntityType.Agency, "patterns"));

        Assert.That(kept, Is.EqualTo(new[] { "Chinese Foreign Ministry/patterns" }));
    }

    [TestCase("Soviet Communists Reportedly Cross Into China, Ask Asylum", true)]
    [TestCase("China Cracks Down on North Korean Asylum-Seekers - 2002-05-09", true)]
    [TestCase("Mr. Kong tells reporters in Beijing Thursday that China has a duty.", false)]
    [TestCase("Short Title", false)]
    [TestCase("\"Cable from the Foreign Ministry, 'Representations concerning the Flight of Ethnic Minority Residents to the Border Areas'\", April 30, 1962, translated by a historian for the archive and published online.", true)]
    public void IsTitleCaseLine_Lines_Classified(string line, bool expected)
    {
        int at = line.IndexOf("Ethnic", System.StringComparison.Ordinal);
        Assert.That(ModelCorrections.IsTitleCaseLine(line, at < 0 ? 0 : at), Is.EqualTo(expected));
    }

    [Test]
    public void IsTitleCaseLine_OutsideTheQuotedTitle_UsesTheLine()
    {
        const string line = "The 'Representations concerning the Flight of Ethnic Minority Residents' reached Beijing, where officials studied them for weeks.";

        Assert.That(ModelCorrections.IsTitleCaseLine(line, line.IndexOf("Beijing", System.StringComparison.Ordinal)), Is.False);
        Assert.That(ModelCorrections.IsTitleCaseLine(line, line.IndexOf("Ethnic", System.StringComparison.Ordinal)), Is.True);
    }
}
