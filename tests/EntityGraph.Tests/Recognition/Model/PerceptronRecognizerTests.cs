using System;
using System.Collections.Generic;
using System.IO;
using EntityGraph.Cli.Commands;
using EntityGraph.Recognition;
using EntityGraph.Recognition.Model;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Model;

public class PerceptronRecognizerTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Words(IReadOnlyList<ConllDocument> docs, int d)
    {
        var words = new List<IReadOnlyList<string>>();
        foreach (ConllSentence s in docs[d].Sentences)
        {
            words.Add(s.Words);
        }

        return words;
    }

    [Test]
    public void Train_TinyCorpus_LearnsTrainingDataExactly()
    {
        IReadOnlyList<ConllDocument> docs = NerTestData.Documents();
        PerceptronRecognizer model = NerTestData.Train();
        for (int d = 0; d < docs.Count; d++)
        {
            IReadOnlyList<IReadOnlyList<string>> tags = model.TagTokens(Words(docs, d));
            for (int s = 0; s < docs[d].Sentences.Count; s++)
            {
                Assert.That(tags[s], Is.EqualTo(docs[d].Sentences[s].Tags));
            }
        }
    }

    [Test]
    public void Train_Twice_IdenticalBytes()
    {
        Assert.That(NerTestData.Bytes(NerTestData.Train()), Is.EqualTo(NerTestData.Bytes(NerTestData.Train())));
    }

    [Test]
    public void SaveLoad_RoundTrip_SamePredictionsAndBytes()
    {
        PerceptronRecognizer model = NerTestData.Train();
        byte[] bytes = NerTestData.Bytes(model);
        PerceptronRecognizer loaded = PerceptronRecognizer.Load(new MemoryStream(bytes));
        IReadOnlyList<IReadOnlyList<string>> words = Words(NerTestData.Documents(), 0);
        Assert.That(loaded.TagTokens(words), Is.EqualTo(model.TagTokens(words)));
        Assert.That(NerTestData.Bytes(loaded), Is.EqualTo(bytes));
    }

    [Test]
    public void Recognize_TinyModel_ExactCharacterSpans()
    {
        PerceptronRecognizer model = NerTestData.Train();
        var doc = Document.FromText("John Smith visited Paris .");
        var found = new List<Mention>();
        model.Recognize(TextAnalyzer.Default.Analyze(doc), found);
        Assert.That(found.ConvertAll(m => (m.Start, m.End, m.Text, m.Type, m.Source)), Is.EqualTo(new[]
        {
            (0, 10, "John Smith", EntityType.Person, "model"),
            (19, 24, "Paris", EntityType.Place, "model"),
        }));
        Assert.That(found.TrueForAll(m => m.Confidence is > 0 and <= 1), Is.True);
    }

    [TestCase(8, "checksum mismatch")]
    [TestCase(30, "checksum mismatch")]
    public void Load_CorruptedByte_ModelFormatException(int offset, string problem)
    {
        byte[] bytes = NerTestData.Bytes(NerTestData.Train());
        bytes[offset < 12 ? 12 : offset] ^= 0x5A;
        var ex = Assert.Throws<ModelFormatException>(() => PerceptronRecognizer.Load(new MemoryStream(bytes), "bad.egnm"));
        Assert.That(ex!.Message, Does.StartWith("bad.egnm: ").And.Contain(problem));
    }

    [Test]
    public void Load_WrongFormatVersion_ModelFormatException()
    {
        byte[] bytes = NerTestData.Bytes(NerTestData.Train());
        bytes[4] = 99;
        var ex = Assert.Throws<ModelFormatException>(() => PerceptronRecognizer.Load(new MemoryStream(bytes), "old.egnm"));
        Assert.That(ex!.Message, Is.EqualTo("old.egnm: model format version 99 is not supported (this library reads version 1)"));
    }

    [Test]
    public void Load_WrongFeatureSetVersion_ModelFormatException()
    {
        byte[] bytes = NerTestData.Bytes(NerTestData.Train());
        bytes[6] = 42;
        var ex = Assert.Throws<ModelFormatException>(() => PerceptronRecognizer.Load(new MemoryStream(bytes), "m.egnm"));
        Assert.That(ex!.Problem, Does.StartWith("model feature-set version 42 does not match"));
    }

    [TestCase(new byte[] { 1, 2, 3 }, "file is too short to be an EntityGraph NER model")]
    [TestCase(new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "not an EntityGraph NER model (bad magic number)")]
    public void Load_NotAModel_ModelFormatException(byte[] bytes, string problem)
    {
        var ex = Assert.Throws<ModelFormatException>(() => PerceptronRecognizer.Load(new MemoryStream(bytes), "x.bin"));
        Assert.That(ex!.Problem, Is.EqualTo(problem));
    }

    [Test]
    public void Load_Truncated_ModelFormatException()
    {
        byte[] bytes = NerTestData.Bytes(NerTestData.Train());
        var ex = Assert.Throws<ModelFormatException>(() => PerceptronRecognizer.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "t.egnm"));
        Assert.That(ex!.Problem, Is.EqualTo("file is truncated (payload shorter than its header says)"));
    }

    [Test]
    public void ConllEval_DeliberatelyWrongGold_KnownScores()
    {
        PerceptronRecognizer model = NerTestData.Train();
        string path = Path.Combine(Path.GetTempPath(), "eg-conlleval-" + Guid.NewGuid().ToString("N") + ".txt");
        string predictions = path + ".pred";
        // The model has learnt Paris as LOC; the gold here says ORG, so PER is right, LOC a false positive, ORG missed.
        File.WriteAllText(path, "-DOCSTART- O\n\nJohn B-PER\nSmith I-PER\nvisited O\nParis B-ORG\n. O\n\n");
        try
        {
            var stdout = new StringWriter();
            int rc = ConllEval.Run(path, predictions, stdout, TextWriter.Null, model);
            Assert.That(rc, Is.EqualTo(0));
            string[] lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.That(lines[1..], Is.EqualTo(new[]
            {
                "PER        1.0000  1.0000  1.0000      1      1",
                "LOC        0.0000  0.0000  0.0000      0      1",
                "ORG        0.0000  0.0000  0.0000      1      0",
                "micro      0.5000  0.5000  0.5000      2      2",
            }));
            Assert.That(File.ReadAllLines(predictions)[..5], Is.EqualTo(new[]
            {
                "John B-PER B-PER", "Smith I-PER I-PER", "visited O O", "Paris B-ORG B-LOC", ". O O",
            }));
        }
        finally
        {
            File.Delete(path);
            File.Delete(predictions);
        }
    }

    [Test]
    public void Default_SeedSentences_TaggedAsGold()
    {
        PerceptronRecognizer model = PerceptronRecognizer.Default;
        IReadOnlyList<IReadOnlyList<string>> tags = model.TagTokens(new IReadOnlyList<string>[]
        {
            ["Chinese", "Foreign", "Ministry", "spokesman", "Kong", "Quan", "says", "Beijing", "will", "not", "comment", "."],
            ["Japan", "'s", "Foreign", "Minister", ",", "Yoriko", "Kawaguchi", ",", "says", "at", "a", "news", "conference", "in", "Tokyo", "."],
        });
        Assert.That(new[] { tags[0][4], tags[0][5], tags[0][6], tags[0][7] }, Is.EqualTo(new[] { "B-PER", "I-PER", "O", "B-LOC" }));
        Assert.That(tags[1], Is.EqualTo(new[] { "B-LOC", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O", "O", "B-LOC", "O" }));
    }

    [Test]
    public void Default_Description_NamesTrainingSetup()
    {
        Assert.That(PerceptronRecognizer.Default.Description, Does.StartWith("corpora="));
        Assert.That(PerceptronRecognizer.Default.Name, Is.EqualTo("model"));
    }
}
