using System;
using System.IO;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace EntityGraph.Tests;

/// <summary>The library's folders are the pipeline's stages, in data-flow order: a stage may use an earlier one, never a later one.</summary>
public class ArchitectureTests
{
    private static readonly string[] Stages = ["Text", "Recognition", "Dates", "Resolution", "Relations", "Graph", "Export"];

    /// <summary>The top-level facade types use every stage, so only the last stages may use them.</summary>
    private static readonly string[] FacadeTypes = ["DocumentResult", "EntityExtractor", "ExtractorOptions"];

    public static System.Collections.Generic.IEnumerable<TestCaseData> StagePairs()
    {
        for (int i = 0; i < Stages.Length; i++)
        {
            for (int j = i + 1; j < Stages.Length; j++)
            {
                yield return new TestCaseData(Stages[i], Stages[j]).SetName($"Stage_{Stages[i]}_NeverUses_{Stages[j]}");
            }
        }
    }

    [TestCaseSource(nameof(StagePairs))]
    public void Stage_NeverUsesALaterStage(string stage, string later)
    {
        var pattern = new Regex(@"\bEntityGraph\." + later + @"\b|(?<![\w.])" + later + @"\.[A-Z]");
        foreach (string file in Directory.GetFiles(StageFolder(stage), "*.cs", SearchOption.AllDirectories))
        {
            string text = StripComments(File.ReadAllText(file));
            Assert.That(pattern.IsMatch(text), Is.False, file + " uses the later stage " + later);
        }
    }

    [TestCase("Text")]
    [TestCase("Recognition")]
    [TestCase("Dates")]
    [TestCase("Resolution")]
    [TestCase("Relations")]
    public void EarlyStage_NeverUsesTheFacade(string stage)
    {
        foreach (string file in Directory.GetFiles(StageFolder(stage), "*.cs", SearchOption.AllDirectories))
        {
            string text = StripComments(File.ReadAllText(file));
            foreach (string type in FacadeTypes)
            {
                Assert.That(Regex.IsMatch(text, @"\b" + type + @"\b"), Is.False, file + " uses " + type);
            }
        }
    }

    private static string StageFolder(string stage) => Path.Combine(Export.RepoPaths.RequireRoot(), "src", "EntityGraph", stage);

    private static string StripComments(string code)
    {
        code = Regex.Replace(code, @"//[^\n]*", "");
        return Regex.Replace(code, @"/\*.*?\*/", "", RegexOptions.Singleline);
    }
}
