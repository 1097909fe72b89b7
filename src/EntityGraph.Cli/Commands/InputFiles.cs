using System;
using System.Collections.Generic;
using System.IO;

namespace EntityGraph.Cli.Commands;

/// <summary>Turns the paths, folders and globs on the command line into a sorted list of files.</summary>
internal static class InputFiles
{
    /// <summary>
    /// Expands inputs: a file is taken as is (whatever its extension), a folder gives its <c>*.txt</c>
    /// files recursively, a glob (<c>*</c>, <c>?</c>, <c>**</c>) the files it matches. Problems (a missing
    /// path, a folder without <c>.txt</c> files) go to <paramref name="problems"/> as one line each.
    /// </summary>
    public static List<string> Expand(IReadOnlyList<string> inputs, List<string> problems)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string input in inputs)
        {
            var found = new List<string>();
            if (input.IndexOfAny(['*', '?']) >= 0)
            {
                found.AddRange(Glob(input));
                if (found.Count == 0)
                {
                    problems.Add(input + ": no file matches this pattern");
                }
            }
            else if (File.Exists(input))
            {
                found.Add(input);
            }
            else if (Directory.Exists(input))
            {
                found.AddRange(Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories));
                if (found.Count == 0)
                {
                    problems.Add(input + ": folder has no .txt documents");
                }
            }
            else
            {
                problems.Add(input + ": no such file or folder");
            }

            found.Sort(StringComparer.Ordinal);
            foreach (string f in found)
            {
                string full = Path.GetFullPath(f);
                if (seen.Add(full))
                {
                    files.Add(f);
                }
            }
        }

        return files;
    }

    /// <summary>Document ids: the file name without extension, or the path without extension where names repeat.</summary>
    public static string[] UniqueIds(IReadOnlyList<string> files)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string f in files)
        {
            string id = Path.GetFileNameWithoutExtension(f);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        var ids = new string[files.Count];
        for (int i = 0; i < files.Count; i++)
        {
            string id = Path.GetFileNameWithoutExtension(files[i]);
            if (counts[id] > 1)
            {
                string rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), files[i]).Replace('\\', '/');
                id = rel.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? rel[..^4] : rel;
            }

            ids[i] = id;
        }

        return ids;
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        int firstWild = normalized.IndexOfAny(['*', '?']);
        int slash = normalized.LastIndexOf('/', firstWild);
        string baseDir = slash < 0 ? "." : (slash == 0 ? "/" : normalized[..slash]);
        string rest = slash < 0 ? normalized : normalized[(slash + 1)..];
        if (!Directory.Exists(baseDir))
        {
            yield break;
        }

        foreach (string file in Directory.EnumerateFiles(baseDir, "*", SearchOption.AllDirectories))
        {
            string rel = Path.GetRelativePath(baseDir, file).Replace('\\', '/');
            if (Matches(rest, 0, rel, 0))
            {
                yield return slash < 0 ? rel : file;
            }
        }
    }

    /// <summary>Wildcard match: <c>**</c> crosses folders, <c>*</c> and <c>?</c> do not.</summary>
    internal static bool Matches(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            char c = pattern[p];
            if (c == '*')
            {
                bool deep = p + 1 < pattern.Length && pattern[p + 1] == '*';
                int next = deep ? p + 2 : p + 1;
                if (deep && next < pattern.Length && pattern[next] == '/')
                {
                    // "**/" may also match nothing.
                    if (Matches(pattern, next + 1, text, t))
                    {
                        return true;
                    }
                }

                for (int k = t; k <= text.Length; k++)
                {
                    if (Matches(pattern, next, text, k))
                    {
                        return true;
                    }

                    if (k < text.Length && text[k] == '/' && !deep)
                    {
                        return false;
                    }
                }

                return false;
            }

            if (t >= text.Length || (c == '?' ? text[t] == '/' : c != text[t]))
            {
                return false;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }
}
