using System.IO;

namespace EntityGraph.Cli.Commands;

/// <summary>One CLI command (<c>extract</c>, <c>eval</c>, <c>train ner</c>, <c>bench</c>).</summary>
internal interface ICommand
{
    /// <summary>The words that select it, e.g. <c>extract</c> or <c>train ner</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>Full help text with usage and examples.</summary>
    string Help { get; }

    /// <summary>Runs the command with the arguments after its name; returns the exit code.</summary>
    int Run(string[] args, TextWriter stdout, TextWriter stderr);
}
