using System;

namespace EntityGraph;

/// <summary>
/// Base type of every exception EntityGraph throws on purpose (bad input, a damaged model file,
/// a graph file that does not follow the schema). Catch this type to handle all of them.
/// </summary>
public class EntityGraphException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, naming the file or value concerned.</param>
    public EntityGraphException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, naming the file or value concerned.</param>
    /// <param name="innerException">The underlying cause.</param>
    public EntityGraphException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a default message.</summary>
    public EntityGraphException() { }
}

/// <summary>A document could not be read: missing, empty, binary or not valid UTF-8.</summary>
public sealed class DocumentReadException : EntityGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file (or document id) that could not be read.</param>
    /// <param name="problem">The problem, in a few words.</param>
    public DocumentReadException(string path, string problem)
        : base(path + ": " + problem)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="path">The file (or document id) that could not be read.</param>
    /// <param name="problem">The problem, in a few words.</param>
    /// <param name="innerException">The underlying cause.</param>
    public DocumentReadException(string path, string problem, Exception innerException)
        : base(path + ": " + problem, innerException)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The file (or document id) that could not be read.</summary>
    public string Path { get; }

    /// <summary>The problem, without the path.</summary>
    public string Problem { get; }
}
