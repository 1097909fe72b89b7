using System.IO;
using NUnit.Framework;

namespace EntityGraph.Tests.Text;

/// <summary>Finds the repository's <c>seeds/</c> folder from the test directory.</summary>
internal static class SeedFiles
{
    public static string Path(string prefix)
    {
        DirectoryInfo? dir = new(TestContext.CurrentContext.TestDirectory);
        while (dir != null)
        {
            string seeds = System.IO.Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds) && File.Exists(System.IO.Path.Combine(dir.FullName, "Graph.sln")))
            {
                string[] files = Directory.GetFiles(seeds, prefix + "_*.txt");
                if (files.Length == 1)
                {
                    return files[0];
                }
            }

            dir = dir.Parent;
        }

        Assert.Ignore("The seeds/ folder of the repository was not found above " + TestContext.CurrentContext.TestDirectory + ".");
        return string.Empty;
    }
}
