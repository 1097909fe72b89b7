using EntityGraph.Recognition.Rules;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Rules;

public class PatternRecognizerTests
{
    private static readonly PatternRecognizer R = new();

    [TestCase("Vice Minister Zhang said", new[] { "PERSON:Zhang@14" })]
    [TestCase("the Vice Minister [Zhang Hanfu] and the Ambassador", new[] { "PERSON:Zhang Hanfu@19" })]
    [TestCase("came to meet Vice Minister Zhang [Hanfu] about it", new[] { "PERSON:Zhang [Hanfu]@27" })]
    [TestCase("Ambassador [Stepan V.] Chervonenko arrived", new[] { "PERSON:[Stepan V.] Chervonenko@11" })]
    [TestCase("Mr. Kong tells reporters", new[] { "PERSON:Kong@4" })]
    [TestCase("Comrade Hanfu expressed", new[] { "PERSON:Hanfu@8" })]
    [TestCase("Chinese Foreign Ministry spokesman Kong Quan says", new[] { "AGENCY:Chinese Foreign Ministry@0", "PERSON:Kong Quan@35" })]
    [TestCase("Japan's Foreign Minister, Yoriko Kawaguchi, says", new[] { "PERSON:Yoriko Kawaguchi@26" })]
    [TestCase("President John Sylvester, Jr. came", new[] { "PERSON:John Sylvester, Jr.@10" })]
    [TestCase("Secretary General Kofi Annan spoke", new[] { "PERSON:Kofi Annan@18" })]
    [TestCase("Ambassador Chervonenko (hereafter Chervonenko): I asked", new[] { "PERSON:Chervonenko@11", "PERSON:Chervonenko@34" })]
    [TestCase("the Ambassador of the Soviet Union to China [Chervonenko]", new[] { "PERSON:Chervonenko@45" })]
    public void Recognize_TitledName_FindsPersonWithoutTitle(string text, string[] expected)
    {
        Assert.That(RecognizerTestHelper.Run(R, text), Is.EqualTo(expected));
    }

    [TestCase("Interpreter: Wang Gaiqing\n", new[] { "PERSON:Wang Gaiqing@13" })]
    [TestCase("Attendees: Yu Man, Deputy Director of the Department of Soviet and Eastern European Affairs\n", new[] { "PERSON:Yu Man@11", "AGENCY:Department of Soviet and Eastern European Affairs@42" })]
    [TestCase("Minutes Prepared: Zhang Zifan\n", new[] { "PERSON:Zhang Zifan@18" })]
    [TestCase("Archive, 28. Translated by Charles Kraus. https://x", new[] { "PERSON:Charles Kraus@27" })]
    [TestCase("By KOICHIRO ISHIDA/ Correspondent\n", new[] { "PERSON:KOICHIRO ISHIDA@3" })]
    [TestCase("Helm reported from Tokyo and Holley reported from Beijing.", new[] { "PERSON:Helm@0", "PERSON:Holley@29" })]
    [TestCase("Vice Minister Zhang (hereafter Zhang): Fine.\n\nZhang: I will report.", new[] { "PERSON:Zhang@14", "PERSON:Zhang@31", "PERSON:Zhang@46" })]
    public void Recognize_LabelsAndBylines_FindsPersons(string text, string[] expected)
    {
        Assert.That(RecognizerTestHelper.Run(R, text), Is.EqualTo(expected));
    }

    [TestCase("Venue: Meeting Room, Ministry of Foreign Affairs\n", new[] { "AGENCY:Ministry of Foreign Affairs@21" })]
    [TestCase("reported to the Ministry [of Foreign Affairs] today", new[] { "AGENCY:Ministry [of Foreign Affairs]@16" })]
    [TestCase("the Spanish Embassy in Beijing", new[] { "AGENCY:Spanish Embassy@4" })]
    [TestCase("a spokesman for the U.S. Embassy in Beijing", new[] { "AGENCY:U.S. Embassy@20" })]
    [TestCase("the South Korean Consulate General in Shenyang", new[] { "AGENCY:South Korean Consulate General@4" })]
    [TestCase("allowing the North Korean Ministry of State Security and others", new[] { "AGENCY:North Korean Ministry of State Security@13" })]
    [TestCase("the [Xinjiang Uyghur] Autonomous Region Party Committee:", new[] { "AGENCY:[Xinjiang Uyghur] Autonomous Region Party Committee@4" })]
    [TestCase("[To the] Xinjiang Foreign Affairs Department and", new[] { "AGENCY:Xinjiang Foreign Affairs Department@9" })]
    [TestCase("The U.N. Human Rights Council in March adopted", new[] { "AGENCY:U.N. Human Rights Council@4" })]
    [TestCase("the U.N. Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea (North Korea)", new[] { "AGENCY:U.N. Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea@4" })]
    [TestCase("China\u2019s Communist Party leaders", new[] { "AGENCY:Communist Party@8" })]
    [TestCase("support from MacArthur Foundation\n", new[] { "AGENCY:MacArthur Foundation@13" })]
    [TestCase("TIMES STAFF WRITERS\n", new[] { "AGENCY:TIMES@0" })]
    [TestCase("(Asahi Shimbun file photo)", new[] { "AGENCY:Asahi Shimbun@1" })]
    public void Recognize_OrganisationPhrase_FindsAgency(string text, string[] expected)
    {
        Assert.That(RecognizerTestHelper.Run(R, text), Is.EqualTo(expected));
    }

    [TestCase("they entered the Japanese consulate in Shenyang")]
    [TestCase("the Embassy said")]
    [TestCase("The Government of the Soviet Union has urged me")]
    [TestCase("the Vienna Convention on diplomatic relations")]
    [TestCase("The General Assembly voted.")]
    [TestCase("its foreign ministry also took issue")]
    [TestCase("the Soviet ambassador came to meet")]
    [TestCase("Contents: Representations concerning the Flight\n")]
    [TestCase("Breaking News\n")]
    [TestCase("Minister Beijing")]
    public void Recognize_NoPattern_FindsNothing(string text)
    {
        Assert.That(RecognizerTestHelper.Run(R, text), Is.Empty);
    }

    [Test]
    public void Name_IsPatterns()
    {
        Assert.That(R.Name, Is.EqualTo("patterns"));
    }
}
