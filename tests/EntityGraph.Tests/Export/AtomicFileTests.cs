using System;
using System.IO;
using EntityGraph.Export;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class AtomicFileTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "eg-atomic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Write_NewFile_HasContentAndNoTempLeft()
    {
        string path = Path.Combine(_dir, "graph.json");

        AtomicFile.Write(path, s => s.Write("abc"u8));

        Assert.That(File.ReadAllText(path), Is.EqualTo("abc"));
        Assert.That(Directory.GetFiles(_dir), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void Write_ExistingFile_Replaced()
    {
        string path = Path.Combine(_dir, "graph.json");
        File.WriteAllText(path, "old old old");

        AtomicFile.Write(path, s => s.Write("new"u8));

        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
    }

    [Test]
    public void Write_WriterThrows_TargetUntouchedTempDeletedExceptionPassedOn()
    {
        string path = Path.Combine(_dir, "graph.json");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("partial"u8);
            throw new InvalidOperationException("boom");
        }));

        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(Directory.GetFiles(_dir), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void Write_WriterFailsWithIOException_WrappedNamingPath()
    {
        string path = Path.Combine(_dir, "out.graphml");

        var ex = Assert.Throws<EntityGraphException>(() => AtomicFile.Write(path, _ => throw new IOException("disk full")));

        Assert.That(ex!.Message, Does.Contain(path).And.Contain("disk full"));
        Assert.That(Directory.GetFiles(_dir), Is.Empty);
    }

    [Test]
    public void Write_MissingFolder_ThrowsNamingPath()
    {
        string path = Path.Combine(_dir, "no-such-folder", "graph.json");

        var ex = Assert.Throws<EntityGraphException>(() => AtomicFile.Write(path, _ => { }));

        Assert.That(ex!.Message, Does.Contain(path).And.Contain("does not exist"));
    }

    [Test]
    public void Write_PathIsFolder_Throws()
    {
        var ex = Assert.Throws<EntityGraphException>(() => AtomicFile.Write(_dir, _ => { }));

        Assert.That(ex!.Message, Does.Contain(_dir));
    }
}
