using System;
using System.Collections.Generic;
using System.IO;
using EntityGraph.Cli;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>
/// Executes <c>samples/entitygraph-networkx.ipynb</c> with Jupyter on a graph freshly extracted from the seeds.
/// Ignored when Jupyter (Debian: jupyter-nbconvert, python3-ipykernel) is not installed; CI installs it.
/// </summary>
[NonParallelizable]
[Category("Samples")]
public class NetworkxNotebookTests
{
    private string? _work;

    [TearDown]
    public void TearDown() => SampleProcess.DeleteQuietly(_work);

    [Test]
    public void NetworkxNotebook_ExecutedOnSeedGraph_RunsEveryCellAndDrawsFigures()
    {
        string root = SampleProcess.RepoRoot();
        string jupyter = SampleProcess.FindTool("/usr/bin/jupyter", "jupyter")
            ?? Ignore("Jupyter is not installed (apt-get install jupyter-nbconvert python3-nbconvert python3-ipykernel python3-matplotlib python3-pandas python3-networkx python3-scipy); the networkx notebook was not run.");
        string[] kernels = ["/usr/share/jupyter/kernels/python3/kernel.json", "/usr/local/share/jupyter/kernels/python3/kernel.json"];
        if (Array.TrueForAll(kernels, k => !File.Exists(k)))
        {
            ProcessResult list = SampleProcess.Run(jupyter, ["kernelspec", "list"], root, TimeSpan.FromMinutes(1));
            if (list.ExitCode != 0 || !list.Stdout.Contains("python3", StringComparison.Ordinal))
            {
                Assert.Ignore("Jupyter has no python3 kernel (apt-get install python3-ipykernel); the networkx notebook was not run.\n" + list.Transcript);
            }
        }

        _work = SampleProcess.NewTempFolder("eg-nx-notebook");
        string outDir = Path.Combine(_work, "out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(["extract", Path.Combine(root, "seeds"), "--out", outDir, "--quiet"], stdout, stderr);
        Assert.That(code, Is.EqualTo(0), stderr.ToString());
        string graphml = Path.Combine(outDir, "graph.graphml");
        string figures = Path.Combine(_work, "figures");
        string executed = Path.Combine(_work, "executed.ipynb");

        ProcessResult r = SampleProcess.Run(
            jupyter,
            ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=python3", "--ExecutePreprocessor.timeout=300",
             "--output", executed, Path.Combine(root, "samples", "entitygraph-networkx.ipynb")],
            _work,
            TimeSpan.FromMinutes(8),
            new Dictionary<string, string> { ["ENTITYGRAPH_GRAPHML"] = graphml, ["ENTITYGRAPH_FIGURES"] = figures, ["MPLBACKEND"] = "Agg" });

        if (r.ExitCode != 0 && r.Stderr.Contains("No module named", StringComparison.Ordinal) && !r.Stderr.Contains("CellExecutionError", StringComparison.Ordinal))
        {
            Assert.Ignore("A Jupyter module is missing; the networkx notebook was not run.\n" + r.Transcript);
        }

        Assert.That(r.ExitCode, Is.EqualTo(0), r.Transcript);
        Assert.That(new FileInfo(Path.Combine(figures, "network.png")).Length, Is.GreaterThan(1000));
        Assert.That(new FileInfo(Path.Combine(figures, "timeline.png")).Length, Is.GreaterThan(1000));
        var notebook = JObject.Parse(File.ReadAllText(executed));
        string lastOutput = "";
        foreach (JToken cell in notebook["cells"]!)
        {
            foreach (JToken output in cell["outputs"] ?? new JArray())
            {
                Assert.That((string?)output["output_type"], Is.Not.EqualTo("error"), output.ToString());
                if (output["text"] is JToken text)
                {
                    lastOutput = string.Concat(text.Values<string>());
                }
            }
        }

        Assert.That(lastOutput, Does.StartWith("OK: "), "the notebook's last cell checks its own results");
        TestContext.Out.WriteLine(lastOutput);
    }

    private static string Ignore(string message)
    {
        Assert.Ignore(message);
        return "";
    }
}
