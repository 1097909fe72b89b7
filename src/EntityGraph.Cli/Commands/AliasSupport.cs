using EntityGraph.Graph;

namespace EntityGraph.Cli.Commands;

/// <summary>Applies a user alias table to the graph options.</summary>
internal static class AliasSupport
{
    public static bool TryApply(string path, ref GraphOptions options, out string? problem)
    {
        problem = path + ": alias tables are not supported yet";
        return false;
    }
}
