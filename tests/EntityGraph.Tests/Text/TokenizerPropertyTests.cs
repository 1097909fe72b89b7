using System;
using System.Collections.Generic;
using System.Text;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Text;

public class TokenizerPropertyTests
{
    private static readonly string[] Fragments =
    [
        "China’s", "U.N.", "Mr.", "p.m.", "Alma-Ata", "O'Brien", "Soviets'", "won't", "1,000", "3.5", "08-10-14", "5:00",
        "24.III.50", "10/14/50", "https://example.org/a_(b)", "www.x.com", "a@b.org", "...", "…", ". . .", "--", "—", "–",
        "[", "]", "(", ")", "{", "}", "“", "”", "‘", "’", "\"", "'", "`", "•", "/", "&", "%", "$", "@", "#", "e\u0301",
        "\u0301", "\u20DD", "👍🏽", "👨‍👩‍👧", "🇨🇳", "❤️", "\uD800", "\uDC00", "\uDBFF\uDFFF", "𝐀𝐁", "שלום", "مرحبا", "\u200F",
        "\u202E", "\u200D", "\u200C", "\u00AD", "\u200B", "\uFEFF", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085",
        "\u2028", "\u2029", "\r\n", "\n", "\r", "\t", " ", "\u00A0", "\u3000", "Москва", "北京。", "Zhang:", "V.", "No.",
        "'s", "n't", "-", ".", ",", ":", "?!", "Advertisement\n", "\n\n", "  • 1\n", "x-", "-x", "'", "1.", ".5", "a.b",
        "U.S.-China", "AT&T", "1962-yili", "\uFFFD", "\uFFFF", "\uE000",
    ];

    private static IEnumerable<string> Strings()
    {
        var random = new Random(20260101);
        yield return string.Empty;
        yield return " ";
        yield return "\r\n\r\n";
        yield return new string('a', 100_000);
        yield return new string('.', 5000);
        yield return new string('-', 5000);
        yield return string.Concat(System.Linq.Enumerable.Repeat("a,", 5000));
        yield return string.Concat(System.Linq.Enumerable.Repeat("U.", 3000));
        yield return string.Concat(System.Linq.Enumerable.Repeat("1,000", 3000));
        for (int n = 0; n < 2000; n++)
        {
            var sb = new StringBuilder();
            int parts = random.Next(0, 40);
            for (int p = 0; p < parts; p++)
            {
                switch (random.Next(4))
                {
                    case 0:
                        sb.Append(Fragments[random.Next(Fragments.Length)]);
                        break;
                    case 1:
                        sb.Append((char)random.Next(0, 0x10000));
                        break;
                    case 2:
                        sb.Append((char)random.Next(0, 0x80));
                        break;
                    default:
                        sb.Append(Fragments[random.Next(Fragments.Length)]).Append(' ');
                        break;
                }
            }

            yield return sb.ToString();
        }
    }

    [Test]
    public void Tokenize_GeneratedStrings_TokensTileNonSpaceCharacters()
    {
        int checkedStrings = 0;
        foreach (string text in Strings())
        {
            List<Token> tokens = TokenizerTests.Tokens(text);
            var covered = new bool[text.Length];
            int previousEnd = 0;
            foreach (Token t in tokens)
            {
                bool splitPair = (t.Start > 0 && char.IsHighSurrogate(text[t.Start - 1]) && char.IsLowSurrogate(text[t.Start]))
                    || (t.End < text.Length && char.IsHighSurrogate(text[t.End - 1]) && char.IsLowSurrogate(text[t.End]));
                if (t.Length <= 0 || t.Start < previousEnd || t.End > text.Length || splitPair)
                {
                    Assert.Fail("token " + t + " is empty, out of order, overlapping, outside the text or splits a surrogate pair: " + Describe(text));
                }

                previousEnd = t.End;
                for (int k = t.Start; k < t.End; k++)
                {
                    if (char.IsWhiteSpace(text[k]) || char.IsControl(text[k]))
                    {
                        Assert.Fail("white space or control inside a token: " + Describe(text));
                    }

                    covered[k] = true;
                }
            }

            for (int k = 0; k < text.Length; k++)
            {
                if (covered[k] == CharInfo.IsIgnorable(text[k]))
                {
                    Assert.Fail("coverage at " + k + ": " + Describe(text));
                }
            }

            checkedStrings++;
        }

        Assert.That(checkedStrings, Is.EqualTo(2009));
    }

    [Test]
    public void Analyze_GeneratedStrings_SentencesTileTokens()
    {
        foreach (string text in Strings())
        {
            TokenizedDocument doc = TextAnalyzer.Default.Analyze(Document.FromText(text));
            int next = 0;
            foreach (Sentence s in doc.Sentences)
            {
                if (s.FirstToken != next || s.TokenCount <= 0 || s.Span.Start != doc.Token(s.FirstToken).Start || s.Span.End != doc.Token(s.EndToken - 1).End)
                {
                    Assert.Fail("sentence " + s + " does not continue the tiling at token " + next + ": " + Describe(text));
                }

                next = s.EndToken;
            }

            Assert.That(next, Is.EqualTo(doc.TokenCount), "every token in exactly one sentence: " + Describe(text));
            foreach (TextSpan skipped in doc.SkippedLines)
            {
                int first = doc.TokenIndexAtOrAfter(skipped.Start);
                if (first < doc.TokenCount && doc.Token(first).Span.Overlaps(skipped))
                {
                    Assert.Fail("token inside a skipped line: " + Describe(text));
                }
            }
        }
    }

    private static string Describe(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text.Length > 200 ? text[..200] : text)
        {
            if (c < 0x20 || c > 0x7E)
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
