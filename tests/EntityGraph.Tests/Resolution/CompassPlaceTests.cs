using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Resolution;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

public class CompassPlaceTests
{
    private static IReadOnlyList<LocalEntity> Group(string text, params string[] places)
    {
        var mentions = new List<Mention>();
        int from = 0;
        foreach (string p in places)
        {
            int at = text.IndexOf(p, from, System.StringComparison.Ordinal);
            mentions.Add(Mention.Create(text, at, at + p.Length, EntityType.Place, "test"));
            from = at + p.Length;
        }

        return new ContextualGrouper().Group(text, mentions);
    }

    [Test]
    public void Group_TheNorthWithNorthKoreaInDocument_OneEntity()
    {
        var entities = Group("Defectors fled North Korea. Agents of the North followed them.", "North Korea", "North");

        Assert.That(entities, Has.Count.EqualTo(1));
        Assert.That(entities[0].Mentions, Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void Group_TheNorthWithoutANorthernPlace_StaysApart()
    {
        var entities = Group("Troops moved from Seoul to the North.", "Seoul", "North");

        Assert.That(entities, Has.Count.EqualTo(2));
    }

    [Test]
    public void Group_TheNorthWithTwoNorthernPlaces_StaysApart()
    {
        var entities = Group("North Korea and North Vietnam sent envoys; the North refused.", "North Korea", "North Vietnam", "North");

        Assert.That(entities, Has.Count.EqualTo(3));
    }
}
