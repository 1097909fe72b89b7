using EntityGraph.Resolution;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

public class BCubedTests
{
    [Test]
    public void Score_PerfectAssignment_AllOnes()
    {
        BCubedScore s = BCubed.Score(new[] { new ClusterAssignment("a", "1"), new ClusterAssignment("a", "1"), new ClusterAssignment("b", "2") });
        Assert.That((s.Precision, s.Recall, s.F1, s.Count), Is.EqualTo((1.0, 1.0, 1.0, 3)));
    }

    [Test]
    public void Score_OneGoldSplitInTwo_RecallDrops()
    {
        // Gold a = {m1, m2, m3}; predicted {m1, m2} and {m3}. Precision 1; recall (2/3 + 2/3 + 1/3) / 3 = 5/9.
        BCubedScore s = BCubed.Score(new[] { new ClusterAssignment("a", "1"), new ClusterAssignment("a", "1"), new ClusterAssignment("a", "2") });
        Assert.That(s.Precision, Is.EqualTo(1.0));
        Assert.That(s.Recall, Is.EqualTo(5.0 / 9).Within(1e-12));
        Assert.That(s.F1, Is.EqualTo(2 * (5.0 / 9) / (1 + 5.0 / 9)).Within(1e-12));
    }

    [Test]
    public void Score_TwoGoldsMerged_PrecisionDrops()
    {
        // Gold a = {m1, m2}, b = {m3}; all predicted together. Precision (2/3 + 2/3 + 1/3) / 3 = 5/9; recall 1.
        BCubedScore s = BCubed.Score(new[] { new ClusterAssignment("a", "x"), new ClusterAssignment("a", "x"), new ClusterAssignment("b", "x") });
        Assert.That(s.Precision, Is.EqualTo(5.0 / 9).Within(1e-12));
        Assert.That(s.Recall, Is.EqualTo(1.0));
    }

    [Test]
    public void ScoreMultiForm_OnlyEntitiesWithSeveralSurfaceForms_AreAveraged()
    {
        // Zhang Hanfu is written two ways and split: each of its mentions has recall 1/2. Beijing (one form) is left out.
        ClusterAssignment[] items =
        {
            new("Zhang Hanfu", "p1", "Zhang Hanfu"),
            new("Zhang Hanfu", "p2", "Zhang"),
            new("Beijing", "l1", "Beijing"),
            new("Beijing", "l2", "Beijing"),
        };
        BCubedScore multi = BCubed.ScoreMultiForm(items);
        Assert.That((multi.Precision, multi.Recall, multi.Count), Is.EqualTo((1.0, 0.5, 2)));
        BCubedScore all = BCubed.Score(items);
        Assert.That((all.Precision, all.Recall, all.Count), Is.EqualTo((1.0, 0.5, 4)));
    }

    [Test]
    public void Score_Empty_CountZero()
    {
        BCubedScore s = BCubed.Score(System.Array.Empty<ClusterAssignment>());
        Assert.That((s.Precision, s.Recall, s.Count), Is.EqualTo((1.0, 1.0, 0)));
    }
}
