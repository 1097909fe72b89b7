using System.Collections.Generic;
using System.IO;
using EntityGraph.Recognition.Model;

namespace EntityGraph.Tests.Recognition.Model;

/// <summary>A tiny synthetic corpus written by the tests themselves.</summary>
internal static class NerTestData
{
    internal const string Corpus = """
        -DOCSTART- O

        John B-PER
        Smith I-PER
        visited O
        Paris B-LOC
        . O

        The O
        Acme B-ORG
        Corporation I-ORG
        hired O
        Mary B-PER
        Jones I-PER
        in O
        Berlin B-LOC
        . O

        -DOCSTART- O

        Smith B-PER
        left O
        the O
        Acme B-ORG
        Corporation I-ORG
        for O
        Paris B-LOC
        . O

        Officials O
        in O
        Berlin B-LOC
        met O
        Mary B-PER
        . O

        """;

    internal static IReadOnlyList<ConllDocument> Documents() => ConllReader.Read(new StringReader(Corpus));

    internal static NerTrainerOptions Options => new() { Epochs = 10, Seed = 7, UseGazetteers = false, PruneThreshold = 0f };

    internal static PerceptronRecognizer Train() => NerTrainer.Train(Documents(), Options);

    internal static byte[] Bytes(PerceptronRecognizer model)
    {
        using var ms = new MemoryStream();
        model.Save(ms);
        return ms.ToArray();
    }
}
