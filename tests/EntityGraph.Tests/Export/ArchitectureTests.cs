using System.IO;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class ArchitectureTests
{
    [TestCase("Text")]
    [TestCase("Recognition")]
    [TestCase("Dates")]
    [TestCase("Resolution")]
    [TestCase("Relations")]
    [TestCase("Graph")]
    public void EarlierStage_NeverUsesExport(string stage)
    {
        string folder = Path.Combine(RepoPaths.RequireRoot(), "src", "EntityGraph", stage);
        foreach (string file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            Assert.That(File.ReadAllText(file), Does.Not.Contain("EntityGraph.Export"), file);
        }
    }
}
