using System;

namespace EntityGraph.Text;

/// <summary>
/// EntityGraph's default boilerplate detector: a line is skipped when, trimmed, it is one of the
/// web-page furniture phrases it knows (<c>Advertisement</c>, <c>Share via</c>, <c>submit to reddit</c>,
/// <c>Toggle</c>, ...). Thread-safe.
/// </summary>
public sealed class BoilerplateDetector : IBoilerplateDetector
{
    private static readonly string[] Phrases =
    [
        "Advertisement", "Share via", "submit to reddit", "Toggle", "Share", "Share this", "Share this article",
        "Tweet", "Email", "Print", "Comments", "Skip to main content", "Skip to content", "Accessibility links",
        "Breaking News", "Read more", "Related", "Related Articles", "Subscribe", "Sign in", "Log in", "Menu",
        "Close", "Share on Facebook", "Share on Twitter", "Copy link", "Continue reading", "Sponsored",
    ];

    /// <inheritdoc />
    public bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> t = line.Trim();
        foreach (string p in Phrases)
        {
            if (t.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
