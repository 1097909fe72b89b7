using System;
using System.IO;
using System.Linq;
using System.Text;
using EntityGraph.Cli;
using NUnit.Framework;

namespace EntityGraph.Tests.Cli;

public class ExtractCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "eg-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string WriteFile(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string name, string text) => WriteFile(name, Encoding.UTF8.GetBytes(text));

    [Test]
    public void Extract_GoodFolder_WritesJsonAndGraphMLAndExitsZero()
    {
        WriteText("docs/a.txt", "Vice Minister Zhang Hanfu met Ambassador Chervonenko in Beijing on 8 June 1962.");
        string outDir = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = Run("extract", Path.Combine(_dir, "docs"), "--out", outDir, "--format", "json,graphml");

        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(File.Exists(Path.Combine(outDir, "graph.json")), Is.True);
        Assert.That(File.Exists(Path.Combine(outDir, "graph.graphml")), Is.True);
        Assert.That(stdout, Does.Contain("Documents: 1"));
        Assert.That(Directory.GetFiles(outDir), Has.Length.EqualTo(2), "no temporary files left behind");
    }

    [TestCase("empty.txt", new byte[0], "file is empty")]
    [TestCase("binary.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00 }, "binary file (contains NUL bytes), not text")]
    [TestCase("latin1.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72 }, "invalid UTF-8 at byte 3")]
    public void Extract_BadFileInBatch_ReportsItAndGoesOnAndExitsOne(string name, byte[] bytes, string problem)
    {
        WriteText("docs/good.txt", "Kong Quan spoke in Beijing.");
        string bad = WriteFile("docs/" + name, bytes);
        string outDir = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = Run("extract", Path.Combine(_dir, "docs"), "--out", outDir, "--format", "json");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr.Trim(), Is.EqualTo("error: " + bad + ": " + problem));
        Assert.That(stdout, Does.Contain("Documents: 1 read, 1 failed"));
        Assert.That(File.Exists(Path.Combine(outDir, "graph.json")), Is.True, "the good document is still written");
    }

    [Test]
    public void Extract_FolderWithoutTxt_ReportsFolderAndExitsTwo()
    {
        WriteText("docs/notes.md", "# nothing here");

        var (code, _, stderr) = Run("extract", Path.Combine(_dir, "docs"), "--out", Path.Combine(_dir, "out"));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(Path.Combine(_dir, "docs") + ": folder has no .txt documents"));
    }

    [Test]
    public void Extract_MissingPath_ReportsPathAndExitsTwo()
    {
        string missing = Path.Combine(_dir, "nope.txt");

        var (code, _, stderr) = Run("extract", missing, "--out", Path.Combine(_dir, "out"));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(missing + ": no such file or folder"));
    }

    [Test]
    public void Extract_OutputFolderIsAFile_ReportsItAndKeepsTheFile()
    {
        WriteText("docs/a.txt", "Kong Quan spoke in Beijing.");
        string blocker = WriteText("out", "precious");

        var (code, _, stderr) = Run("extract", Path.Combine(_dir, "docs"), "--out", blocker, "--format", "json");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.StartWith("error: " + blocker + ": cannot write output"));
        Assert.That(File.ReadAllText(blocker), Is.EqualTo("precious"));
    }

    [Test]
    public void Extract_UnknownOption_ExitsTwoWithUsageHint()
    {
        var (code, _, stderr) = Run("extract", "--outt", "x");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("unknown option --outt"));
    }

    [Test]
    public void Extract_BadDct_ExitsTwo()
    {
        var (code, _, stderr) = Run("extract", "--dct", "8 June 1962");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--dct needs a date as yyyy-mm-dd"));
    }

    [Test]
    public void Extract_AliasTable_MergesTheListedNames()
    {
        WriteText("docs/a.txt", "Wang Ping-nan met Zhou Enlai in Beijing.");
        WriteText("docs/b.txt", "Ambassador Wang Bingnan arrived in Warsaw.");
        string aliases = WriteText("aliases.csv", "alias,canonical,type\nWang Ping-nan,Wang Bingnan,PERSON\n");
        string outDir = Path.Combine(_dir, "out");

        var (code, _, stderr) = Run("extract", Path.Combine(_dir, "docs"), "--out", outDir, "--format", "json", "--aliases", aliases, "--quiet");

        Assert.That(code, Is.EqualTo(0), stderr);
        using var stream = File.OpenRead(Path.Combine(outDir, "graph.json"));
        var graph = EntityGraph.Export.GraphJson.Read(stream);
        var wangs = graph.Entities.Where(e => e.Label.StartsWith("Wang", StringComparison.Ordinal)).Select(e => e.Id).ToArray();
        Assert.That(wangs, Is.EqualTo(new[] { "person:wang-bingnan" }));
    }

    [Test]
    public void Extract_BadAliasTable_NamesTheFileAndExitsOne()
    {
        WriteText("docs/a.txt", "Kong Quan spoke in Beijing.");
        string aliases = Path.Combine(_dir, "missing.csv");

        var (code, _, stderr) = Run("extract", Path.Combine(_dir, "docs"), "--out", Path.Combine(_dir, "out"), "--aliases", aliases);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.StartWith("error: ").And.Contain(aliases));
    }

    [Test]
    public void Eval_ConllFile_PrintsScores()
    {
        string conll = WriteText("tiny.conll", "-DOCSTART- -X- -X- O\n\nJapan NNP B-NP B-LOC\nsummoned VBD B-VP O\nKong NNP B-NP B-PER\nQuan NNP I-NP I-PER\n.\t. O O\n");

        var (code, stdout, stderr) = Run("eval", "--conll", conll);

        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("PER").And.Contain("LOC"));
    }

    [TestCase("cables/*.txt", "cables/a.txt", true)]
    [TestCase("cables/*.txt", "cables/sub/a.txt", false)]
    [TestCase("cables/**/*.txt", "cables/sub/a.txt", true)]
    [TestCase("cables/**/*.txt", "cables/a.txt", true)]
    [TestCase("c?bles/a.txt", "cables/a.txt", true)]
    [TestCase("*.txt", "a.md", false)]
    public void Matches_GlobPattern_MatchesAsShells(string pattern, string path, bool expected)
    {
        Assert.That(EntityGraph.Cli.Commands.InputFiles.Matches(pattern, 0, path, 0), Is.EqualTo(expected));
    }
}
