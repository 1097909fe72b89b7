using System;
using System.IO;
using System.Text;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Text;

public class DocumentTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "entitygraph-doc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        Directory.Delete(_dir, recursive: true);
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static DocumentReadException ReadFails(string path) => Assert.Throws<DocumentReadException>(() => Document.FromFile(path))!;

    [Test]
    public void FromFile_EmptyFile_ThrowsEmpty()
    {
        DocumentReadException ex = ReadFails(Write("empty.txt", []));
        Assert.That(ex.Problem, Is.EqualTo("file is empty"));
    }

    [Test]
    public void FromFile_BomOnly_ThrowsEmpty()
    {
        Assert.That(ReadFails(Write("bom.txt", [0xEF, 0xBB, 0xBF])).Problem, Is.EqualTo("file is empty"));
    }

    [Test]
    public void FromFile_WhitespaceOnly_Throws()
    {
        Assert.That(ReadFails(Write("ws.txt", Encoding.UTF8.GetBytes(" \r\n\t\n "))).Problem, Is.EqualTo("file contains only white space"));
    }

    [Test]
    public void FromFile_NulBytes_ThrowsBinary()
    {
        Assert.That(ReadFails(Write("nul.txt", [0x41, 0x00, 0x42])).Problem, Is.EqualTo("binary file (contains NUL bytes), not text"));
    }

    [Test]
    public void FromFile_ManyControlBytes_ThrowsBinary()
    {
        var bytes = new byte[100];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 2 == 0 ? 0x01 : 0x41);
        }

        Assert.That(ReadFails(Write("bin.dat", bytes)).Problem, Is.EqualTo("binary file (too many control bytes), not text"));
    }

    [Test]
    public void FromFile_InvalidUtf8_ReportsBytePosition()
    {
        byte[] bytes = [0x41, 0x42, 0x43, 0xC3, 0x28, 0x44];
        DocumentReadException ex = ReadFails(Write("bad.txt", bytes));
        Assert.That(ex.Problem, Is.EqualTo("invalid UTF-8 at byte 3"));
        Assert.That(ex.Message, Does.EndWith("bad.txt: invalid UTF-8 at byte 3"));
    }

    [Test]
    public void FromFile_InvalidUtf8AfterBom_ReportsFilePosition()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0x41, 0xFF, 0x42];
        Assert.That(ReadFails(Write("bad2.txt", bytes)).Problem, Is.EqualTo("invalid UTF-8 at byte 4"));
    }

    [Test]
    public void FromFile_Utf16_ThrowsWithAdvice()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00];
        Assert.That(ReadFails(Write("u16.txt", bytes)).Problem, Is.EqualTo("file is UTF-16, not UTF-8; convert it to UTF-8 first"));
    }

    [Test]
    public void FromFile_MissingFile_ThrowsNotFound()
    {
        DocumentReadException ex = ReadFails(Path.Combine(_dir, "missing.txt"));
        Assert.That(ex.Problem, Is.EqualTo("file not found"));
        Assert.That(ex.Path, Is.EqualTo(Path.Combine(_dir, "missing.txt")));
    }

    [Test]
    public void FromFile_MissingDirectory_ThrowsNotFound()
    {
        Assert.That(ReadFails(Path.Combine(_dir, "nope", "missing.txt")).Problem, Is.EqualTo("file not found"));
    }

    [Test]
    public void FromFile_Directory_Throws()
    {
        Assert.That(ReadFails(_dir).Problem, Is.EqualTo("is a directory, not a file"));
    }

    [Test]
    public void FromFile_Bom_IsStrippedAndOffsetsIndexText()
    {
        byte[] body = Encoding.UTF8.GetBytes("China’s envoy");
        byte[] bytes = new byte[body.Length + 3];
        bytes[0] = 0xEF;
        bytes[1] = 0xBB;
        bytes[2] = 0xBF;
        body.CopyTo(bytes, 3);
        Document doc = Document.FromFile(Write("001_bom.txt", bytes));
        Assert.That(doc.Text, Is.EqualTo("China’s envoy"));
        Assert.That(doc.Id, Is.EqualTo("001_bom"));
        Assert.That(doc.Source, Is.EqualTo("001_bom.txt"));
        TokenizedDocument analysis = TextAnalyzer.Default.Analyze(doc);
        Assert.That(analysis.Token(0), Is.EqualTo(new Token(0, 5, TokenKind.Word)));
        Assert.That(analysis.TokenText(2).ToString(), Is.EqualTo("envoy"));
    }

    [Test]
    public void FromFile_Crlf_IsPreservedExactly()
    {
        const string text = "Zhang: I agree.\r\n\r\nChervonenko: Good.\r\n";
        Document doc = Document.FromFile(Write("crlf.txt", Encoding.UTF8.GetBytes(text)));
        Assert.That(doc.Text, Is.EqualTo(text));
        TokenizedDocument analysis = TextAnalyzer.Default.Analyze(doc);
        Assert.That(analysis.SentenceCount, Is.EqualTo(2));
        Assert.That(analysis.Sentence(1).Span, Is.EqualTo(new TextSpan(19, 37)));
        Assert.That(text.Substring(19, 11), Is.EqualTo("Chervonenko"));
    }

    [Test]
    public void FromFile_Dct_IsKept()
    {
        Document doc = Document.FromFile(Write("d.txt", Encoding.UTF8.GetBytes("text")), new DateOnly(1962, 6, 8));
        Assert.That(doc.Dct, Is.EqualTo(new DateOnly(1962, 6, 8)));
    }

    [Test]
    public void Decode_ValidText_ReturnsIt()
    {
        Assert.That(Document.Decode("x", Encoding.UTF8.GetBytes("Ürümqi\tok")), Is.EqualTo("Ürümqi\tok"));
    }

    [Test]
    public void Constructor_EmptyId_Throws()
    {
        Assert.Throws<ArgumentException>(() => _ = new Document("", "text"));
    }

    [Test]
    public void Constructor_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new Document("id", null!));
    }
}
