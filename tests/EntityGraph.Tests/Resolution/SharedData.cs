using System.IO;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

/// <summary>Finds <c>shared/</c> next to the repository, searching upward from the test directory.</summary>
internal static class SharedData
{
    public static string? Find(string relative)
    {
        DirectoryInfo? dir = new(TestContext.CurrentContext.TestDirectory);
        while (dir is not null)
        {
            string candidate = Path.Combine(dir.FullName, "shared", relative);
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "data")) && (File.Exists(candidate) || Directory.Exists(candidate)))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
