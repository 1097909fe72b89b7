using System.Collections.Generic;
using System.IO;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Text;

public class SentenceSplitterTests
{
    /// <summary>Sentence texts joined by " | ".</summary>
    private static string Sentences(string text)
    {
        TokenizedDocument doc = TextAnalyzer.Default.Analyze(Document.FromText(text));
        var parts = new List<string>();
        foreach (Sentence s in doc.Sentences)
        {
            parts.Add(text.Substring(s.Span.Start, s.Span.Length).Replace("\r", "\\r").Replace("\n", "\\n"));
        }

        return string.Join(" | ", parts);
    }

    [TestCase("Mr. Kong tells reporters in Beijing. He says so.", "Mr. Kong tells reporters in Beijing. | He says so.")]
    [TestCase("Ambassador [Stepan V.] Chervonenko came. Zhang left.", "Ambassador [Stepan V.] Chervonenko came. | Zhang left.")]
    [TestCase("Stepan V. Chervonenko came.", "Stepan V. Chervonenko came.")]
    [TestCase("asylum seekers in a U.S. consulate. Chinese police", "asylum seekers in a U.S. consulate. | Chinese police")]
    [TestCase("the U.S. consulate in Shenyang", "the U.S. consulate in Shenyang")]
    [TestCase("they fled to the U.S. He said it was true.", "they fled to the U.S. | He said it was true.")]
    [TestCase("Gen. Lin and Dr. Wu met at 5 p.m. on Friday.", "Gen. Lin and Dr. Wu met at 5 p.m. on Friday.")]
    [TestCase("the meeting ended at 5 p.m. The next day", "the meeting ended at 5 p.m. | The next day")]
    [TestCase("“It is not their style to do it,” the diplomat said. “They tend to think.”", "“It is not their style to do it,” the diplomat said. | “They tend to think.”")]
    [TestCase("He said: “Go now.” Then he left.", "He said: “Go now.” | Then he left.")]
    [TestCase("“Really?” he asked. Yes!", "“Really?” he asked. | Yes!")]
    [TestCase("Who? What! When.", "Who? | What! | When.")]
    [TestCase("in Moscow now . . . but they’ve got a border.", "in Moscow now . . . but they’ve got a border.")]
    [TestCase("We wait... and wait… The end.", "We wait... and wait… | The end.")]
    [TestCase("It cost 3.5 million (about $1). Next item.", "It cost 3.5 million (about $1). | Next item.")]
    [TestCase("(Asahi Shimbun file photo.) The river.", "(Asahi Shimbun file photo.) | The river.")]
    [TestCase("the border.\n\nthe next paragraph", "the border. | the next paragraph")]
    [TestCase("no punctuation here\n\nnext paragraph", "no punctuation here | next paragraph")]
    [TestCase("Zhang: I fully agree with you. Chervonenko: I wish to reiterate.", "Zhang: I fully agree with you. | Chervonenko: I wish to reiterate.")]
    public void Split_Punctuation_GivesExpectedSentences(string text, string expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [TestCase("Date: 8 June 1962, 5:00 p.m.\nVenue: Meeting Room, Ministry of Foreign Affairs\nInterpreter: Wang Gaiqing",
        "Date: 8 June 1962, 5:00 p.m. | Venue: Meeting Room, Ministry of Foreign Affairs | Interpreter: Wang Gaiqing")]
    [TestCase("China Cracks Down on North Korean Asylum-Seekers\nChina is defending its detention of two people.",
        "China Cracks Down on North Korean Asylum-Seekers | China is defending its detention of two people.")]
    [TestCase("By KOICHIRO ISHIDA/ Correspondent\nSHENYANG, China--North Korean agents are searching.",
        "By KOICHIRO ISHIDA/ Correspondent | SHENYANG, China--North Korean agents are searching.")]
    [TestCase("the Soviet ambassador came to meet Vice Minister Zhang\nabout the flight of residents.",
        "the Soviet ambassador came to meet Vice Minister Zhang\\nabout the flight of residents.")]
    [TestCase("the Soviet ambassador came to meet the Vice Minister\r\nZhang Hanfu about the flight.",
        "the Soviet ambassador came to meet the Vice Minister\\r\\nZhang Hanfu about the flight.")]
    [TestCase("we still stick to such opinions and\nZhang: I fully agree with you.",
        "we still stick to such opinions and | Zhang: I fully agree with you.")]
    [TestCase("Ambassador Chervonenko (hereafter Chervonenko): I asked to visit you today\nVice Minister Zhang (hereafter Zhang): I will report.",
        "Ambassador Chervonenko (hereafter Chervonenko): I asked to visit you today | Vice Minister Zhang (hereafter Zhang): I will report.")]
    [TestCase("The points were as follows\n• first point about the border\n• second point", "The points were as follows | • first point about the border | • second point")]
    [TestCase("08-10-14, 14:20\nMinutes of the Meeting between the Vice Minister [Zhang Hanfu] and the Ambassador",
        "08-10-14, 14:20 | Minutes of the Meeting between the Vice Minister [Zhang Hanfu] and the Ambassador")]
    [TestCase("Contents:\nRepresentations concerning the Flight", "Contents: | Representations concerning the Flight")]
    [TestCase("the border in the U.S.\nBeijing is North Korea's main ally.", "the border in the U.S. | Beijing is North Korea's main ally.")]
    [TestCase("a letter from Mr.\nKong arrived.", "a letter from Mr.\\nKong arrived.")]
    [TestCase("line one\r\n\r\nline two", "line one | line two")]
    [TestCase("para one\u2029para two", "para one | para two")]
    public void Split_LineBreaks_GivesExpectedSentences(string text, string expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [Test]
    public void Split_LongRunWithoutPunctuation_IsCutAtMaximum()
    {
        var analyzer = new TextAnalyzer(new Tokenizer(), new SentenceSplitter(maxSentenceTokens: 16), new BoilerplateDetector());
        string text = string.Join(" ", System.Linq.Enumerable.Repeat("word", 40));
        TokenizedDocument doc = analyzer.Analyze(Document.FromText(text));
        Assert.That(doc.SentenceCount, Is.EqualTo(3));
        Assert.That(doc.Sentence(0), Is.EqualTo(new Sentence(new TextSpan(0, 79), 0, 16)));
        Assert.That(doc.Sentence(2).TokenCount, Is.EqualTo(8));
    }

    [Test]
    public void Constructor_TooSmallMaximum_Throws()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => _ = new SentenceSplitter(3));
    }

    [Test]
    public void Split_Seed001_SpeakerTurnsStartSentences()
    {
        TokenizedDocument doc = TextAnalyzer.Default.Analyze(Document.FromFile(SeedFiles.Path("001")));
        string text = doc.Text;
        foreach (string turn in new[] { "Zhang: I fully agree with you.", "Chervonenko: I also believe", "Interpreter: Wang Gaiqing", "Date: 8 June 1962, 5:00 p.m." })
        {
            int at = text.IndexOf(turn, System.StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), turn);
            Assert.That(doc.Sentence(doc.SentenceAt(at)).Span.Start, Is.EqualTo(at), turn);
        }

        int zhang = text.IndexOf("Zhang: I fully agree with you.", System.StringComparison.Ordinal);
        Assert.That(doc.Sentence(doc.SentenceAt(zhang)).Span, Is.EqualTo(new TextSpan(zhang, zhang + "Zhang: I fully agree with you.".Length)));
    }

    [TestCase("000", "“They tend to think more about long-term interests. They probably detest the people in charge in Moscow now . . . but they’ve got quite a long border with them.", 2)]
    [TestCase("003", "Mr. Kong tells reporters in Beijing Thursday that according to the Vienna Convention on diplomatic relations, China has a duty to safeguard diplomatic staff and property.", 1)]
    [TestCase("004", "The U.N. Human Rights Council in March adopted a resolution condemning North Korea, and ordered the U.N. Security Council to consider pursuing action, such as additional sanctions, against officials in Pyongyang responsible for violating human rights.", 1)]
    public void Split_SeedPassage_HasExpectedSentenceCount(string seed, string passage, int count)
    {
        TokenizedDocument doc = TextAnalyzer.Default.Analyze(Document.FromFile(SeedFiles.Path(seed)));
        int start = doc.Text.IndexOf(passage, System.StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0));
        int first = doc.SentenceAt(start);
        int last = doc.SentenceAt(start + passage.Length - 1);
        Assert.That(doc.Sentence(first).Span.Start, Is.EqualTo(start));
        Assert.That(last - first + 1, Is.EqualTo(count));
    }
}
