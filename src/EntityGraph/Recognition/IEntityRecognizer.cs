using System.Collections.Generic;
using EntityGraph.Text;

namespace EntityGraph.Recognition;

/// <summary>A recogniser of person, place and agency mentions. Implementations must be thread-safe.</summary>
public interface IEntityRecognizer
{
    /// <summary>Short name recorded as <see cref="Mention.Source"/> of what it finds.</summary>
    string Name { get; }

    /// <summary>Appends the mentions found in <paramref name="document"/> to <paramref name="output"/>.</summary>
    /// <param name="document">The tokenized document.</param>
    /// <param name="output">Receives mentions; they may overlap each other and what is already there.</param>
    void Recognize(TokenizedDocument document, List<Mention> output);
}
