using EntityGraph.Graph;
using EntityGraph.Resolution;

namespace EntityGraph.Cli.Commands;

/// <summary>Applies a user alias table to the graph options.</summary>
internal static class AliasSupport
{
    /// <summary>Loads the alias table at <paramref name="path"/> into the resolver options; false with a one-line problem when it cannot.</summary>
    public static bool TryApply(string path, ref GraphOptions options, out string? problem)
    {
        try
        {
            AliasTable table = AliasTable.Load(path);
            ResolverOptions resolver = (options.Resolver?.Options ?? ResolverOptions.Default) with { Aliases = table };
            options = options with { Resolver = new EntityResolver(resolver) };
            problem = null;
            return true;
        }
        catch (EntityGraphException ex)
        {
            problem = ex.Message;
            return false;
        }
    }
}
