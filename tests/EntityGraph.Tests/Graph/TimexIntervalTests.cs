using System;
using EntityGraph.Graph.Analytics;
using NUnit.Framework;

namespace EntityGraph.Tests.Graph;

public class TimexIntervalTests
{
    [TestCase("1962-06-08", "1962-06-08", "1962-06-08")]
    [TestCase("1962-06-08T14:30", "1962-06-08", "1962-06-08")]
    [TestCase("1962-04", "1962-04-01", "1962-04-30")]
    [TestCase("1964-02", "1964-02-01", "1964-02-29")]
    [TestCase("1962", "1962-01-01", "1962-12-31")]
    [TestCase("196", "1960-01-01", "1969-12-31")]
    [TestCase("196X", "1960-01-01", "1969-12-31")]
    [TestCase("19", "1900-01-01", "1999-12-31")]
    [TestCase("19XX", "1900-01-01", "1999-12-31")]
    [TestCase("1962-Q2", "1962-04-01", "1962-06-30")]
    [TestCase("1962-H2", "1962-07-01", "1962-12-31")]
    [TestCase("1962-SU", "1962-06-01", "1962-08-31")]
    [TestCase("1962-WI", "1962-12-01", "1963-02-28")]
    [TestCase("1962-W23", "1962-06-04", "1962-06-10")]
    [TestCase("1962-W23-WE", "1962-06-09", "1962-06-10")]
    public void TryParse_CalendarValue_CoversItsDays(string value, string first, string last)
    {
        Assert.That(TimexInterval.TryParse(value, out TimexInterval iv), Is.True);
        Assert.That(DateOnly.FromDayNumber(iv.First).ToString("yyyy-MM-dd", null), Is.EqualTo(first));
        Assert.That(DateOnly.FromDayNumber(iv.Last).ToString("yyyy-MM-dd", null), Is.EqualTo(last));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("PRESENT_REF")]
    [TestCase("XXXX-06-08")]
    [TestCase("P3D")]
    [TestCase("1962-02-30")]
    [TestCase("1962-13")]
    [TestCase("1962-W54")]
    [TestCase("19X")]
    [TestCase("1962-6-8")]
    public void TryParse_NotACalendarValue_ReturnsFalse(string? value)
    {
        Assert.That(TimexInterval.TryParse(value, out _), Is.False);
    }
}
