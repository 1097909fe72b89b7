using System;
using System.Collections.Generic;

namespace EntityGraph.Text;

/// <summary>
/// EntityGraph's default sentence splitter. It works on the tokens of <see cref="Tokenizer"/> (which keeps
/// abbreviation periods inside their word) and on the white space between them. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>A sentence ends after token <c>t</c> when:</para>
/// <list type="number">
/// <item>a blank line (two line breaks, or a paragraph separator) follows <c>t</c>: always;</item>
/// <item><c>t</c> is <c>. ! ?</c> (or a run of them, or a CJK/Arabic full stop): the closing quotes and
/// brackets written right after it join the sentence (<c>... now.”</c>), and the sentence ends unless
/// the next token starts with a lowercase letter or is clause punctuation (<c>“Really?” he asked</c>);</item>
/// <item><c>t</c> is an ellipsis (<c>...</c>, <c>…</c>, spaced <c>. . .</c>) and the next token starts with a capital letter
/// after a line break, or is a common sentence starter (<c>The</c>, <c>He</c>, <c>But</c>, ...);</item>
/// <item><c>t</c> is an abbreviation with its period (<c>U.S.</c>, <c>etc.</c>, <c>p.m.</c>, an initial
/// <c>V.</c>) that is not a title (<c>Mr.</c>, <c>Gen.</c>, ... never end a sentence) and the next token is a
/// common sentence starter, or the next token starts with a capital letter on a new line;</item>
/// <item>a single line break follows <c>t</c>, the next line does not start with a lowercase letter (a
/// lowercase start means a hard-wrapped paragraph), and either the line of <c>t</c> looks like a heading,
/// label or list item (every word capitalised apart from short function words, or no words at all; a
/// <c>Label:</c> start; a bullet or list number; a <c>By ...</c> byline; ends with a colon) or the next line
/// is a label, a speaker turn in minutes (<c>Zhang: I fully agree</c>) or a list item;</item>
/// <item>the sentence has reached <see cref="MaxSentenceTokens"/> tokens (a guard for text without
/// punctuation).</item>
/// </list>
/// </remarks>
public sealed class SentenceSplitter : ISentenceSplitter
{
    private static readonly WordSet Titles = new(
    [
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Mme.", "Mlle.", "Dr.", "Prof.", "Gen.", "Gens.", "Lt.", "Lieut.", "Col.", "Capt.",
        "Maj.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Cdr.", "Brig.", "Rep.", "Reps.", "Sen.", "Sens.", "Gov.",
        "Pres.", "Rev.", "Hon.", "Amb.", "Supt.", "Fr.", "No.", "Nos.", "p.", "pp.", "Vol.", "Vols.", "Fig.", "Figs.", "Art.",
    ], ignoreCase: true);

    private static readonly WordSet Starters = new(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "From", "With", "By", "As", "After", "Before", "When",
        "While", "If", "Although", "Though", "However", "Meanwhile", "Also", "Still", "His", "Her", "Its", "Their",
        "Our", "My", "Your", "Some", "Many", "Most", "Other", "Others", "One", "Both", "Such", "Since", "Until",
        "During", "According", "Now", "Then", "Today", "Yesterday", "What", "Why", "How", "Who", "Where", "Which",
        "Thus", "Therefore", "Moreover", "Furthermore", "Nevertheless", "Instead", "Later", "Earlier", "Officials",
    ], ignoreCase: false);

    private static readonly WordSet FunctionWords = new(
    [
        "of", "the", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "a", "an", "as", "into", "over",
        "under", "between", "against", "about", "via", "vs.", "de", "del", "la", "le", "van", "von", "der", "den", "da",
        "di", "du", "y", "e", "und", "sic", "hereafter",
    ], ignoreCase: false);

    /// <summary>Creates the splitter.</summary>
    /// <param name="maxSentenceTokens">Longest sentence, in tokens, before a sentence is cut regardless of punctuation.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="maxSentenceTokens"/> is less than 16.</exception>
    public SentenceSplitter(int maxSentenceTokens = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSentenceTokens, 16);
        MaxSentenceTokens = maxSentenceTokens;
    }

    /// <summary>Longest sentence, in tokens; a longer run is cut into pieces of this size.</summary>
    public int MaxSentenceTokens { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> or <paramref name="output"/> is null.</exception>
    public void Split(string text, ReadOnlySpan<Token> tokens, int firstTokenIndex, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        int start = 0;
        int lineStart = 0;
        int i = 0;
        while (i < tokens.Length)
        {
            int last = i;
            bool end;
            if (i == tokens.Length - 1 || i - start + 1 >= MaxSentenceTokens)
            {
                end = true;
            }
            else
            {
                end = EndsAfter(text, tokens, lineStart, ref last);
            }

            if (end || last == tokens.Length - 1)
            {
                output.Add(new Sentence(new TextSpan(tokens[start].Start, tokens[last].End), firstTokenIndex + start, last - start + 1));
                start = last + 1;
            }

            for (int k = i; k <= last && k + 1 < tokens.Length; k++)
            {
                if (NewlinesBetween(text, tokens[k].End, tokens[k + 1].Start) > 0)
                {
                    lineStart = k + 1;
                }
            }

            i = last + 1;
        }
    }

    /// <summary>Decides whether a sentence ends after token <paramref name="last"/>, moving it over closing quotes and brackets that belong to it.</summary>
    private static bool EndsAfter(string text, ReadOnlySpan<Token> tokens, int lineStart, ref int last)
    {
        int i = last;
        Token t = tokens[i];
        int breaks = NewlinesBetween(text, t.End, tokens[i + 1].Start);
        if (breaks >= 2)
        {
            return true;
        }

        ReadOnlySpan<char> word = text.AsSpan(t.Start, t.Length);
        if (IsSinglePeriod(text, t) && IsSinglePeriod(text, tokens[i + 1]) && breaks == 0)
        {
            // A spaced ellipsis (". . .") is one pause, not three sentence ends.
            while (i + 1 < tokens.Length && IsSinglePeriod(text, tokens[i + 1]) && NewlinesBetween(text, tokens[i].End, tokens[i + 1].Start) == 0)
            {
                i++;
            }

            last = i;
            if (i + 1 >= tokens.Length)
            {
                return true;
            }

            breaks = NewlinesBetween(text, tokens[i].End, tokens[i + 1].Start);
            return breaks >= 2 || (breaks > 0 && StartsUppercase(text, tokens[i + 1])) || IsStarter(text, tokens[i + 1]);
        }

        if (t.Kind == TokenKind.Punctuation && IsTerminal(word))
        {
            // Closing quotes and brackets written right after the terminal mark belong to the sentence.
            while (i + 1 < tokens.Length && tokens[i + 1].Start == tokens[i].End
                && (tokens[i + 1].Kind == TokenKind.CloseBracket || (tokens[i + 1].Kind == TokenKind.Quote && IsClosingQuote(text, tokens, i + 1))))
            {
                i++;
            }

            last = i;
            if (i + 1 >= tokens.Length)
            {
                return true;
            }

            breaks = NewlinesBetween(text, tokens[i].End, tokens[i + 1].Start);
            if (breaks >= 2)
            {
                return true;
            }

            Token next = tokens[i + 1];
            return !StartsLowercase(text, next) && !(next.Kind == TokenKind.Punctuation && IsClause(text[next.Start]));
        }

        Token following = tokens[i + 1];
        if (t.Kind == TokenKind.Punctuation && IsEllipsis(word))
        {
            return (breaks > 0 && StartsUppercase(text, following)) || IsStarter(text, following);
        }

        if (t.Kind == TokenKind.Word && t.Length > 1 && word[^1] == '.')
        {
            if (Titles.Contains(word))
            {
                return false;
            }

            return IsStarter(text, following) || (breaks > 0 && StartsUppercase(text, following));
        }

        if (breaks == 0 || StartsLowercase(text, following))
        {
            return false;
        }

        return IsHeadingLine(text, tokens, lineStart, i) || IsLabelOrListLine(text, tokens, i + 1);
    }

    private static bool IsTerminal(ReadOnlySpan<char> p)
    {
        char c = p[0];
        return c is '.' or '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F' or '\u061F' or '\u0964' or '\u203C' or '\u2047' or '\u2048' or '\u2049'
            && !(c == '.' && p.Length > 1);
    }

    private static bool IsSinglePeriod(string text, Token t) => t.Length == 1 && text[t.Start] == '.';

    private static bool IsEllipsis(ReadOnlySpan<char> p) => p[0] == '\u2026' || (p.Length > 1 && p[0] == '.');

    private static bool IsClause(char c) => c is ',' or ';' or ':' or '\u3001' or '\uFF0C' or '\uFF1B' or '\uFF1A';

    /// <summary>A quote is closing when it is a right-hand curly quote or a straight quote not followed directly by a word.</summary>
    private static bool IsClosingQuote(string text, ReadOnlySpan<Token> tokens, int q)
    {
        char c = text[tokens[q].Start];
        if (c is '\u201D' or '\u2019' or '\u00BB' or '\u203A')
        {
            return true;
        }

        if (c is '"' or '\'')
        {
            return q + 1 >= tokens.Length || tokens[q + 1].Start > tokens[q].End || tokens[q + 1].Kind is TokenKind.Punctuation or TokenKind.CloseBracket or TokenKind.Quote;
        }

        return false;
    }

    /// <summary>Counts line breaks in <c>text[from..to)</c>, a CRLF pair once; a paragraph separator counts as two.</summary>
    private static int NewlinesBetween(string text, int from, int to)
    {
        int n = 0;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c == '\u2029')
            {
                n += 2;
            }
            else if (CharInfo.IsNewline(c) && !(c == '\r' && k + 1 < to && text[k + 1] == '\n'))
            {
                n++;
            }
        }

        return n;
    }

    private static bool StartsLowercase(string text, Token t) =>
        (t.Kind is TokenKind.Word or TokenKind.Alphanumeric) && char.IsLower(text[t.Start]);

    private static bool StartsUppercase(string text, Token t)
    {
        char c = text[t.Start];
        return char.IsUpper(c) || (t.Kind is TokenKind.Quote or TokenKind.OpenBracket) || char.IsDigit(c);
    }

    private static bool IsStarter(string text, Token t) =>
        t.Kind == TokenKind.Word && Starters.Contains(text.AsSpan(t.Start, t.Length));

    /// <summary>
    /// A line from token <paramref name="from"/> to <paramref name="to"/> reads as a heading, label, list item or
    /// byline rather than part of a running sentence.
    /// </summary>
    private static bool IsHeadingLine(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        Token lastTok = tokens[to];
        if (lastTok.Kind == TokenKind.Punctuation && text[lastTok.Start] == ':')
        {
            return true;
        }

        if (IsLabelOrListLine(text, tokens, from))
        {
            return true;
        }

        ReadOnlySpan<char> first = text.AsSpan(tokens[from].Start, tokens[from].Length);
        if (first.SequenceEqual("By") && from + 1 <= to && char.IsUpper(text[tokens[from + 1].Start]))
        {
            return true;
        }

        int depth = 0;
        for (int k = from; k <= to; k++)
        {
            Token t = tokens[k];
            if (t.Kind == TokenKind.OpenBracket)
            {
                depth++;
            }
            else if (t.Kind == TokenKind.CloseBracket)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && t.Kind is TokenKind.Word or TokenKind.Alphanumeric && char.IsLower(text[t.Start])
                && !FunctionWords.Contains(text.AsSpan(t.Start, t.Length)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The line starting at token <paramref name="from"/> starts with a bullet or list number, or with a label or
    /// speaker name of a few capitalised words (parenthesised asides allowed) followed by a colon.
    /// </summary>
    private static bool IsLabelOrListLine(string text, ReadOnlySpan<Token> tokens, int from)
    {
        Token first = tokens[from];
        char c = text[first.Start];
        if (first.Kind == TokenKind.Symbol && c is '\u2022' or '\u00B7' or '\u25AA' or '\u25E6' or '\u2023' or '\u25CF' or '\u25A0' or '\u25BA' or '\u25B6' or '*')
        {
            return true;
        }

        if (first.Kind == TokenKind.Punctuation && c is '-' or '\u2013' or '\u2014' && first.Length == 1)
        {
            return true;
        }

        if (first.Kind == TokenKind.Number && first.Length <= 3 && from + 1 < tokens.Length && tokens[from + 1].Start == first.End
            && text[tokens[from + 1].Start] is '.' or ')')
        {
            return true;
        }

        if (first.Kind != TokenKind.Word || !char.IsUpper(c))
        {
            return false;
        }

        int words = 0;
        int depth = 0;
        for (int k = from; k < tokens.Length && k < from + 16; k++)
        {
            Token t = tokens[k];
            if (k > from && NewlinesBetween(text, tokens[k - 1].End, t.Start) > 0)
            {
                return false;
            }

            if (t.Kind == TokenKind.OpenBracket)
            {
                depth++;
                continue;
            }

            if (t.Kind == TokenKind.CloseBracket)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (t.Kind == TokenKind.Punctuation && text[t.Start] == ':')
            {
                return words > 0;
            }

            if (t.Kind != TokenKind.Word || ++words > 4)
            {
                return false;
            }

            if (!char.IsUpper(text[t.Start]) && !FunctionWords.Contains(text.AsSpan(t.Start, t.Length)))
            {
                return false;
            }
        }

        return false;
    }
}
