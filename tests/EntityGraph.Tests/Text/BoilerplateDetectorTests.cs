using System.Collections.Generic;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Text;

public class BoilerplateDetectorTests
{
    private static readonly BoilerplateDetector Detector = new();

    [TestCase("Advertisement")]
    [TestCase("  ADVERTISEMENT  ")]
    [TestCase("Share via")]
    [TestCase("Share")]
    [TestCase("submit to reddit")]
    [TestCase("Toggle")]
    [TestCase("Accessibility links")]
    [TestCase("Breaking News")]
    [TestCase("Skip to main content")]
    [TestCase("Read more »")]
    [TestCase("Sign in")]
    [TestCase("Print")]
    [TestCase("Email")]
    [TestCase("Tweet")]
    [TestCase("Comments")]
    [TestCase("  • 1")]
    [TestCase("• 12 •")]
    [TestCase("Share on Facebook")]
    [TestCase("Facebook | Twitter | Email | Print")]
    [TestCase("Share this article:")]
    [TestCase("Share   via\tEmail")]
    public void IsBoilerplate_WebFurniture_IsTrue(string line)
    {
        Assert.That(Detector.IsBoilerplate(line), Is.True);
    }

    [TestCase("More AJW")]
    [TestCase("View Full Version : Hitay-Sovet Sohbiti we Uyghurlaning 1962-yili Sovet Ittipakigha Keqixi")]
    [TestCase("Advertisement for the new embassy building was printed.")]
    [TestCase("Share prices fell in Tokyo")]
    [TestCase("Breaking News: China closes its border")]
    [TestCase("  • The Yalu river in China's Liaoning province")]
    [TestCase("TIMES STAFF WRITERS")]
    [TestCase("By KOICHIRO ISHIDA/ Correspondent")]
    [TestCase("[...]")]
    [TestCase("7 June 1962")]
    [TestCase("X")]
    [TestCase("")]
    [TestCase("   ")]
    public void IsBoilerplate_Content_IsFalse(string line)
    {
        Assert.That(Detector.IsBoilerplate(line), Is.False);
    }

    [Test]
    public void IsBoilerplate_VeryLongLine_IsFalse()
    {
        Assert.That(Detector.IsBoilerplate(new string(' ', 10) + "Advertisement" + new string(' ', 100) + "x"), Is.False);
    }

    [TestCase("000", new[] { "Advertisement", "Share via", "Advertisement", "Advertisement", "Advertisement", "Advertisement" })]
    [TestCase("001", new string[0])]
    [TestCase("002", new string[0])]
    [TestCase("003", new[] { "Accessibility links", "Breaking News" })]
    [TestCase("004", new[] { "  • 1", "submit to reddit", "Toggle" })]
    public void Analyze_Seed_SkipsExactlyTheFurnitureLines(string seed, string[] expected)
    {
        TokenizedDocument doc = TextAnalyzer.Default.Analyze(Document.FromFile(SeedFiles.Path(seed)));
        var lines = new List<string>();
        foreach (TextSpan s in doc.SkippedLines)
        {
            lines.Add(doc.Text.Substring(s.Start, s.Length));
        }

        Assert.That(lines, Is.EqualTo(expected));
    }

    [Test]
    public void Analyze_SkippedLine_IsNotTokenizedAndSplitsSentences()
    {
        const string text = "The papers said\r\nAdvertisement\r\nthat the exodus began.";
        TokenizedDocument doc = TextAnalyzer.Default.Analyze(Document.FromText(text));
        Assert.That(doc.SkippedLines, Is.EqualTo(new[] { new TextSpan(17, 30) }));
        Assert.That(doc.SentenceCount, Is.EqualTo(2));
        Assert.That(doc.Sentence(0).Span, Is.EqualTo(new TextSpan(0, 15)));
        Assert.That(doc.Sentence(1).Span, Is.EqualTo(new TextSpan(32, text.Length)));
    }
}
