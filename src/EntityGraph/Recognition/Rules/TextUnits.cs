using System;
using System.Collections.Generic;
using EntityGraph.Text;

namespace EntityGraph.Recognition.Rules;

/// <summary>What a <see cref="TextUnit"/> is.</summary>
internal enum UnitKind : byte
{
    Word,
    Number,
    Punctuation,
    OpenBracket,
    CloseBracket,
    Quote,
    Possessive,
    Other,
}

/// <summary>A word as the rules see it: tokens glued without space into one unit (<c>Mr.</c>, <c>U.N.</c>, <c>Alma-Ata</c>, <c>O'Brien</c>).</summary>
internal readonly record struct TextUnit(int Start, int End, UnitKind Kind, bool Capitalized, bool AllCaps, bool LineStart)
{
    internal int Length => End - Start;
}

/// <summary>
/// Regroups a document's tokens into units so that the rules behave the same whether the tokenizer keeps
/// <c>U.S.</c>, <c>Mr.</c>, <c>Alma-Ata</c> as one token or splits them; possessive <c>'s</c> is always its own unit.
/// </summary>
internal static class TextUnits
{
    private static readonly WordSet Abbreviations = new(
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Capt", "Gov", "Sen", "Rep", "Prof", "Messrs", "Adm", "Sgt", "Maj", "Mt", "Ft", "Rev", "Amb");

    internal static TextUnit[] Build(TokenizedDocument document)
    {
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens;
        var units = new List<TextUnit>(tokens.Length);
        int i = 0;
        while (i < tokens.Length)
        {
            Token t = tokens[i];
            bool lineStart = IsLineStart(text, t.Start);
            char c0 = text[t.Start];
            if (IsApostrophe(c0) && t.Length >= 2 && (text[t.Start + 1] == 's' || text[t.Start + 1] == 'S'))
            {
                units.Add(new TextUnit(t.Start, t.End, UnitKind.Possessive, false, false, lineStart));
                i++;
                continue;
            }

            if (t.Kind is TokenKind.Word or TokenKind.Alphanumeric && char.IsLetter(c0))
            {
                int end = t.End;
                int j = i + 1;
                while (j < tokens.Length && tokens[j].Start == end)
                {
                    Token n = tokens[j];
                    char nc = text[n.Start];
                    if (n.Kind is TokenKind.Word or TokenKind.Alphanumeric or TokenKind.Number && !IsApostrophe(nc))
                    {
                        end = n.End;
                        j++;
                        continue;
                    }

                    if (n.Length == 1 && (nc == '-' || IsApostrophe(nc)) && j + 1 < tokens.Length && tokens[j + 1].Start == n.End && char.IsLetter(text[tokens[j + 1].Start]))
                    {
                        Token after = tokens[j + 1];
                        if (IsApostrophe(nc) && (after.Length == 1 && (text[after.Start] is 's' or 'S')) && !NextIsLetter(text, after.End))
                        {
                            break;
                        }

                        end = after.End;
                        j += 2;
                        continue;
                    }

                    if (n.Length == 1 && nc == '.' && AbsorbsPeriod(text.AsSpan(t.Start, end - t.Start)))
                    {
                        end = n.End;
                        j++;
                        continue;
                    }

                    break;
                }

                ReadOnlySpan<char> word = text.AsSpan(t.Start, end - t.Start);
                units.Add(new TextUnit(t.Start, end, UnitKind.Word, char.IsUpper(c0), IsAllCaps(word), lineStart));
                i = j;
                continue;
            }

            UnitKind kind = t.Kind switch
            {
                TokenKind.Number => UnitKind.Number,
                TokenKind.Punctuation => UnitKind.Punctuation,
                TokenKind.OpenBracket => UnitKind.OpenBracket,
                TokenKind.CloseBracket => UnitKind.CloseBracket,
                TokenKind.Quote => UnitKind.Quote,
                _ => UnitKind.Other,
            };
            units.Add(new TextUnit(t.Start, t.End, kind, false, false, lineStart));
            i++;
        }

        return units.ToArray();
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    internal static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        int upper = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2;
    }

    private static bool NextIsLetter(string text, int index) => index < text.Length && char.IsLetter(text[index]);

    // A period belongs to the word before it for initials (V.), letter-dot abbreviations (U.N., U.S.) and titles (Mr.).
    private static bool AbsorbsPeriod(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return true;
        }

        if (word.Length >= 2 && word[^2] == '.' && char.IsLetter(word[^1]))
        {
            return true;
        }

        return Abbreviations.Contains(word);
    }

    private static bool IsLineStart(string text, int position)
    {
        for (int k = position - 1; k >= 0; k--)
        {
            char c = text[k];
            if (c == '\n')
            {
                return true;
            }

            if (c is not (' ' or '\t' or '\r' or '\u00A0' or '\u2022'))
            {
                return false;
            }
        }

        return true;
    }
}
