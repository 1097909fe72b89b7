using EntityGraph.Export;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class TimexRangeTests
{
    [TestCase("1962-06-08", "1962-06-08", "1962-06-08")]
    [TestCase("1962-06", "1962-06-01", "1962-06-30")]
    [TestCase("1964-02", "1964-02-01", "1964-02-29")]
    [TestCase("1962", "1962-01-01", "1962-12-31")]
    [TestCase("196X", "1960-01-01", "1969-12-31")]
    [TestCase("19XX", "1900-01-01", "1999-12-31")]
    [TestCase("1962-W23", "1962-06-04", "1962-06-10")]
    [TestCase("1962-Q3", "1962-07-01", "1962-09-30")]
    [TestCase("1962-H2", "1962-07-01", "1962-12-31")]
    [TestCase("1962-06-08T14:30", "1962-06-08", "1962-06-08")]
    public void TryParse_KnownForm_DayRange(string value, string start, string end)
    {
        Assert.That(TimexRange.TryParse(value, out DayRange range), Is.True);
        Assert.That(range.StartText + ".." + range.EndText, Is.EqualTo(start + ".." + end));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("PAST_REF")]
    [TestCase("XXXX-WXX-3")]
    [TestCase("1962-13")]
    [TestCase("1962-02-30")]
    [TestCase("0000")]
    [TestCase("1962-W54")]
    [TestCase("1962-SU")]
    public void TryParse_NoCalendarRange_False(string? value)
    {
        Assert.That(TimexRange.TryParse(value, out _), Is.False);
    }
}
