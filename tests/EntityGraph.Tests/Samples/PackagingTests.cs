using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>
/// Packs the library and the tool as a release would, then uses them as a user would: a fresh console project
/// restores <c>EntityGraph</c> from the packed folder, and <c>dotnet tool install</c> installs <c>entitygraph</c>.
/// </summary>
[NonParallelizable]
[Category("Packaging")]
public class PackagingTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    private string _root = "";
    private string _dotnet = "";
    private string _work = "";
    private string _pkgs = "";
    private string _version = "";

    // The packages are made once for all the tests here: packing is the slow part.
    [OneTimeSetUp]
    public void PackBoth()
    {
        _root = SampleProcess.RepoRoot();
        _dotnet = SampleProcess.Dotnet();
        _version = XDocument.Load(Path.Combine(_root, "Directory.Build.props")).Descendants("Version").Single().Value;
        _work = SampleProcess.NewTempFolder("eg-pack");
        _pkgs = Path.Combine(_work, "pkgs");
        foreach (string project in new[] { "src/EntityGraph/EntityGraph.csproj", "src/EntityGraph.Cli/EntityGraph.Cli.csproj" })
        {
            ProcessResult r = SampleProcess.Run(_dotnet, ["pack", project, "-c", "Release", "-o", _pkgs, "--nologo"], _root, Long);
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Transcript);
        }

        File.WriteAllText(Path.Combine(_work, "nuget.config"), NuGetConfig());
    }

    [OneTimeTearDown]
    public void DeleteWork() => SampleProcess.DeleteQuietly(_work);

    [Test]
    public void Pack_Library_HasReadmeLicenceBothFrameworksDocsModelAndSymbols()
    {
        string nupkg = Path.Combine(_pkgs, $"EntityGraph.{_version}.nupkg");
        Assert.That(File.Exists(nupkg), Is.True, nupkg);
        Assert.That(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), Is.True, "symbol package");

        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.That(entries, Is.SupersetOf(new[]
        {
            "README.md", "EntityGraph.nuspec",
            "lib/net8.0/EntityGraph.dll", "lib/net8.0/EntityGraph.xml",
            "lib/net10.0/EntityGraph.dll", "lib/net10.0/EntityGraph.xml",
        }));

        XDocument nuspec = XDocument.Load(zip.GetEntry("EntityGraph.nuspec")!.Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.That(metadata.Element(ns + "version")!.Value, Is.EqualTo(_version));
        Assert.That(metadata.Element(ns + "license")!.Value, Is.EqualTo("MIT"));
        Assert.That((string?)metadata.Element(ns + "license")!.Attribute("type"), Is.EqualTo("expression"));
        Assert.That(metadata.Element(ns + "readme")!.Value, Is.EqualTo("README.md"));
        string[] dependencies = metadata.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.That(dependencies, Is.EqualTo(new[] { "Newtonsoft.Json", "QuikGraph" }), "SourceLink must stay a private build-time dependency");

        foreach (string tfm in new[] { "net8.0", "net10.0" })
        {
            string[] resources = ManifestResources(zip.GetEntry($"lib/{tfm}/EntityGraph.dll")!);
            Assert.That(resources, Does.Contain("EntityGraph.Recognition.Model.ner-en.egnm"), tfm);
            Assert.That(new StreamReader(zip.GetEntry($"lib/{tfm}/EntityGraph.xml")!.Open()).ReadToEnd(), Does.Contain("M:EntityGraph.EntityExtractor.Extract(EntityGraph.Text.Document)"), tfm);
        }
    }

    [Test]
    public void Pack_Tool_IsADotnetToolNamedEntitygraph()
    {
        string nupkg = Path.Combine(_pkgs, $"EntityGraph.Cli.{_version}.nupkg");
        Assert.That(File.Exists(nupkg), Is.True, nupkg);

        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        Assert.That(zip.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "README.md", "tools/net10.0/any/EntityGraph.Cli.dll", "tools/net10.0/any/EntityGraph.dll", "tools/net10.0/any/DotnetToolSettings.xml" }));
        XDocument settings = XDocument.Load(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        Assert.That((string?)settings.Descendants("Command").Single().Attribute("Name"), Is.EqualTo("entitygraph"));
    }

    [Test]
    public void Package_FreshConsoleProject_RestoresBuildsAndExtractsASeed()
    {
        string seed = FirstSeed();
        int expected = EntityExtractor.CreateDefault().Extract(EntityGraph.Text.Document.FromFile(seed)).Mentions.Count;
        string project = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EntityGraph" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using EntityGraph;
            using EntityGraph.Graph;
            using EntityGraph.Text;

            DocumentResult result = EntityExtractor.CreateDefault().Extract(Document.FromFile(args[0]));
            KnowledgeGraph graph = KnowledgeGraph.Build([result]);
            Console.WriteLine($"mentions: {result.Mentions.Count}");
            Console.WriteLine($"entities: {graph.Entities.Count}");
            """);

        ProcessResult r = SampleProcess.Run(_dotnet, ["run", "--project", project, "--", seed], _work, Long, Isolated());

        Assert.That(r.ExitCode, Is.EqualTo(0), r.Transcript);
        Assert.That(r.Stdout, Does.Contain($"mentions: {expected}\n"), r.Transcript);
        Assert.That(r.Stdout, Does.Match(@"(?m)^entities: [1-9]\d*$"), r.Transcript);
        Assert.That(Directory.Exists(Path.Combine(_work, "packages", "entitygraph", _version.ToLowerInvariant())), Is.True, "restored from the packed folder");
    }

    [Test]
    public void Tool_InstalledFromPackage_ShowsHelpAndExtractsASeed()
    {
        string tools = Path.Combine(_work, "tools");
        ProcessResult install = SampleProcess.Run(
            _dotnet, ["tool", "install", "--tool-path", tools, "--add-source", _pkgs, "--version", _version, "EntityGraph.Cli"], _work, Long, Isolated());
        Assert.That(install.ExitCode, Is.EqualTo(0), install.Transcript);
        string entitygraph = Path.Combine(tools, OperatingSystem.IsWindows() ? "entitygraph.exe" : "entitygraph");
        var env = new Dictionary<string, string> { ["DOTNET_ROOT"] = Path.GetDirectoryName(_dotnet)! };

        ProcessResult help = SampleProcess.Run(entitygraph, ["--help"], _work, TimeSpan.FromMinutes(2), env);
        Assert.That(help.ExitCode, Is.EqualTo(0), help.Transcript);
        Assert.That(help.Stdout, Does.Contain("extract").And.Contain("eval").And.Contain("bench"), help.Transcript);

        string outDir = Path.Combine(_work, "o");
        ProcessResult run = SampleProcess.Run(entitygraph, ["extract", FirstSeed(), "--out", outDir], _work, TimeSpan.FromMinutes(3), env);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        Assert.That(run.Stdout, Does.Match(@"(?m)^Documents: 1$"), run.Transcript);
        Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "graph.gexf", "graph.graphml", "graph.json" }));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "graph.json")), Does.Contain("\"format\": \"entitygraph\""));
    }

    private string FirstSeed() => Directory.GetFiles(Path.Combine(_root, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();

    // A packages folder of our own, so the just-packed version is restored rather than an older copy cached
    // under the same version number in the user's packages folder.
    private Dictionary<string, string> Isolated() => new() { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") };

    // The packed folder is added to the machine's configured sources (not replacing them). The user's packages
    // folder serves the dependencies offline, unless it holds an EntityGraph of the same version that could shadow ours.
    private string NuGetConfig()
    {
        string? userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(userPackages))
        {
            userPackages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        string fallback = Directory.Exists(userPackages) && !Directory.Exists(Path.Combine(userPackages, "entitygraph", _version.ToLowerInvariant()))
                          && !Directory.Exists(Path.Combine(userPackages, "entitygraph.cli", _version.ToLowerInvariant()))
            ? $"""
                <fallbackPackageFolders>
                  <add key="user" value="{new XText(userPackages)}" />
                </fallbackPackageFolders>
              """
            : "";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{new XText(_pkgs)}" />
              </packageSources>
            {fallback}
            </configuration>
            """;
    }

    private static string[] ManifestResources(ZipArchiveEntry dll)
    {
        using var bytes = new MemoryStream();
        using (Stream s = dll.Open())
        {
            s.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        MetadataReader md = pe.GetMetadataReader();
        return md.ManifestResources.Select(h => md.GetString(md.GetManifestResource(h).Name)).ToArray();
    }
}
