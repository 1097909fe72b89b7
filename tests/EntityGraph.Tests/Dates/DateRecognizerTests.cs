using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EntityGraph.Dates;
using EntityGraph.Recognition;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Dates;

public class DateRecognizerTests
{
    private static readonly DateRecognizer Recognizer = new();

    private static DateOnly? Dct(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Describe(IReadOnlyList<DateMatch> found) => string.Join("; ", found.Select(m => m.ToString()));

    /// <summary>Asserts the sentence holds exactly one date: <paramref name="span"/> (its first occurrence) with the value and mod.</summary>
    private static void AssertSingle(string sentence, string? dct, string span, string value, string? mod = null, DateRecognizer? recognizer = null)
    {
        IReadOnlyList<DateMatch> found = (recognizer ?? Recognizer).Find(sentence, Dct(dct));
        int start = sentence.IndexOf(span, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "test error: span not in sentence");
        Assert.That(found, Has.Count.EqualTo(1), Describe(found));
        DateMatch m = found[0];
        Assert.Multiple(() =>
        {
            Assert.That((m.Start, m.End), Is.EqualTo((start, start + span.Length)), Describe(found));
            Assert.That(m.Text, Is.EqualTo(span));
            Assert.That(m.Value.ToString(), Is.EqualTo(value));
            Assert.That(m.ModName, Is.EqualTo(mod));
        });
    }

    // ---- full dates, every order and style ----
    [TestCase("Date: 8 June 1962, 5:00 p.m.", null, "8 June 1962", "1962-06-08")]
    [TestCase("They met on June 8, 1962 in Beijing.", null, "June 8, 1962", "1962-06-08")]
    [TestCase("They met on June 8 1962 in Beijing.", null, "June 8 1962", "1962-06-08")]
    [TestCase("They met on 8th June, 1962.", null, "8th June, 1962", "1962-06-08")]
    [TestCase("Filed 1962-06-08 by the embassy.", null, "1962-06-08", "1962-06-08")]
    [TestCase("Moscow, 8.VI.62", null, "8.VI.62", "1962-06-08")]
    [TestCase("Peking, 24.III.50", null, "24.III.50", "1950-03-24")]
    [TestCase("Received 8.6.1962 at noon.", null, "8.6.1962", "1962-06-08")]
    [TestCase("Your telegram of 10/14/50 arrived.", null, "10/14/50", "1950-10-14")]
    [TestCase("Your telegram of 14/10/50 arrived.", null, "14/10/50", "1950-10-14")]
    [TestCase("Your telegram of 10/4/1950 arrived.", null, "10/4/1950", "1950-10-04")]
    [TestCase("08-10-14, 14:20", null, "08-10-14", "2014-08-10")]
    [TestCase("The ministry replied Monday, Aug. 25, the agency said.", "2014-08-28", "Monday, Aug. 25", "2014-08-25")]
    [TestCase("The talks resume Aug. 25 in Geneva.", "2014-08-20", "Aug. 25", "2014-08-25")]
    [TestCase("On the 25th of August the border closed.", "1962-09-01", "the 25th of August", "1962-08-25")]
    [TestCase("He arrived on 25th of August 1961.", null, "25th of August 1961", "1961-08-25")]
    [TestCase("He arrived on Sept. 3, 1950.", null, "Sept. 3, 1950", "1950-09-03")]
    [TestCase("He arrived on September 3rd.", "1950-09-10", "September 3rd", "1950-09-03")]
    [TestCase("SECRET MOSCOW, MAY 3, 1950", null, "MAY 3, 1950", "1950-05-03")]
    public void Find_FullDate_ExactSpanAndValue(string sentence, string? dct, string span, string value) =>
        AssertSingle(sentence, dct, span, value);

    // ---- editorial brackets ----
    [TestCase("At 6:00 p.m. on the 29th of [April], the ambassador came.", "1962-04-30", "the 29th of [April]", "1962-04-29")]
    [TestCase("Ministry of Foreign Affairs 30 April [1962]", null, "30 April [1962]", "1962-04-30")]
    [TestCase("surprised by our 24th [of April] indication", "1962-04-30", "24th [of April]", "1962-04-24")]
    [TestCase("talks on the 23rd [of April], after our side", "1962-04-30", "the 23rd [of April]", "1962-04-23")]
    public void Find_EditorialBrackets_InsideSpan(string sentence, string? dct, string span, string value) =>
        AssertSingle(sentence, dct, span, value);

    // ---- months, years, decades, centuries ----
    [TestCase("In March, 25 North Koreans rushed in.", "2002-05-09", "March", "2002-03")]
    [TestCase("The council in March adopted a resolution.", "2014-08-15", "March", "2014-03")]
    [TestCase("China opposed the March resolution.", "2014-08-15", "March", "2014-03")]
    [TestCase("The visit was planned for March 1962.", null, "March 1962", "1962-03")]
    [TestCase("The visit was planned for June of 1962.", null, "June of 1962", "1962-06")]
    [TestCase("It happened in May, officials said.", "2002-08-01", "May", "2002-05")]
    [TestCase("The accord signed in 1962 still holds.", null, "1962", "1962")]
    [TestCase("after the 1989 normalization of relations", null, "1989", "1989")]
    [TestCase("Uyghurlaning 1962-yili Sovet", null, "1962", "1962")]
    [TestCase("The treaty of 1860 ceded land.", null, "1860", "1860")]
    [TestCase("In 1962 refugees fled to the Soviet Union.", null, "1962", "1962")]
    [TestCase("Tensions rose in the 1950s along the border.", null, "the 1950s", "195X")]
    [TestCase("Tensions rose in the '50s along the border.", null, "the '50s", "195X")]
    [TestCase("Tensions rose during 1960s border talks.", null, "1960s", "196X")]
    [TestCase("Borders drawn in the 19th century remain.", null, "the 19th century", "18")]
    [TestCase("In March there were no talks.", null, "March", "XXXX-03")]
    [TestCase("Refugees crossed in the spring of 1962 in large numbers.", null, "the spring of 1962", "1962-SP")]
    [TestCase("Refugees crossed in summer 1950 in large numbers.", null, "summer 1950", "1950-SU")]
    [TestCase("The border closed last winter, he said.", "1963-05-10", "last winter", "1962-WI")]
    public void Find_MonthYearDecade_ExactSpanAndValue(string sentence, string? dct, string span, string value) =>
        AssertSingle(sentence, dct, span, value);

    // ---- modifiers ----
    [TestCase("defectors hiding near the border in late March disappeared.", "2014-08-15", "late March", "2014-03", "END")]
    [TestCase("The talks began in early 1962.", null, "early 1962", "1962", "START")]
    [TestCase("The talks began in mid-March.", "1962-06-08", "mid-March", "1962-03", "MID")]
    [TestCase("The talks began in the late summer of 1950.", null, "late summer of 1950", "1950-SU", "END")]
    [TestCase("It has been rising since the start of this year, he said.", "2014-08-15", "the start of this year", "2014", "START")]
    [TestCase("It will be settled by the end of 1962.", null, "the end of 1962", "1962", "END")]
    [TestCase("Relations soured in the early 1960s.", null, "the early 1960s", "196X", "START")]
    [TestCase("The issue came up late last year.", "2003-01-10", "late last year", "2002", "END")]
    [TestCase("They met earlier this month in Tokyo.", "2002-05-09", "earlier this month", "2002-05", null)]
    public void Find_Modifier_ValueAndMod(string sentence, string? dct, string span, string value, string? mod) =>
        AssertSingle(sentence, dct, span, value, mod);

    // ---- weekdays ----
    [TestCase("Mr. Kong tells reporters in Beijing Thursday that it is lawful.", "2002-05-09", "Thursday", "2002-05-09")]
    [TestCase("The man entered the consulate Wednesday.", "2002-05-09", "Wednesday", "2002-05-08")]
    [TestCase("The man entered the consulate Friday.", "2002-05-09", "Friday", "2002-05-03")]
    [TestCase("two Japanese newspapers reported Wednesday.", null, "Wednesday", "XXXX-WXX-3")]
    [TestCase("The vote was held late Wednesday.", "2002-05-09", "Wednesday", "2002-05-08")]
    [TestCase("Japan summoned the ambassador earlier Thursday.", "2002-05-09", "Thursday", "2002-05-09")]
    [TestCase("Talks resume next Monday in Geneva.", "2002-05-09", "next Monday", "2002-05-13")]
    [TestCase("Talks ended last Thursday in Geneva.", "2002-05-09", "last Thursday", "2002-05-02")]
    public void Find_Weekday_ResolvedAgainstDct(string sentence, string? dct, string span, string value) =>
        AssertSingle(sentence, dct, span, value);

    // ---- deictic expressions ----
    [TestCase("I asked to visit you today to continue.", "1962-06-08", "today", "1962-06-08")]
    [TestCase("This is also in today\u2019s document.", "1962-06-08", "today", "1962-06-08")]
    [TestCase("He arrived yesterday from Moscow.", "1962-06-08", "yesterday", "1962-06-07")]
    [TestCase("He leaves tomorrow for Moscow.", "1962-06-08", "tomorrow", "1962-06-09")]
    [TestCase("I asked to visit you today to continue.", null, "today", "PRESENT_REF")]
    [TestCase("They met last week in Tokyo.", "2002-05-09", "last week", "2002-W18")]
    [TestCase("They meet next month in Tokyo.", "2002-05-09", "next month", "2002-06")]
    [TestCase("Trade grew this year by a third.", "2002-05-09", "this year", "2002")]
    [TestCase("Trade grew last year by a third.", "2002-05-09", "last year", "2001")]
    [TestCase("Trade grew last year by a third.", null, "last year", "PAST_REF")]
    [TestCase("The border closed last December.", "2003-01-10", "last December", "2002-12")]
    [TestCase("The measures were put in place several days ago, he said.", "1962-06-08", "several days ago", "PAST_REF")]
    [TestCase("Several years ago, security authorities changed course.", "2014-08-15", "Several years ago", "PAST_REF")]
    [TestCase("That happened years ago, he said.", "2014-08-15", "years ago", "PAST_REF")]
    [TestCase("He left two days ago for Moscow.", "1962-06-08", "two days ago", "1962-06-06")]
    [TestCase("He left three years ago for Moscow.", "1962-06-08", "three years ago", "1959")]
    public void Find_Deictic_ResolvedAgainstDct(string sentence, string? dct, string span, string value) =>
        AssertSingle(sentence, dct, span, value);

    // ---- year inference for a day or month without a year ----
    [TestCase("The border closed in December.", "2003-01-10", "December", "2002-12")]
    [TestCase("The border closed on 3 December.", "2003-01-10", "3 December", "2002-12-03")]
    [TestCase("The border opens in February.", "2003-01-10", "February", "2003-02")]
    [TestCase("Memorandum dated 19 May on the flight.", "1962-06-08", "19 May", "1962-05-19")]
    public void Find_DayOrMonthWithoutYear_YearFromDct(string sentence, string? dct, string span, string value) =>
        AssertSingle(sentence, dct, span, value);

    // ---- 29 February, invalid days ----
    [TestCase("It was signed on 29 February 1960.", "1960-02-29")]
    [TestCase("It was signed on February 29, 1960.", "1960-02-29")]
    public void Find_LeapDayInLeapYear_Found(string sentence, string value)
    {
        IReadOnlyList<DateMatch> found = Recognizer.Find(sentence, null);
        Assert.That(found.Select(m => m.Value.ToString()), Is.EqualTo(new[] { value }));
    }

    [TestCase("It was signed on 29 February 1962.", null)]
    [TestCase("It was signed on February 29, 1962.", null)]
    [TestCase("It was signed on 31 June 1962.", null)]
    [TestCase("It was signed on 31 June.", "1962-08-01")]
    [TestCase("It was signed on June 31.", "1962-08-01")]
    [TestCase("It was signed on 31/06/62.", null)]
    [TestCase("It was signed on 1962-02-30.", null)]
    public void Find_ImpossibleDay_NothingFound(string sentence, string? dct) =>
        Assert.That(Recognizer.Find(sentence, Dct(dct)), Is.Empty);

    // ---- not dates ----
    [TestCase("The meeting began at 5:00 p.m. and ended at 6:00 p.m.")]
    [TestCase("The talks lasted several days.")]
    [TestCase("Over the past three months, arrests rose.")]
    [TestCase("Over the past year, arrests rose.")]
    [TestCase("Trade fell over the last year.")]
    [TestCase("Refugees cross almost every month.")]
    [TestCase("The delegation visits every March.")]
    [TestCase("The situation is tense now and has changed recently.")]
    [TestCase("They fought in the Korean War.")]
    [TestCase("See PRC FMA 118-01154-05, 28.")]
    [TestCase("Beijing may send them home, the official said.")]
    [TestCase("May I add a point, said the ambassador.")]
    [TestCase("Prime Minister Theresa May spoke.")]
    [TestCase("Mrs. June Carter sang.")]
    [TestCase("AVPRF, f. 0100, op. 43, d. 1962, l. 5.")]
    [TestCase("Some 2,000 refugees and 12.5 percent of the 300 guards.")]
    [TestCase("The 38th parallel divides Korea.")]
    [TestCase("He lived on the 5th floor.")]
    [TestCase("Call 555-1962 or see item 1962/3.")]
    [TestCase("Its influence peaked between the 15th and 17th centuries.")]
    [TestCase("Muslims marked the end of the month-long fast.")]
    [TestCase("Some 2000 troops crossed the river.")]
    [TestCase("Prices fall in the autumn and rise in spring.")]
    [TestCase("")]
    public void Find_NotADate_NothingFound(string sentence) =>
        Assert.That(Recognizer.Find(sentence, Dct("2002-05-09")), Is.Empty, () => Describe(Recognizer.Find(sentence, Dct("2002-05-09"))));

    // ---- narrative anchors ----
    [Test]
    public void Find_DayLaterAfterMonth_KeepsMonthPrecision()
    {
        const string text = "In March, 25 North Koreans rushed into the embassy. A day later, they were sent to Seoul.";
        IReadOnlyList<DateMatch> found = Recognizer.Find(text, Dct("2002-05-09"));
        Assert.That(found.Select(m => (m.Text, m.Value.ToString())), Is.EqualTo(new[] { ("March", "2002-03"), ("A day later", "2002-03") }));
    }

    [Test]
    public void Find_NextDayAfterOrdinal_DayAfterAnchor()
    {
        const string text = "The ambassador came on the 29th. The next day, the ministry replied. Two days later they met.";
        IReadOnlyList<DateMatch> found = Recognizer.Find(text, Dct("1962-04-30"));
        Assert.That(found.Select(m => (m.Text, m.Value.ToString())),
            Is.EqualTo(new[] { ("the 29th", "1962-04-29"), ("The next day", "1962-04-30"), ("Two days later", "1962-05-02") }));
    }

    [Test]
    public void Find_MonthAfterExplicitYear_TakesThatYear()
    {
        const string text = "In March 1950 the treaty was drafted. In May, it was signed.";
        IReadOnlyList<DateMatch> found = Recognizer.Find(text, Dct("2014-08-15"));
        Assert.That(found.Select(m => (m.Text, m.Value.ToString())), Is.EqualTo(new[] { ("March 1950", "1950-03"), ("May", "1950-05") }));
    }

    [Test]
    public void Find_OrdinalWithoutAnchorOrDct_NothingFound() =>
        Assert.That(Recognizer.Find("He came on the 29th.", null), Is.Empty);

    [Test]
    public void Find_DateAndClockTime_OnlyTheDate()
    {
        IReadOnlyList<DateMatch> found = Recognizer.Find("Date: 8 June 1962, 5:00 p.m.", null);
        Assert.That(found.Select(m => m.Text), Is.EqualTo(new[] { "8 June 1962" }));
    }

    // ---- options ----
    [Test]
    public void Find_DayFirstOption_ReadsDayFirst() =>
        AssertSingle("Dated 05/06/62.", null, "05/06/62", "1962-06-05", null, new DateRecognizer(new DateRecognizerOptions { DayFirst = true }));

    [Test]
    public void Find_DefaultOrder_ReadsMonthFirst() =>
        AssertSingle("Dated 05/06/62.", null, "05/06/62", "1962-05-06");

    [TestCase(29, "2029-01-01")]
    [TestCase(30, "1930-01-01")]
    public void Find_TwoDigitYear_PivotDecidesCentury(int yy, string value) =>
        AssertSingle("Dated 1/1/" + yy + ".", null, "1/1/" + yy, value);

    [Test]
    public void Constructor_PivotOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DateRecognizer(new DateRecognizerOptions { TwoDigitYearPivot = 101 }));

    [Test]
    public void Find_NullText_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Recognizer.Find(null!, null));

    // ---- the pipeline contract ----
    [Test]
    public void Recognize_Document_DateMentionsWithValueModAndSource()
    {
        TokenizedDocument doc = TextAnalyzer.Default.Analyze(Document.FromText("Arrests rose in late March. Advertisement\nTalks resumed Thursday."));
        var output = new List<Mention>();
        Recognizer.Recognize(doc, Dct("2014-08-15"), output);
        Assert.That(output.Select(m => (m.Start, m.End, m.Text, m.Type, m.Value, m.Mod, m.Source)), Is.EqualTo(new[]
        {
            (16, 26, "late March", EntityType.Date, (string?)"2014-03", (string?)"END", "date-rules"),
            (56, 64, "Thursday", EntityType.Date, "2014-08-14", null, "date-rules"),
        }));
    }
}
