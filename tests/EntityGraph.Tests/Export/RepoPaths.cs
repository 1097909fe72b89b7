using System.IO;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

/// <summary>Finds files of the repository from the test output folder.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root (the folder holding <c>Graph.sln</c>), or null when the tests run elsewhere.</summary>
    public static string? Root()
    {
        for (DirectoryInfo? d = new(TestContext.CurrentContext.TestDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Graph.sln")))
            {
                return d.FullName;
            }
        }

        return null;
    }

    public static string RequireRoot() => Root() ?? throw new IgnoreException("The repository (Graph.sln) was not found above the test folder.");
}
