using System.Collections.Generic;
using EntityGraph.Recognition;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition;

public class MentionMergerTests
{
    private const string Text = "It will go before the International Court of Justice at The Hague.";

    private static Mention M(string text, EntityType type, string source)
    {
        int at = Text.IndexOf(text, System.StringComparison.Ordinal);
        return Mention.Create(Text, at, at + text.Length, type, source);
    }

    [Test]
    public void Merge_OverlappingDifferentTypes_StrongerRecognizerWins()
    {
        var merged = MentionMerger.Merge(new List<(Mention, int)>
        {
            (M("Hague", EntityType.Place, "gazetteer"), 0),
            (M("The Hague", EntityType.Agency, "model"), 1),
        });

        Assert.That(merged, Has.Count.EqualTo(1));
        Assert.That((merged[0].Text, merged[0].Type), Is.EqualTo(("Hague", EntityType.Place)));
    }

    [Test]
    public void Merge_WeakerLongerSpanOfSameType_CompletesThePartialName()
    {
        var merged = MentionMerger.Merge(new List<(Mention, int)>
        {
            (M("International Court", EntityType.Agency, "patterns"), 0),
            (M("International Court of Justice", EntityType.Agency, "model"), 1),
            (M("Hague", EntityType.Place, "gazetteer"), 0),
        });

        Assert.That(merged.ConvertAll(m => m.Text), Is.EqualTo(new[] { "International Court of Justice", "Hague" }));
        Assert.That(merged[0].Source, Is.EqualTo("model"));
    }

    [Test]
    public void Merge_WeakerSpanOnlyPartlyCovering_IsDropped()
    {
        var merged = MentionMerger.Merge(new List<(Mention, int)>
        {
            (M("Court of Justice", EntityType.Agency, "patterns"), 0),
            (M("International Court", EntityType.Agency, "model"), 1),
        });

        Assert.That(merged.ConvertAll(m => m.Text), Is.EqualTo(new[] { "Court of Justice" }));
    }
}
