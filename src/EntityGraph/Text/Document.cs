using System;
using System.IO;
using System.Text;

namespace EntityGraph.Text;

/// <summary>
/// A document: an id, where it came from, its text exactly as read, and optionally a known creation
/// date. The text is never altered; every offset EntityGraph reports is a <see cref="string"/> index
/// into <see cref="Text"/>. Immutable and thread-safe.
/// </summary>
public sealed class Document
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Creates a document from text already in memory.</summary>
    /// <param name="id">A short id, unique within a collection (for files: the name without <c>.txt</c>).</param>
    /// <param name="text">The text.</param>
    /// <param name="source">Where it came from (for files: the file name); defaults to <paramref name="id"/>.</param>
    /// <param name="dct">The document creation date when known from metadata.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="id"/> is empty.</exception>
    public Document(string id, string text, string? source = null, DateOnly? dct = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        if (id.Length == 0)
        {
            throw new ArgumentException("A document id must not be empty.", nameof(id));
        }

        Id = id;
        Text = text;
        Source = source ?? id;
        Dct = dct;
    }

    /// <summary>The document's id, unique within a collection.</summary>
    public string Id { get; }

    /// <summary>Where the document came from: the input file name for files.</summary>
    public string Source { get; }

    /// <summary>The full text, exactly as decoded (a UTF-8 byte order mark is not part of it).</summary>
    public string Text { get; }

    /// <summary>The document creation date when the caller knows it; otherwise null and detected from the text.</summary>
    public DateOnly? Dct { get; }

    /// <summary>Creates a document from text in memory.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">Its id; defaults to <c>doc</c>.</param>
    /// <returns>The document.</returns>
    public static Document FromText(string text, string id = "doc") => new(id, text);

    /// <summary>
    /// Reads a UTF-8 text file (with or without a byte order mark, CRLF or LF line ends).
    /// The id is the file name without its extension and the source is the file name.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="dct">The document creation date when known from metadata.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The file is missing, unreadable, empty, binary or not valid UTF-8.</exception>
    public static Document FromFile(string path, DateOnly? dct = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                throw new DocumentReadException(path, "is a directory, not a file");
            }

            bytes = File.ReadAllBytes(path);
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
        catch (IOException ex)
        {
            throw new DocumentReadException(path, "could not be read (" + ex.Message + ")", ex);
        }

        string text = Decode(path, bytes);
        string name = Path.GetFileName(path);
        return new Document(Path.GetFileNameWithoutExtension(path), text, name, dct);
    }

    /// <summary>Returns a copy with another id.</summary>
    /// <param name="id">The new id.</param>
    /// <returns>The copy.</returns>
    public Document WithId(string id) => new(id, Text, Source, Dct);

    /// <summary>Returns a copy with a known creation date.</summary>
    /// <param name="dct">The date, or null to detect it from the text.</param>
    /// <returns>The copy.</returns>
    public Document WithDct(DateOnly? dct) => new(Id, Text, Source, dct);

    /// <summary>Decodes file bytes as strict UTF-8, rejecting empty, binary and malformed input.</summary>
    internal static string Decode(string path, byte[] bytes)
    {
        int offset = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            offset = 3;
        }

        if (bytes.Length - offset == 0)
        {
            throw new DocumentReadException(path, "file is empty");
        }

        if ((bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))))
        {
            throw new DocumentReadException(path, "file is UTF-16, not UTF-8; convert it to UTF-8 first");
        }

        int controls = 0;
        for (int i = offset; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == 0)
            {
                throw new DocumentReadException(path, "binary file (contains NUL bytes), not text");
            }

            if (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C)
            {
                controls++;
            }
        }

        if (controls > 8 && controls * 20 > bytes.Length - offset)
        {
            throw new DocumentReadException(path, "binary file (too many control bytes), not text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            long at = ex.Index >= 0 ? ex.Index + offset : -1;
            throw new DocumentReadException(path, at >= 0 ? "invalid UTF-8 at byte " + at : "invalid UTF-8", ex);
        }

        bool blank = true;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                blank = false;
                break;
            }
        }

        if (blank)
        {
            throw new DocumentReadException(path, "file contains only white space");
        }

        return text;
    }
}
