using System;
using System.IO;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>Runs <c>samples/quickstart.cs</c> as the README tells users to, as a .NET file-based app.</summary>
[NonParallelizable]
[Category("Samples")]
public class QuickstartSampleTests
{
    private string? _work;

    [TearDown]
    public void TearDown() => SampleProcess.DeleteQuietly(_work);

    [Test]
    public void Quickstart_RunOnSeeds_PrintsDocumentsEntitiesAndWritesFiles()
    {
        string root = SampleProcess.RepoRoot();
        string dotnet = SampleProcess.Dotnet();
        _work = SampleProcess.NewTempFolder("eg-quickstart");
        string seeds = Path.Combine(root, "seeds");
        int seedCount = Directory.GetFiles(seeds, "*.txt").Length;

        // Run from a scratch folder so the sample's out/ lands there, not in the repository.
        ProcessResult r = SampleProcess.Run(dotnet, ["run", "--file", Path.Combine(root, "samples", "quickstart.cs"), "--", seeds], _work, TimeSpan.FromMinutes(8));

        Assert.That(r.ExitCode, Is.EqualTo(0), r.Transcript);
        Assert.That(Regex.Matches(r.Stdout, @"^\S+: \d+ mentions, created (\d{4}-\d{2}-\d{2}|\(unknown\))$", RegexOptions.Multiline), Has.Count.EqualTo(seedCount), r.Transcript);
        Match totals = Regex.Match(r.Stdout, @"^(\d+) entities, (\d+) edges$", RegexOptions.Multiline);
        Assert.That(totals.Success, Is.True, "entity count line\n" + r.Transcript);
        Assert.That(int.Parse(totals.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0), r.Transcript);
        Assert.That(Regex.Matches(r.Stdout, @"^  .+ (person|place|agency) +\d+ mentions in \d+ documents$", RegexOptions.Multiline), Has.Count.EqualTo(8), r.Transcript);
        Assert.That(r.Stdout, Does.Contain("Wrote out/quickstart.json and out/quickstart.graphml"));
        Assert.That(new FileInfo(Path.Combine(_work, "out", "quickstart.json")).Length, Is.GreaterThan(0));
        Assert.That(File.ReadAllText(Path.Combine(_work, "out", "quickstart.graphml")), Does.Contain("<graphml"));
    }
}
