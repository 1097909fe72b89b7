using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>What a finished child process printed.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    /// <summary>Everything printed, for assertion messages.</summary>
    public string Transcript => $"exit {ExitCode} after {Elapsed.TotalSeconds:F1}s\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs the tools the samples need (dotnet, jupyter) as child processes and finds the repository.</summary>
internal static class SampleProcess
{
    /// <summary>The repository root (the folder holding <c>Graph.sln</c>); ignores the test when it is not found.</summary>
    public static string RepoRoot()
    {
        for (DirectoryInfo? d = new(TestContext.CurrentContext.TestDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Graph.sln")))
            {
                return d.FullName;
            }
        }

        Assert.Ignore("The repository (Graph.sln) was not found above " + TestContext.CurrentContext.TestDirectory + "; the samples cannot be located.");
        return "";
    }

    /// <summary>The dotnet executable running these tests (set by <c>dotnet test</c>), else the one on PATH.</summary>
    public static string Dotnet()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        return FindOnPath("dotnet") ?? Ignore<string>("The dotnet executable was not found (DOTNET_HOST_PATH unset and no dotnet on PATH).");
    }

    /// <summary>The first of <paramref name="candidates"/> (absolute paths or names on PATH) that exists, or null.</summary>
    public static string? FindTool(params string[] candidates)
    {
        foreach (string c in candidates)
        {
            if (Path.IsPathRooted(c))
            {
                if (File.Exists(c))
                {
                    return c;
                }
            }
            else if (FindOnPath(c) is string found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A new empty folder under the system temp folder; delete it with <see cref="DeleteQuietly"/>.</summary>
    public static string NewTempFolder(string prefix)
    {
        string dir = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Deletes a folder made by a test, ignoring files still held open.</summary>
    public static void DeleteQuietly(string? dir)
    {
        if (string.IsNullOrEmpty(dir) || !Directory.Exists(dir))
        {
            return;
        }

        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing teardown would hide the real result.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> and waits at most <paramref name="timeout"/>; a process that runs over is
    /// killed (with its children) and the test fails with what it printed so far.
    /// </summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> args, string workingDirectory, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        // Quiet, non-interactive, and no build servers left running after the test.
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        psi.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        psi.Environment["UseSharedCompilation"] = "false";
        if (environment is not null)
        {
            foreach (KeyValuePair<string, string> kv in environment)
            {
                psi.Environment[kv.Key] = kv.Value;
            }
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stdout)
                {
                    stdout.AppendLine(e.Data);
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };

        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{Path.GetFileName(fileName)} {string.Join(' ', args)} did not finish in {timeout.TotalSeconds:F0}s\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}");
        }

        process.WaitForExit(); // flushes the asynchronous readers
        var result = new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString(), clock.Elapsed);
        TestContext.Out.WriteLine($"{Path.GetFileName(fileName)} {string.Join(' ', args)}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:F1}s");
        return result;
    }

    private static T Ignore<T>(string message)
    {
        Assert.Ignore(message);
        return default!;
    }

    private static string? FindOnPath(string name)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string path = Path.Combine(dir, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
