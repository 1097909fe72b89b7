using System;
using System.Collections.Generic;
using System.IO;

namespace EntityGraph.Recognition.Model;

/// <summary>One sentence of a CoNLL-style file: its words, the tag in the last column, and the original lines.</summary>
public sealed class ConllSentence
{
    /// <summary>Creates a sentence.</summary>
    /// <param name="words">The words (first column).</param>
    /// <param name="tags">The tags (last column), as in the file.</param>
    /// <param name="lines">The original lines, one per word.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When the three lists differ in length.</exception>
    public ConllSentence(IReadOnlyList<string> words, IReadOnlyList<string> tags, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(lines);
        if (words.Count != tags.Count || words.Count != lines.Count)
        {
            throw new ArgumentException("words, tags and lines must have the same length");
        }

        Words = words;
        Tags = tags;
        Lines = lines;
    }

    /// <summary>The words.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The gold tags as written in the file (IOB2 or IOB1).</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The original lines.</summary>
    public IReadOnlyList<string> Lines { get; }
}

/// <summary>A document of a CoNLL-style file: the sentences between two <c>-DOCSTART-</c> lines.</summary>
/// <param name="Sentences">The sentences.</param>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);

/// <summary>
/// Reads CoNLL-style files: one token per line, columns separated by spaces or tabs, the word first and
/// the tag last, a blank line between sentences, <c>-DOCSTART-</c> lines between documents. Thread-safe.
/// </summary>
public static class ConllReader
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Its documents (the whole file is one document when it has no <c>-DOCSTART-</c> line).</returns>
    /// <exception cref="DocumentReadException">When the file is missing or unreadable, or a line has a single column.</exception>
    public static IReadOnlyList<ConllDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path);
        }
        catch (FileNotFoundException ex)
        {
            throw new DocumentReadException(path, "file not found", ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new DocumentReadException(path, "file not found", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentReadException(path, "permission denied", ex);
        }
    }

    /// <summary>Reads CoNLL text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">Name used in error messages.</param>
    /// <returns>Its documents.</returns>
    /// <exception cref="DocumentReadException">When a line has a single column.</exception>
    public static IReadOnlyList<ConllDocument> Read(TextReader reader, string name = "conll")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var docs = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var lines = new List<string>();
        int lineNo = 0;

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence(words.ToArray(), tags.ToArray(), lines.ToArray()));
                words.Clear();
                tags.Clear();
                lines.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                docs.Add(new ConllDocument(sentences.ToArray()));
                sentences.Clear();
            }
        }

        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                EndSentence();
                continue;
            }

            if (trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndDocument();
                continue;
            }

            int firstSep = trimmed.IndexOfAny([' ', '\t']);
            int lastSep = trimmed.LastIndexOfAny([' ', '\t']);
            if (firstSep < 0)
            {
                throw new DocumentReadException(name, "line " + lineNo + " has no tag column: '" + trimmed + "'");
            }

            words.Add(trimmed[..firstSep]);
            tags.Add(trimmed[(lastSep + 1)..]);
            lines.Add(line.TrimEnd('\r', '\n'));
        }

        EndDocument();
        return docs;
    }

    /// <summary>Converts IOB2 (or IOB1) tags to spans over word indices (start, end exclusive, type name).</summary>
    /// <param name="tags">The tags of one sentence.</param>
    /// <returns>The spans in order.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="tags"/> is null.</exception>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<(int, int, string)>();
        int open = -1;
        string openType = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string type = tag.Length > 2 && tag[1] == '-' ? tag[2..] : "";
            bool begin = tag.StartsWith("B-", StringComparison.Ordinal);
            bool inside = tag.StartsWith("I-", StringComparison.Ordinal);
            if (open >= 0 && (!(inside && type == openType)))
            {
                spans.Add((open, i, openType));
                open = -1;
            }

            if ((begin || inside) && open < 0)
            {
                open = i;
                openType = type;
            }
        }

        return spans;
    }
}
