using System;
using System.IO;
using EntityGraph.Cli.Commands;

namespace EntityGraph.Cli;

internal static class Program
{
    /// <summary>Every command; a command with two words (<c>train ner</c>) is matched on both.</summary>
    internal static ICommand[] Commands() =>
    [
        new ExtractCommand(),
        new EvalCommand(),
        new BenchCommand(),
        new TrainNerCommand(),
        new EvalNerCommand(),
    ];

    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ICommand[] commands = Commands();
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            stdout.WriteLine("entitygraph: find people, places, agencies and dates in documents and build a knowledge graph.");
            stdout.WriteLine();
            stdout.WriteLine("Commands:");
            foreach (ICommand c in commands)
            {
                stdout.WriteLine("  " + c.Name.PadRight(12) + " " + c.Summary);
            }

            stdout.WriteLine();
            stdout.WriteLine("Run 'entitygraph <command> --help' for a command's options and examples.");
            return args.Length == 0 ? 2 : 0;
        }

        foreach (ICommand c in commands)
        {
            string[] words = c.Name.Split(' ');
            if (args.Length < words.Length)
            {
                continue;
            }

            bool match = true;
            for (int i = 0; i < words.Length; i++)
            {
                match &= string.Equals(args[i], words[i], StringComparison.Ordinal);
            }

            if (!match)
            {
                continue;
            }

            string[] rest = args[words.Length..];
            if (Array.IndexOf(rest, "--help") >= 0 || Array.IndexOf(rest, "-h") >= 0)
            {
                stdout.WriteLine(c.Help);
                return 0;
            }

            try
            {
                return c.Run(rest, stdout, stderr);
            }
            catch (ArgumentException ex)
            {
                stderr.WriteLine("entitygraph " + c.Name + ": " + ex.Message);
                stderr.WriteLine("Run 'entitygraph " + c.Name + " --help' for usage.");
                return 2;
            }
        }

        stderr.WriteLine("entitygraph: unknown command '" + args[0] + "'. Run 'entitygraph --help' for the list.");
        return 2;
    }
}
