using System;
using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Text;

namespace EntityGraph.Relations;

/// <summary>One element of a sentence as the relation patterns see it: a word or a whole mention.</summary>
internal readonly record struct Element
{
    /// <summary>Index of the mention in the document's mention list, or -1 for a word.</summary>
    public int Mention { get; init; }

    /// <summary>Entity type when <see cref="IsMention"/>.</summary>
    public EntityType Type { get; init; }

    /// <summary>Lower-case word text (<c>'s</c> for a possessive, the character for punctuation); the mention text for mentions.</summary>
    public string Lower { get; init; }

    /// <summary>Start in the document text.</summary>
    public int Start { get; init; }

    /// <summary>End in the document text, exclusive.</summary>
    public int End { get; init; }

    /// <summary>Whether the word starts with an upper-case letter.</summary>
    public bool Capitalized { get; init; }

    /// <summary>Whether only white space lies between the start of its line and the element.</summary>
    public bool LineStart { get; init; }

    /// <summary>Whether this is a mention rather than a word.</summary>
    public bool IsMention => Mention >= 0;

    /// <summary>Whether this is the word <paramref name="w"/>.</summary>
    public bool Is(string w) => Mention < 0 && string.Equals(Lower, w, StringComparison.Ordinal);

    /// <summary>Whether this is a mention of type <paramref name="t"/>.</summary>
    public bool IsMentionOf(EntityType t) => Mention >= 0 && Type == t;
}

/// <summary>
/// Splits a sentence into words and mentions. Words are read from the characters between mentions, not
/// from the tokenizer's tokens, so the patterns do not depend on how a tokenizer splits <c>China's</c>,
/// <c>U.S.</c> or brackets. Editorial square brackets are dropped (they complete names and dates).
/// </summary>
internal static class SentenceElements
{
    public static void Build(string text, TextSpan sentence, IReadOnlyList<Mention> mentions, int firstMention, List<Element> output)
    {
        output.Clear();
        int pos = sentence.Start;
        int mi = firstMention;
        while (pos < sentence.End)
        {
            int next = sentence.End;
            if (mi < mentions.Count && mentions[mi].Start < sentence.End)
            {
                next = Math.Max(pos, mentions[mi].Start);
            }

            ScanWords(text, pos, next, output);
            if (mi < mentions.Count && mentions[mi].Start < sentence.End)
            {
                Mention m = mentions[mi];
                output.Add(new Element
                {
                    Mention = mi,
                    Type = m.Type,
                    Lower = m.Text,
                    Start = m.Start,
                    End = m.End,
                    Capitalized = true,
                    LineStart = AtLineStart(text, m.Start),
                });
                pos = Math.Max(pos, m.End);
                mi++;
            }
            else
            {
                pos = sentence.End;
            }
        }
    }

    private static void ScanWords(string text, int from, int to, List<Element> output)
    {
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == '[' || c == ']')
            {
                i++;
                continue;
            }

            int start = i;
            if (IsApostrophe(c) && i + 1 < to && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= to || !char.IsLetter(text[i + 2])))
            {
                output.Add(Word(text, start, i + 2, "'s"));
                i += 2;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < to)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if ((d == '-' || d == '.') && i + 1 < to && char.IsLetter(text[i + 1]) && (d == '-' || i + 2 >= to || !char.IsLetter(text[i + 2])))
                    {
                        // Inner hyphens (director-general) and one-letter abbreviation parts (U.S.) stay in the word.
                        i += 2;
                    }
                    else if (IsApostrophe(d) && i + 1 < to && char.IsLetter(text[i + 1]) && !((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= to || !char.IsLetter(text[i + 2]))))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                output.Add(Word(text, start, i, text.Substring(start, i - start).ToLowerInvariant()));
                continue;
            }

            i++;
            string p = c switch
            {
                '\u2014' or '\u2013' => "-",
                '\u201C' or '\u201D' => "\"",
                '\u2018' or '\u2019' => "'",
                _ => c.ToString(),
            };
            output.Add(Word(text, start, i, p));
        }
    }

    private static Element Word(string text, int start, int end, string lower) => new()
    {
        Mention = -1,
        Lower = lower,
        Start = start,
        End = end,
        Capitalized = char.IsUpper(text[start]),
        LineStart = AtLineStart(text, start),
    };

    private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    private static bool AtLineStart(string text, int position)
    {
        for (int k = position - 1; k >= 0; k--)
        {
            char c = text[k];
            if (c == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) && c != '[')
            {
                return false;
            }
        }

        return true;
    }
}
