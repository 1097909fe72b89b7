using System;

namespace EntityGraph.Recognition.Model;

/// <summary>A model file is damaged, truncated, not a model file, or of a version this library cannot read.</summary>
public sealed class ModelFormatException : EntityGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The model file (or resource) concerned.</param>
    /// <param name="problem">The problem, in a few words.</param>
    public ModelFormatException(string file, string problem)
        : base(file + ": " + problem)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="file">The model file (or resource) concerned.</param>
    /// <param name="problem">The problem, in a few words.</param>
    /// <param name="innerException">The underlying cause.</param>
    public ModelFormatException(string file, string problem, Exception innerException)
        : base(file + ": " + problem, innerException)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>The model file (or resource) concerned.</summary>
    public string File { get; }

    /// <summary>The problem, without the file name.</summary>
    public string Problem { get; }
}
