using System;
using System.Linq;
using EntityGraph.Dates;
using NUnit.Framework;

namespace EntityGraph.Tests.Dates;

public class TimexValueTests
{
    [TestCase("1962-06-08", TimexGranularity.Day, 1962, 6, 8)]
    [TestCase("1962-06", TimexGranularity.Month, 1962, 6, null)]
    [TestCase("1962", TimexGranularity.Year, 1962, null, null)]
    [TestCase("196X", TimexGranularity.Decade, 1960, null, null)]
    [TestCase("195X", TimexGranularity.Decade, 1950, null, null)]
    [TestCase("19", TimexGranularity.Century, 1900, null, null)]
    [TestCase("2002-W20", TimexGranularity.Week, 2002, null, null)]
    [TestCase("XXXX-WXX-3", TimexGranularity.Weekday, null, null, null)]
    [TestCase("XXXX-03", TimexGranularity.Month, null, 3, null)]
    [TestCase("XXXX-02-29", TimexGranularity.Day, null, 2, 29)]
    [TestCase("1960-02-29", TimexGranularity.Day, 1960, 2, 29)]
    [TestCase("1962-SP", TimexGranularity.Season, 1962, null, null)]
    [TestCase("1962-Q3", TimexGranularity.Quarter, 1962, null, null)]
    [TestCase("1962-H1", TimexGranularity.Half, 1962, null, null)]
    [TestCase("2002-W20-WE", TimexGranularity.Weekend, 2002, null, null)]
    [TestCase("PAST_REF", TimexGranularity.Reference, null, null, null)]
    [TestCase("PRESENT_REF", TimexGranularity.Reference, null, null, null)]
    [TestCase("FUTURE_REF", TimexGranularity.Reference, null, null, null)]
    public void TryParse_ValidValue_FieldsAndRoundTrip(string text, TimexGranularity granularity, int? year, int? month, int? day)
    {
        Assert.That(TimexValue.TryParse(text, out TimexValue v), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(v.Granularity, Is.EqualTo(granularity));
            Assert.That(v.Year, Is.EqualTo(year));
            Assert.That(v.Month, Is.EqualTo(month));
            Assert.That(v.Day, Is.EqualTo(day));
            Assert.That(v.ToString(), Is.EqualTo(text));
            Assert.That(TimexValue.Parse(v.ToString()), Is.EqualTo(v));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("1962-02-29")]
    [TestCase("1962-13")]
    [TestCase("1962-00")]
    [TestCase("1962-06-31")]
    [TestCase("1962-6-8")]
    [TestCase("2002-W54")]
    [TestCase("2003-W53")]
    [TestCase("XXXX-WXX-8")]
    [TestCase("XXXX")]
    [TestCase("000X")]
    [TestCase("past_ref")]
    [TestCase("1962-XX")]
    [TestCase("June 1962")]
    [TestCase("1962-06-08T10:00")]
    [TestCase("1962-Q5")]
    [TestCase("1962-H3")]
    [TestCase("1962-W20-SA")]
    [TestCase("19XX")]
    [TestCase("196")]
    public void TryParse_Invalid_FalseAndDefault(string? text)
    {
        Assert.That(TimexValue.TryParse(text, out TimexValue v), Is.False);
        Assert.That(v, Is.EqualTo(default(TimexValue)));
        Assert.That(v.IsValid, Is.False);
    }

    [Test]
    public void Parse_Invalid_ThrowsTimexFormatException()
    {
        var ex = Assert.Throws<TimexFormatException>(() => TimexValue.Parse("1962-02-30"));
        Assert.That(ex!.Text, Is.EqualTo("1962-02-30"));
        Assert.That(ex, Is.InstanceOf<EntityGraphException>());
    }

    [Test]
    public void Parse_Null_ThrowsArgumentNull() => Assert.Throws<ArgumentNullException>(() => TimexValue.Parse(null!));

    [TestCase("1962-06-08", "1962-06-08", "1962-06-08")]
    [TestCase("1962-06", "1962-06-01", "1962-06-30")]
    [TestCase("1960-02", "1960-02-01", "1960-02-29")]
    [TestCase("1962", "1962-01-01", "1962-12-31")]
    [TestCase("196X", "1960-01-01", "1969-12-31")]
    [TestCase("19", "1900-01-01", "1999-12-31")]
    [TestCase("2002-W20", "2002-05-13", "2002-05-19")]
    [TestCase("2004-W53", "2004-12-27", "2005-01-02")]
    [TestCase("1962-SU", "1962-06-01", "1962-08-31")]
    [TestCase("1963-WI", "1963-12-01", "1964-02-29")]
    [TestCase("1962-Q1", "1962-01-01", "1962-03-31")]
    [TestCase("1964-Q1", "1964-01-01", "1964-03-31")]
    [TestCase("1962-Q4", "1962-10-01", "1962-12-31")]
    [TestCase("1962-H1", "1962-01-01", "1962-06-30")]
    [TestCase("1962-H2", "1962-07-01", "1962-12-31")]
    [TestCase("9999-Q4", "9999-10-01", "9999-12-31")]
    [TestCase("2002-W20-WE", "2002-05-18", "2002-05-19")]
    public void EarliestLatestDay_PlacedValue_CoversItsStretch(string text, string earliest, string latest)
    {
        TimexValue v = TimexValue.Parse(text);
        Assert.That(v.EarliestDay, Is.EqualTo(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(v.LatestDay, Is.EqualTo(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(v.IsAnchored, Is.True);
    }

    [TestCase("XXXX-03")]
    [TestCase("XXXX-WXX-3")]
    [TestCase("PAST_REF")]
    public void EarliestDay_UnplacedValue_Null(string text)
    {
        TimexValue v = TimexValue.Parse(text);
        Assert.That(v.EarliestDay, Is.Null);
        Assert.That(v.LatestDay, Is.Null);
    }

    [Test]
    public void CompareTo_MixedValues_TimelineOrder()
    {
        string[] shuffled = ["FUTURE_REF", "1962-06-08", "XXXX-WXX-1", "1962", "196X", "PAST_REF", "1962-06", "1961-12-31", "XXXX-03", "2002-W20", "PRESENT_REF", "19"];
        string[] sorted = shuffled.Select(TimexValue.Parse).OrderBy(v => v).Select(v => v.ToString()).ToArray();
        Assert.That(sorted, Is.EqualTo(new[] { "19", "196X", "1961-12-31", "1962", "1962-06", "1962-06-08", "2002-W20", "XXXX-03", "XXXX-WXX-1", "PAST_REF", "PRESENT_REF", "FUTURE_REF" }));
    }

    [Test]
    public void CompareTo_EqualValues_ZeroAndOperatorsAgree()
    {
        TimexValue a = TimexValue.Parse("1962-06"), b = TimexValue.ForMonth(1962, 6);
        Assert.Multiple(() =>
        {
            Assert.That(a.CompareTo(b), Is.Zero);
            Assert.That(a == b, Is.True);
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a < TimexValue.Parse("1962-07"), Is.True);
            Assert.That(a >= TimexValue.Parse("1962"), Is.True);
        });
    }

    [Test]
    public void Factories_BuildSameValuesAsParse()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TimexValue.FromDate(new DateOnly(1962, 6, 8)).ToString(), Is.EqualTo("1962-06-08"));
            Assert.That(TimexValue.ForDay(null, 2, 29).ToString(), Is.EqualTo("XXXX-02-29"));
            Assert.That(TimexValue.ForDecade(1957).ToString(), Is.EqualTo("195X"));
            Assert.That(TimexValue.ForCentury(20).ToString(), Is.EqualTo("20"));
            Assert.That(TimexValue.WeekOf(new DateOnly(2002, 5, 15)).ToString(), Is.EqualTo("2002-W20"));
            Assert.That(TimexValue.WeekOf(new DateOnly(2005, 1, 1)).ToString(), Is.EqualTo("2004-W53"));
            Assert.That(TimexValue.ForWeekday(DayOfWeek.Sunday).ToString(), Is.EqualTo("XXXX-WXX-7"));
            Assert.That(default(TimexValue).ToString(), Is.Empty);
        });
    }

    [TestCase(1962, 2, 29)]
    [TestCase(1962, 4, 31)]
    [TestCase(1962, 13, 1)]
    public void ForDay_NoSuchDay_Throws(int year, int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimexValue.ForDay(year, month, day));

    [TestCase("START", TimexMod.Start)]
    [TestCase("mid", TimexMod.Mid)]
    [TestCase("END", TimexMod.End)]
    [TestCase(null, TimexMod.None)]
    public void TimexMods_TryParse_KnownNames(string? text, TimexMod mod)
    {
        Assert.That(TimexMods.TryParse(text, out TimexMod m), Is.True);
        Assert.That(m, Is.EqualTo(mod));
    }

    [TestCase("1962-06-08", "1962-06-08", "1962-06-08", "1962-06-08")]
    [TestCase("1962-06-08T14:30", "1962-06-08", "1962-06-08", "1962-06-08")]
    [TestCase("1962-06-08TMO", "1962-06-08", "1962-06-08", "1962-06-08")]
    [TestCase("19XX", "19", "1900-01-01", "1999-12-31")]
    [TestCase("196", "196X", "1960-01-01", "1969-12-31")]
    [TestCase("1962-Q2", "1962-Q2", "1962-04-01", "1962-06-30")]
    [TestCase("1962-W23-WE", "1962-W23-WE", "1962-06-09", "1962-06-10")]
    public void TryParseDays_PlacedValueOrOtherSpelling_CanonicalValueAndDays(string text, string canonical, string first, string last)
    {
        Assert.That(TimexValue.TryParseDays(text, out TimexValue v, out DateOnly f, out DateOnly l), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(v.ToString(), Is.EqualTo(canonical));
            Assert.That(f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(first));
            Assert.That(l.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(last));
        });
    }

    [TestCase("")]
    [TestCase("XXXX-06-08")]
    [TestCase("XXXX-WXX-3")]
    [TestCase("PRESENT_REF")]
    [TestCase("000")]
    [TestCase("19X")]
    [TestCase("1962-06T10")]
    [TestCase("P3D")]
    public void TryParseDays_UnplacedOrUnknown_FalseAndDefault(string text)
    {
        Assert.That(TimexValue.TryParseDays(text, out TimexValue v, out _, out _), Is.False);
        Assert.That(v, Is.EqualTo(default(TimexValue)));
    }
}
