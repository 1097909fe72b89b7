using System;
using System.Collections.Generic;

namespace EntityGraph.Text;

/// <summary>
/// EntityGraph's default sentence splitter (placeholder: ends sentences at <c>. ! ?</c> and blank lines;
/// to be replaced by the abbreviation-aware splitter). Thread-safe.
/// </summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <inheritdoc />
    public void Split(string text, ReadOnlySpan<Token> tokens, int firstTokenIndex, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        int start = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            bool end = i == tokens.Length - 1;
            if (!end)
            {
                char c = text[tokens[i].Start];
                end = tokens[i].Length == 1 && (c == '.' || c == '!' || c == '?');
                if (!end)
                {
                    int gapNewlines = 0;
                    for (int k = tokens[i].End; k < tokens[i + 1].Start; k++)
                    {
                        if (text[k] == '\n')
                        {
                            gapNewlines++;
                        }
                    }

                    end = gapNewlines >= 2;
                }
            }

            if (end)
            {
                output.Add(new Sentence(new TextSpan(tokens[start].Start, tokens[i].End), firstTokenIndex + start, i - start + 1));
                start = i + 1;
            }
        }
    }
}
