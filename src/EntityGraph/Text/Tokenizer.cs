using System.Collections.Generic;

namespace EntityGraph.Text;

/// <summary>
/// EntityGraph's default tokenizer (placeholder: splits on white space and punctuation; to be replaced
/// by the full non-destructive tokenizer). Thread-safe.
/// </summary>
public sealed class Tokenizer : ITokenizer
{
    /// <inheritdoc />
    public void Tokenize(string text, TextSpan region, List<Token> output)
    {
        System.ArgumentNullException.ThrowIfNull(text);
        System.ArgumentNullException.ThrowIfNull(output);
        int i = region.Start;
        while (i < region.End)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                bool digits = true;
                while (i < region.End && char.IsLetterOrDigit(text[i]))
                {
                    digits &= char.IsDigit(text[i]);
                    i++;
                }

                output.Add(new Token(start, i - start, digits ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            i++;
            TokenKind kind = c switch
            {
                '(' or '[' or '{' => TokenKind.OpenBracket,
                ')' or ']' or '}' => TokenKind.CloseBracket,
                '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' => TokenKind.Quote,
                '.' or ',' or ';' or ':' or '!' or '?' or '-' or '\u2014' or '\u2013' => TokenKind.Punctuation,
                _ => TokenKind.Symbol,
            };
            output.Add(new Token(start, 1, kind));
        }
    }
}
