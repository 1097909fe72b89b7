using System;

namespace EntityGraph.Text;

/// <summary>
/// EntityGraph's default boilerplate detector. It recognises whole lines of web-page furniture only; a line
/// that carries any content beyond the furniture phrase is kept. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A line is boilerplate when, after trimming, collapsing inner white space, dropping leading bullets and
/// trailing decorations (<c>: » › &gt; … ...</c>), and ignoring case:
/// <list type="bullet">
/// <item>it is one of the furniture phrases (<c>Advertisement</c>, <c>Skip to main content</c>,
/// <c>Accessibility links</c>, <c>Breaking News</c>, <c>Read more</c>, <c>Sign in</c>, <c>Toggle</c>, ...);</item>
/// <item>it is made only of sharing words (<c>Share</c>, <c>via</c>, <c>Facebook</c>, <c>Twitter</c>,
/// <c>Email</c>, <c>Print</c>, <c>Tweet</c>, <c>submit to reddit</c>, ...) with at least one network or action
/// name among them, optionally separated by <c>|</c>, <c>/</c> or bullets;</item>
/// <item>it is a bullet with nothing but numbers and punctuation after it (<c>  • 1</c>).</item>
/// </list>
/// Lines longer than 80 characters are never boilerplate.
/// </remarks>
public sealed class BoilerplateDetector : IBoilerplateDetector
{
    private const int MaxLine = 80;

    private static readonly WordSet Phrases = new(
    [
        "Advertisement", "Advertisements", "Advert", "Ad", "Sponsored", "Sponsored content", "Paid content", "Toggle",
        "Toggle navigation", "Toggle menu", "Toggle caption", "Hide caption", "Show caption", "Enlarge this image",
        "Skip to main content", "Skip to content", "Skip to navigation", "Skip navigation", "Accessibility links",
        "Accessibility help", "Breaking News", "Read more", "Read more below", "Continue reading", "Continue reading below",
        "Story continues below", "Story continues below advertisement", "Article continues below advertisement",
        "Sign in", "Sign up", "Log in", "Log out", "Login", "Register", "Subscribe", "Subscribe now", "Menu", "Main menu",
        "Search", "Close", "Comments", "Comment", "Show comments", "Hide comments", "View comments", "Leave a comment",
        "Related", "Related Articles", "Related Stories", "Related Content", "Related Coverage", "Related Links",
        "Most Popular", "Most Read", "Most Viewed", "Trending", "Top Stories", "Back to top", "Next", "Previous",
        "Next article", "Previous article", "Loading", "Cookie settings", "Accept cookies", "Listen",
        "Listen to this article", "Play", "Pause", "Watch", "Download", "Permalink", "Reprints", "Embed", "Home",
        "Give feedback", "Report an error", "Newsletter", "Follow us", "Like", "Copy link", "Link copied",
        "Print this page", "Email this page", "Share this page", "More stories", "See more", "Show more",
        "Image", "Photo", "Video", "Audio", "Gallery", "Open in app", "Get the app", "Donate",
    ], ignoreCase: true);

    private static readonly WordSet ShareWords = new(
    [
        "share", "shares", "shared", "via", "on", "this", "article", "story", "page", "it", "to", "submit", "copy", "link",
        "url", "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "mail", "print", "reddit",
        "pinterest", "tweet", "telegram", "flipboard", "messenger", "tumblr", "digg", "stumbleupon", "google+", "sms",
        "pin", "weibo", "wechat", "line", "vk", "bluesky", "threads", "mastodon", "&", "and",
    ], ignoreCase: true);

    private static readonly WordSet StrongShareWords = new(
    [
        "share", "facebook", "twitter", "linkedin", "whatsapp", "email", "e-mail", "print", "reddit", "pinterest", "tweet",
        "telegram", "flipboard", "tumblr", "digg", "weibo", "wechat", "bluesky", "mastodon",
    ], ignoreCase: true);

    /// <inheritdoc />
    public bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> t = line.Trim();
        if (t.Length == 0 || t.Length > MaxLine)
        {
            return false;
        }

        bool bullet = false;
        while (t.Length > 0 && IsBullet(t[0]))
        {
            bullet = true;
            t = t[1..].TrimStart();
        }

        t = TrimDecoration(t);
        if (t.Length == 0)
        {
            return bullet;
        }

        if (bullet && HasNoLetters(t))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[MaxLine];
        int n = 0;
        bool space = false;
        foreach (char c in t)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (space && n > 0)
            {
                buffer[n++] = ' ';
            }

            space = false;
            buffer[n++] = c;
        }

        ReadOnlySpan<char> normal = buffer[..n];
        return Phrases.Contains(normal) || IsShareLine(normal);
    }

    private static bool IsBullet(char c) =>
        c is '\u2022' or '\u00B7' or '\u25AA' or '\u25E6' or '\u2023' or '\u25CF' or '\u25A0' or '\u25BA' or '\u25B6' or '\u2013' or '\u2014' or '*' or '-' or '|';

    private static ReadOnlySpan<char> TrimDecoration(ReadOnlySpan<char> t)
    {
        while (t.Length > 0 && (t[^1] is ':' or '\u00BB' or '\u203A' or '>' or '\u2026' or '.' or '|' or '\u2192' || IsBullet(t[^1])))
        {
            t = t[..^1].TrimEnd();
        }

        return t;
    }

    private static bool HasNoLetters(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsShareSeparator(char c) => c is ' ' or '|' or '/' or ',' or ':' || (c != '-' && IsBullet(c));

    /// <summary>Every word is a sharing word and at least one names a network or a share action.</summary>
    private static bool IsShareLine(ReadOnlySpan<char> t)
    {
        bool strong = false;
        int i = 0;
        while (i < t.Length)
        {
            while (i < t.Length && IsShareSeparator(t[i]))
            {
                i++;
            }

            int start = i;
            while (i < t.Length && !IsShareSeparator(t[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            ReadOnlySpan<char> word = t[start..i];
            if (!ShareWords.Contains(word))
            {
                return false;
            }

            strong |= StrongShareWords.Contains(word);
        }

        return strong;
    }
}
