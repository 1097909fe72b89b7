using System;
using System.Collections.Generic;
using EntityGraph.Recognition.Model;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Model;

public class FeatureExtractorTests
{
    private static TokenInfo[] Infos(params string[] words)
    {
        var infos = new TokenInfo[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            TokenInfo.Compute(words[i], ref infos[i]);
        }

        return infos;
    }

    [TestCase("Kong", "Xx")]
    [TestCase("U.S.", "X.X.")]
    [TestCase("1962", "d")]
    [TestCase("Alma-Ata", "Xx-Xx")]
    [TestCase("KGB", "X")]
    [TestCase("mid-1990s", "x-dx")]
    public void ShapeOf_Word_CollapsedShape(string word, string shape)
    {
        Assert.That(TokenInfo.ShapeOf(word), Is.EqualTo(shape));
    }

    [Test]
    public void Static_FirstTokenOfPlainSentence_ExactFeatureKeys()
    {
        TokenInfo[] t = Infos("Kong", "Quan", "says");
        var gaz = new byte[3 * Gazetteer.Categories];
        var f = new uint[FeatureExtractor.MaxFeatures];
        int n = FeatureExtractor.Static(t, gaz, LineCase.Normal, 0, f);

        ulong shape = FeatureHash.Of("Xx");
        var expected = new List<uint>
        {
            FeatureHash.Key(FeatureExtractor.TBias, 0),
            FeatureHash.Key(FeatureExtractor.TWord, FeatureHash.Of("Kong")),
            FeatureHash.Key(FeatureExtractor.TLower, FeatureHash.Of("kong")),
            FeatureHash.Key(FeatureExtractor.TPre, FeatureHash.Of("k")),
            FeatureHash.Key(FeatureExtractor.TPre + 1, FeatureHash.Of("ko")),
            FeatureHash.Key(FeatureExtractor.TPre + 2, FeatureHash.Of("kon")),
            FeatureHash.Key(FeatureExtractor.TPre + 3, FeatureHash.Of("kong")),
            FeatureHash.Key(FeatureExtractor.TSuf, FeatureHash.Of("g")),
            FeatureHash.Key(FeatureExtractor.TSuf + 1, FeatureHash.Of("gn")),
            FeatureHash.Key(FeatureExtractor.TSuf + 2, FeatureHash.Of("gno")),
            FeatureHash.Key(FeatureExtractor.TSuf + 3, FeatureHash.Of("gnok")),
            FeatureHash.Key(FeatureExtractor.TShape, shape),
            FeatureHash.Key(FeatureExtractor.TLowerM2, FeatureExtractor.Start),
            FeatureHash.Key(FeatureExtractor.TLowerM1, FeatureExtractor.Start),
            FeatureHash.Key(FeatureExtractor.TLowerP1, FeatureHash.Of("quan")),
            FeatureHash.Key(FeatureExtractor.TLowerP2, FeatureHash.Of("says")),
            FeatureHash.Key(FeatureExtractor.TShapeM1, FeatureExtractor.Start),
            FeatureHash.Key(FeatureExtractor.TShapeP1, shape),
            FeatureHash.Key(FeatureExtractor.TShapePairL, FeatureHash.Combine(FeatureExtractor.Start, shape)),
            FeatureHash.Key(FeatureExtractor.TShapePairR, FeatureHash.Combine(shape, shape)),
            FeatureHash.Key(FeatureExtractor.TWordPairL, FeatureHash.Combine(FeatureExtractor.Start, FeatureHash.Of("kong"))),
            FeatureHash.Key(FeatureExtractor.TWordPairR, FeatureHash.Combine(FeatureHash.Of("kong"), FeatureHash.Of("quan"))),
        };

        Assert.That(f[..n], Is.EqualTo(expected.ToArray()));
    }

    [Test]
    public void Static_AllCapsLine_AddsLineCaseFeatures()
    {
        TokenInfo[] t = Infos("KOICHIRO", "ISHIDA", "REPORTS");
        Assert.That(FeatureExtractor.ClassifyLine(t), Is.EqualTo(LineCase.AllCaps));
        var f = new uint[FeatureExtractor.MaxFeatures];
        int n = FeatureExtractor.Static(t, new byte[3 * Gazetteer.Categories], LineCase.AllCaps, 1, f);
        Assert.That(f[(n - 2)..n], Is.EqualTo(new[]
        {
            FeatureHash.Key(FeatureExtractor.TLineCase, (ulong)LineCase.AllCaps),
            FeatureHash.Key(FeatureExtractor.TLineCaseWord, FeatureHash.Combine((ulong)LineCase.AllCaps, FeatureHash.Of("ishida"))),
        }));
    }

    [TestCase(new[] { "Soviet", "Communists", "Reportedly", "Cross", "Into", "China" }, (int)LineCase.TitleCase)]
    [TestCase(new[] { "TIMES", "STAFF", "WRITERS" }, (int)LineCase.AllCaps)]
    [TestCase(new[] { "Kong", "Quan", "says", "that", "China", "agreed" }, (int)LineCase.Normal)]
    public void ClassifyLine_Words_Case(string[] words, int expected)
    {
        Assert.That(FeatureExtractor.ClassifyLine(Infos(words)), Is.EqualTo((LineCase)expected));
    }

    [Test]
    public void Gazetteer_MultiWordPlace_MarksBilouPositions()
    {
        var b = new Gazetteer.Builder();
        b.Add("New York", GazetteerCategory.Place);
        b.Add("York", GazetteerCategory.Place);
        Gazetteer g = b.Build();
        TokenInfo[] t = Infos("in", "New", "York", "today");
        var pos = new byte[t.Length * Gazetteer.Categories];
        g.Match(t, pos);
        int c = (int)GazetteerCategory.Place;
        Assert.That(new[] { pos[c], pos[Gazetteer.Categories + c], pos[(2 * Gazetteer.Categories) + c], pos[(3 * Gazetteer.Categories) + c] },
            Is.EqualTo(new byte[] { 0, 1, 3, 0 }));
    }

    [Test]
    public void Decode_LenientBilou_Spans()
    {
        // B-PER I-PER O U-LOC I-ORG L-ORG B-LOC(end)
        byte[] tags = [1, 2, 0, 8, 10, 11, 5];
        var spans = new (int, int, int)[8];
        int n = NerTags.Decode(tags, spans);
        Assert.That(spans[..n], Is.EqualTo(new[] { (0, 2, 0), (3, 4, 1), (4, 6, 2), (6, 7, 1) }));
    }
}
