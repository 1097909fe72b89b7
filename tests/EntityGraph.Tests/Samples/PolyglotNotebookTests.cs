using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>
/// CI cannot run .NET Interactive, so this turns the C# cells of <c>samples/entitygraph-polyglot.ipynb</c> into a
/// file-based app referencing the library project, and runs it on the seeds: the notebook's code keeps compiling
/// against, and working with, the current library.
/// </summary>
[NonParallelizable]
[Category("Samples")]
public class PolyglotNotebookTests
{
    // The C# kernel of Polyglot Notebooks imports these namespaces by itself.
    private static readonly string[] KernelUsings = ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"];

    private static readonly Regex UsingDirective = new(@"^using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>, ]+)?\s*;\s*$", RegexOptions.CultureInvariant);

    private string? _work;

    [TearDown]
    public void TearDown() => SampleProcess.DeleteQuietly(_work);

    [Test]
    public void ToProgram_Cells_HoistsUsingsAndDropsMagicCommands()
    {
        var notebook = JObject.Parse("""
            {"cells": [
              {"cell_type": "markdown", "source": ["# Title\n"]},
              {"cell_type": "code", "metadata": {"polyglot_notebook": {"kernelName": "csharp"}}, "source": ["#r \"nuget: EntityGraph\"\n", "using System.IO;\n", "int a = 1;\n"]},
              {"cell_type": "code", "metadata": {"polyglot_notebook": {"kernelName": "pwsh"}}, "source": "Get-ChildItem"},
              {"cell_type": "code", "metadata": {"dotnet_interactive": {"language": "csharp"}}, "source": "#!time\nusing (var s = new MemoryStream()) { }\nConsole.WriteLine(a);"}
            ]}
            """);

        string program = ToProgram(notebook, "/repo/src/EntityGraph/EntityGraph.csproj");

        Assert.That(program.Split('\n'), Is.EqualTo(new[]
        {
            "#:project /repo/src/EntityGraph/EntityGraph.csproj",
            "#:property ImplicitUsings=disable",
            "using System;",
            "using System.Collections.Generic;",
            "using System.Linq;",
            "using System.Text;",
            "using System.Threading.Tasks;",
            "using System.IO;",
            "",
            "// cell 2",
            "int a = 1;",
            "",
            "// cell 4",
            "using (var s = new MemoryStream()) { }",
            "Console.WriteLine(a);",
            "",
        }));
    }

    [Test]
    public void PolyglotNotebook_CodeCellsAsApp_BuildsAndRunsOnSeeds()
    {
        string root = SampleProcess.RepoRoot();
        string dotnet = SampleProcess.Dotnet();
        string notebookPath = Path.Combine(root, "samples", "entitygraph-polyglot.ipynb");
        var notebook = JObject.Parse(File.ReadAllText(notebookPath));
        Assert.That(notebook["cells"]!.ToString(), Does.Contain("#r \\\"nuget: EntityGraph\\\""), "the notebook loads the published package");

        // A stable folder per checkout lets the SDK reuse its build of the app between runs.
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(root)))[..12];
        string appDir = Path.Combine(Path.GetTempPath(), "entitygraph-samples-" + hash, "polyglot");
        Directory.CreateDirectory(appDir);
        string app = Path.Combine(appDir, "notebook.cs");
        File.WriteAllText(app, ToProgram(notebook, Path.Combine(root, "src", "EntityGraph", "EntityGraph.csproj")));
        _work = SampleProcess.NewTempFolder("eg-polyglot");
        string outDir = Path.Combine(_work, "out");

        ProcessResult r = SampleProcess.Run(
            dotnet,
            ["run", "--file", app],
            _work,
            TimeSpan.FromMinutes(8),
            new Dictionary<string, string> { ["ENTITYGRAPH_SEEDS"] = Path.Combine(root, "seeds"), ["ENTITYGRAPH_OUT"] = outDir });

        Assert.That(r.ExitCode, Is.EqualTo(0), "generated from the notebook: " + app + "\n" + r.Transcript);
        int seedCount = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Length;
        Assert.That(Regex.Matches(r.Stdout, @"^\S+: \d+ mentions, \d+ relations, created ", RegexOptions.Multiline), Has.Count.EqualTo(seedCount), r.Transcript);
        Assert.That(r.Stdout, Does.Match(@$"(?m)^{seedCount} documents, \d+ entities, \d+ relations$"));
        Assert.That(r.Stdout, Does.Match(@"(?m)^\d+ vertices, \d+ edges, \d+ weakly connected components$"));
        Assert.That(r.Stdout, Does.Match(@"(?m)^Around .+: \d+ entities, \d+ relations$"));
        Assert.That(r.Stdout, Does.Match(@"(?m)^Read back \d+ entities and \d+ relations from graph.json$"));
        foreach (string file in new[] { "graph.json", "graph.graphml", "graph.gexf", "ego.graphml", "nodes.csv", "edges.csv" })
        {
            Assert.That(new FileInfo(Path.Combine(outDir, file)).Length, Is.GreaterThan(0), file);
        }
    }

    /// <summary>
    /// The C# cells of a Polyglot notebook as one file-based app: magic commands (<c>#r</c>, <c>#i</c>, <c>#!</c>)
    /// dropped, using directives hoisted to the top (a notebook may import in any cell, a program only at its start).
    /// </summary>
    internal static string ToProgram(JObject notebook, string libraryProject)
    {
        var usings = new List<string>();
        foreach (string u in KernelUsings)
        {
            usings.Add("using " + u + ";");
        }

        var body = new StringBuilder();
        int index = 0;
        foreach (JToken cell in notebook["cells"]!)
        {
            index++;
            if ((string?)cell["cell_type"] != "code" || !IsCSharp(cell))
            {
                continue;
            }

            JToken source = cell["source"]!;
            string text = source.Type == JTokenType.Array ? string.Concat(source.Values<string>()) : (string)source!;
            body.Append("// cell ").Append(index).Append('\n');
            foreach (string raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                string line = raw.TrimEnd();
                string trimmed = line.TrimStart();
                if (trimmed.StartsWith("#r ", StringComparison.Ordinal) || trimmed.StartsWith("#i ", StringComparison.Ordinal) || trimmed.StartsWith("#!", StringComparison.Ordinal))
                {
                    continue;
                }

                if (UsingDirective.IsMatch(trimmed))
                {
                    if (!usings.Contains(trimmed))
                    {
                        usings.Add(trimmed);
                    }

                    continue;
                }

                body.Append(line).Append('\n');
            }
        }

        var program = new StringBuilder();
        program.Append("#:project ").Append(libraryProject).Append('\n');
        program.Append("#:property ImplicitUsings=disable\n");
        foreach (string u in usings)
        {
            program.Append(u).Append('\n');
        }

        program.Append('\n').Append(body);
        return program.ToString();
    }

    private static bool IsCSharp(JToken cell)
    {
        string? kernel = (string?)cell["metadata"]?["polyglot_notebook"]?["kernelName"] ?? (string?)cell["metadata"]?["dotnet_interactive"]?["language"];
        return kernel is null or "csharp";
    }
}
