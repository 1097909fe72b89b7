using EntityGraph.Recognition.Rules;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Rules;

public class GazetteerRecognizerTests
{
    private static readonly GazetteerRecognizer R = new();

    [TestCase("China said so.", new[] { "PLACE:China@0" })]
    [TestCase("He flew to Alma-Ata yesterday.", new[] { "PLACE:Alma-Ata@11" })]
    [TestCase("the People\u2019s Republic of China", new[] { "PLACE:People\u2019s Republic of China@4" })]
    [TestCase("the People's Republic of China", new[] { "PLACE:People's Republic of China@4" })]
    [TestCase("in the Xinjiang Uyghur Autonomous Region, residents", new[] { "PLACE:Xinjiang Uyghur Autonomous Region@7" })]
    [TestCase("two asylum seekers in a U.S. consulate", new[] { "PLACE:U.S.@24" })]
    [TestCase("China's ambassador", new[] { "PLACE:China@0" })]
    [TestCase("China\u2019s Communist Party", new[] { "PLACE:China@0" })]
    [TestCase("The Yalu river in Liaoning province", new[] { "PLACE:Yalu@4", "PLACE:Liaoning@18" })]
    [TestCase("the Amur River flows", new[] { "PLACE:Amur River@4" })]
    [TestCase("SHENYANG, China--North Korean agents", new[] { "PLACE:SHENYANG@0", "PLACE:China@10" })]
    [TestCase("Several Soviet Communist Party and KGB members", new[] { "AGENCY:Soviet Communist Party@8", "AGENCY:KGB@35" })]
    [TestCase("The Soviet news agency Tass picked it up", new[] { "AGENCY:Tass@23" })]
    [TestCase("The Asahi Shimbun has learned", new[] { "AGENCY:Asahi Shimbun@4" })]
    [TestCase("relations with the West, the newspapers said", new[] { "PLACE:West@19" })]
    [TestCase("the North\u2019s agents in Pyongyang", new[] { "PLACE:North@4", "PLACE:Pyongyang@22" })]
    [TestCase("Washington, D.C. is far", new[] { "PLACE:Washington, D.C.@0" })]
    [TestCase("China-Japan relations", new[] { "PLACE:China@0", "PLACE:Japan@6" })]
    public void Recognize_Text_FindsExactSpans(string text, string[] expected)
    {
        Assert.That(RecognizerTestHelper.Run(R, text), Is.EqualTo(expected));
    }

    [TestCase("Chinese and Soviet officials met North Korean agents.")]
    [TestCase("the Vienna Convention on diplomatic relations")]
    [TestCase("they told us about china")]
    [TestCase("Who said that?")]
    [TestCase("the West German Embassy")]
    [TestCase("the North of the country")]
    [TestCase("Split the bill.")]
    [TestCase("Sino-Soviet relations")]
    public void Recognize_NoPlaceOrKnownOrganisation_FindsNothing(string text)
    {
        Assert.That(RecognizerTestHelper.Run(R, text), Is.Empty);
    }

    [Test]
    public void Recognize_AmbiguousNameAfterPreposition_FindsPlace()
    {
        Assert.That(RecognizerTestHelper.Run(R, "The hotel in Split is old."), Is.EqualTo(new[] { "PLACE:Split@13" }));
    }

    [Test]
    public void Name_IsGazetteer()
    {
        Assert.That(R.Name, Is.EqualTo("gazetteer"));
    }
}
