using BenchmarkDotNet.Running;

namespace EntityGraph.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/EntityGraph.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
