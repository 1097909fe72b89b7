using System;
using EntityGraph.Dates;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Dates;

public class DctDetectorTests
{
    private static readonly DctDetector Detector = new();

    private static DctResult Detect(string text) => Detector.Detect(TextAnalyzer.Default.Analyze(Document.FromText(text)));

    [TestCase("\n\nApril 30, 1962\n\nCable from the Chinese Foreign Ministry\n\nThe Soviet side said on 23 April it would reply.", "1962-04-30", "dateline", "April 30, 1962")]
    [TestCase("Beijing allowing officials to capture defectors\n\nAugust 15, 2014\n\nBy A CORRESPONDENT\n\nSHENYANG--Agents are searching.", "2014-08-15", "dateline", "August 15, 2014")]
    [TestCase("Accessibility links\n\nBreaking News\n\nChina Cracks Down on Asylum-Seekers - 2002-05-09\n\nChina is defending its detention.", "2002-05-09", "headline", "2002-05-09")]
    [TestCase("View Full Version : A forum title\n\n08-10-14, 14:20\nMinutes of the Meeting\n\n(Not reviewed)\n\nDate: 8 June 1962, 5:00 p.m.\n\nVenue: Meeting Room", "1962-06-08", "header", "8 June 1962")]
    [TestCase("View Full Version : A forum title\n\n08-10-14, 14:20\nMinutes of the Meeting about trade.", "2014-08-10", "timestamp", "08-10-14")]
    [TestCase("TELEGRAM\n\nPeking, 24.III.50\n\nTo Comrade Filippov. The talks went well.", "1950-03-24", "dateline", "24.III.50")]
    [TestCase("123. Telegram From the Embassy in the Soviet Union to the Department of State\n\nMoscow, May 3, 1950\u20147 p.m.\n\n1520. Soviet press today.", "1950-05-03", "dateline", "May 3, 1950")]
    [TestCase("The Soviet side said it would reply.\nWe disagree.\n\nMinistry of Foreign Affairs 30 April [1962]", "1962-04-30", "signature", "30 April [1962]")]
    public void Detect_DatedDocument_DateSourceAndEvidence(string text, string date, string source, string evidence)
    {
        DctResult r = Detect(text);
        Assert.Multiple(() =>
        {
            Assert.That(r.Date, Is.EqualTo(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(r.Source, Is.EqualTo(source));
            Assert.That(r.Evidence, Is.Not.Null);
            Assert.That(r.Evidence!.Value.Slice(text).ToString(), Is.EqualTo(evidence));
        });
    }

    [TestCase("Advertisement\n\nSoviet Communists Reportedly Cross Into China\n\nSeveral thousand members crossed, newspapers reported Wednesday. The 1989 normalization helped.")]
    [TestCase("The talks of 8 June 1962 were tense, and the two sides met again on 19 May 1963 to sign an agreement on trade.")]
    [TestCase("No dates here at all.")]
    public void Detect_NoStatedDate_None(string text) =>
        Assert.That(Detect(text), Is.EqualTo(DctResult.None));

    [Test]
    public void Detect_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Detector.Detect((TokenizedDocument)null!));
}
