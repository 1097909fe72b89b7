using System;
using System.IO;

namespace EntityGraph.Export;

/// <summary>
/// Writes a file so that readers see either the old contents or the complete new ones, never half a file:
/// the data goes to a temporary file in the same folder, is flushed to disk, and is then renamed over the
/// target. Stateless and thread-safe (two writers of the same path race; the last rename wins).
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing it only when writing succeeded.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the contents to the stream it is given (it need not close it).</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is empty or names a folder.</exception>
    /// <exception cref="EntityGraphException">
    /// When the folder is missing or cannot be written, or the disk fails; the message names the path. An
    /// exception thrown by <paramref name="write"/> itself is passed on unchanged. In every failure the temporary
    /// file is deleted and an existing target is left untouched.
    /// </exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        if (path.Length == 0)
        {
            throw new ArgumentException("The path must not be empty.", nameof(path));
        }

        string full = Path.GetFullPath(path);
        string name = Path.GetFileName(full);
        if (name.Length == 0)
        {
            throw new ArgumentException("The path '" + path + "' names a folder, not a file.", nameof(path));
        }

        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new EntityGraphException("Cannot write '" + path + "': the folder '" + folder + "' does not exist.");
        }

        if (Directory.Exists(full))
        {
            throw new EntityGraphException("Cannot write '" + path + "': it is a folder.");
        }

        string temp = Path.Combine(folder, "." + name + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new EntityGraphException("Cannot write '" + path + "': " + ex.Message, ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // The original failure matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
