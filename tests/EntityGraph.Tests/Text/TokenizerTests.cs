using System;
using System.Collections.Generic;
using System.Text;
using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests.Text;

public class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new();

    internal static List<Token> Tokens(string text)
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), list);
        return list;
    }

    /// <summary>Token texts joined by single spaces (token texts never contain white space).</summary>
    internal static string Render(string text)
    {
        var sb = new StringBuilder();
        foreach (Token t in Tokens(text))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(text, t.Start, t.Length);
        }

        return sb.ToString();
    }

    private static string RenderKinds(string text)
    {
        var sb = new StringBuilder();
        foreach (Token t in Tokens(text))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(text, t.Start, t.Length).Append('/').Append(t.Kind);
        }

        return sb.ToString();
    }

    // Hyphens and apostrophes inside names.
    [TestCase("that Ma-er-quo-fu [sic] has not left Alma-Ata [Almaty] recently", "that Ma-er-quo-fu [ sic ] has not left Alma-Ata [ Almaty ] recently")]
    [TestCase("the Zhang Hanfu-Chervonenko talks.", "the Zhang Hanfu-Chervonenko talks .")]
    [TestCase("Mr. O'Brien and O’Neill met d'Estaing.", "Mr. O'Brien and O’Neill met d'Estaing .")]
    [TestCase("Massive Illegal Cross-Border Flight", "Massive Illegal Cross-Border Flight")]
    [TestCase("SHENYANG, China--North Korean agents", "SHENYANG , China -- North Korean agents")]
    [TestCase("rock - paper", "rock - paper")]
    [TestCase("a well- known", "a well - known")]
    // Possessives and clitics.
    [TestCase("China’s Communist Party leaders", "China ’s Communist Party leaders")]
    [TestCase("Japan summoned China's ambassador", "Japan summoned China 's ambassador")]
    [TestCase("the Soviets' reply", "the Soviets ' reply")]
    [TestCase("the entrants’ reluctance", "the entrants ’ reluctance")]
    [TestCase("I won’t repeat; I don't think so; we can't.", "I won’t repeat ; I don't think so ; we can't .")]
    [TestCase("it's what they'd say, I'm sure we'll, they're, we've", "it 's what they 'd say , I 'm sure we 'll , they 're , we 've")]
    [TestCase("CHINA'S ROLE", "CHINA 'S ROLE")]
    [TestCase("the 1990's and the U.N.'s report", "the 1990 's and the U.N. 's report")]
    [TestCase("'Representations concerning the Flight'", "' Representations concerning the Flight '")]
    [TestCase("Xinjiang's Border Areas", "Xinjiang 's Border Areas")]
    // Abbreviations and initials.
    [TestCase("Mr. Kong tells reporters", "Mr. Kong tells reporters")]
    [TestCase("At 6:00 p.m. on the 29th of [April], the", "At 6:00 p.m. on the 29th of [ April ] , the")]
    [TestCase("Date: 8 June 1962, 5:00 p.m.", "Date : 8 June 1962 , 5:00 p.m.")]
    [TestCase("The U.N. Human Rights Council", "The U.N. Human Rights Council")]
    [TestCase("in a U.S. consulate. Then", "in a U.S. consulate . Then")]
    [TestCase("the U.S.S.R. and i.e. e.g. a.m.", "the U.S.S.R. and i.e. e.g. a.m.")]
    [TestCase("[Stepan V.] Chervonenko", "[ Stepan V. ] Chervonenko")]
    [TestCase("Beijing allowing N. Korean officials", "Beijing allowing N. Korean officials")]
    [TestCase("Mrs. Dr. Gen. Col. Lt. St. Inc. Co. Corp. Jr. vs. etc.", "Mrs. Dr. Gen. Col. Lt. St. Inc. Co. Corp. Jr. vs. etc.")]
    [TestCase("Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.", "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.")]
    [TestCase("in May. He", "in May . He")]
    [TestCase("Document No. 5 says no. Then", "Document No. 5 says no . Then")]
    [TestCase("see p. 28 and Smith et al.", "see p. 28 and Smith et al.")]
    [TestCase("the border.", "the border .")]
    [TestCase("and so on etc...", "and so on etc ...")]
    // Numbers and dates.
    [TestCase("08-10-14, 14:20", "08-10-14 , 14:20")]
    [TestCase("on 1962-06-08 at 5:00 and 10/14/50", "on 1962-06-08 at 5:00 and 10/14/50")]
    [TestCase("3.5 percent of 1,000 and 1,000,000 people", "3.5 percent of 1,000 and 1,000,000 people")]
    [TestCase("in 1962.", "in 1962 .")]
    [TestCase("on 24.III.50 and 3.V.1951", "on 24.III.50 and 3.V.1951")]
    [TestCase("items 1,2,3", "items 1 , 2 , 3")]
    [TestCase("19 May on the", "19 May on the")]
    [TestCase("1962-yili Sovet", "1962-yili Sovet")]
    [TestCase("PRC FMA 118-01154-05, 28.", "PRC FMA 118-01154-05 , 28 .")]
    [TestCase("$5.5 million, 20%", "$ 5.5 million , 20 %")]
    [TestCase("ratio 1:1000", "ratio 1 : 1000")]
    // Brackets, quotes, ellipses, dashes, symbols.
    [TestCase("To: Wulumuqi [Urumqi] [...] Level", "To : Wulumuqi [ Urumqi ] [ ... ] Level")]
    [TestCase("“informed sources in Tokyo familiar with China,” said", "“ informed sources in Tokyo familiar with China , ” said")]
    [TestCase("now . . . but", "now . . . but")]
    [TestCase("wait… what", "wait … what")]
    [TestCase("—The Soviet Union—", "— The Soviet Union —")]
    [TestCase("1962–1965 and 1962 – 1965", "1962 – 1965 and 1962 – 1965")]
    [TestCase("By KOICHIRO ISHIDA/ Correspondent", "By KOICHIRO ISHIDA / Correspondent")]
    [TestCase("  • 1", "• 1")]
    [TestCase("and/or {x}", "and / or { x }")]
    [TestCase("Really?! No!!", "Really ?! No !!")]
    [TestCase("\"Hi,\" he said", "\" Hi , \" he said")]
    [TestCase("AT&T and R&D & co", "AT&T and R&D & co")]
    // URLs and e-mail.
    [TestCase("Kraus. https://wilson-center-digital-archive.dvincitest.com/document/118189", "Kraus . https://wilson-center-digital-archive.dvincitest.com/document/118189")]
    [TestCase("(see https://en.wikipedia.org/wiki/Yumin_(county)).", "( see https://en.wikipedia.org/wiki/Yumin_(county) ) .")]
    [TestCase("at www.voanews.com, or mail news@voanews.com.", "at www.voanews.com , or mail news@voanews.com .")]
    [TestCase("sold on Amazon.com today", "sold on Amazon.com today")]
    [TestCase("@user #tag", "@ user # tag")]
    public void Tokenize_RealisticText_GivesExpectedTokens(string text, string expected)
    {
        Assert.That(Render(text), Is.EqualTo(expected));
    }

    [TestCase("Alma-Ata", "Alma-Ata/Word")]
    [TestCase("1962-yili", "1962-yili/Alphanumeric")]
    [TestCase("29th", "29th/Alphanumeric")]
    [TestCase("G7", "G7/Alphanumeric")]
    [TestCase("08-10-14", "08-10-14/Number")]
    [TestCase("24.III.50", "24.III.50/Number")]
    [TestCase("5:00 p.m.", "5:00/Number p.m./Word")]
    [TestCase("China’s", "China/Word ’s/Word")]
    [TestCase("Soviets'", "Soviets/Word '/Quote")]
    [TestCase("( ) [ ] { }", "(/OpenBracket )/CloseBracket [/OpenBracket ]/CloseBracket {/OpenBracket }/CloseBracket")]
    [TestCase("\" ' “ ” ‘ ’ « » `", "\"/Quote '/Quote “/Quote ”/Quote ‘/Quote ’/Quote «/Quote »/Quote `/Quote")]
    [TestCase(". , ; : ! ? ... … — – -- -", "./Punctuation ,/Punctuation ;/Punctuation :/Punctuation !/Punctuation ?/Punctuation .../Punctuation …/Punctuation —/Punctuation –/Punctuation --/Punctuation -/Punctuation")]
    [TestCase("/ & % $ • @ # + =", "//Symbol &/Symbol %/Symbol $/Symbol •/Symbol @/Symbol #/Symbol +/Symbol =/Symbol")]
    [TestCase("https://x.org/a a@b.com", "https://x.org/a/Symbol a@b.com/Symbol")]
    [TestCase("U.N. V.", "U.N./Word V./Word")]
    public void Tokenize_Kinds_AreExpected(string text, string expected)
    {
        Assert.That(RenderKinds(text), Is.EqualTo(expected));
    }

    [Test]
    public void Tokenize_SeedSentence_GivesExactSpans()
    {
        const string text = "Mr. Kong tells China’s U.N. envoy.";
        Token[] expected =
        [
            new(0, 3, TokenKind.Word), new(4, 4, TokenKind.Word), new(9, 5, TokenKind.Word), new(15, 5, TokenKind.Word),
            new(20, 2, TokenKind.Word), new(23, 4, TokenKind.Word), new(28, 5, TokenKind.Word), new(33, 1, TokenKind.Punctuation),
        ];
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [Test]
    public void Tokenize_Region_OffsetsIndexWholeText()
    {
        const string text = "skip me|Zhang [Hanfu]";
        var list = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(8, text.Length), list);
        Assert.That(list, Is.EqualTo(new Token[]
        {
            new(8, 5, TokenKind.Word), new(14, 1, TokenKind.OpenBracket), new(15, 5, TokenKind.Word), new(20, 1, TokenKind.CloseBracket),
        }));
    }

    [Test]
    public void Tokenize_Span_AddsOffset()
    {
        var list = new List<Token>();
        Tokenizer.Tokenize("Zhang:".AsSpan(), 100, list);
        Assert.That(list, Is.EqualTo(new Token[] { new(100, 5, TokenKind.Word), new(105, 1, TokenKind.Punctuation) }));
    }

    [Test]
    public void Tokenize_RegionOutsideText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tokenizer.Tokenize("abc", new TextSpan(1, 5), []));
    }

    [Test]
    public void Tokenize_ExtraAbbreviation_KeepsPeriod()
    {
        var tok = new Tokenizer(["Sec"]);
        var list = new List<Token>();
        tok.Tokenize("Sec. Rusk", new TextSpan(0, 9), list);
        Assert.That(list[0], Is.EqualTo(new Token(0, 4, TokenKind.Word)));
    }

    // Unicode.
    [TestCase("Zürich und Ḥasan", "Zürich und Ḥasan")]
    [TestCase("Cafe\u0301 noir", "Cafe\u0301 noir")]
    [TestCase("Москва и Пекин.", "Москва и Пекин .")]
    [TestCase("北京。", "北京 。")]
    [TestCase("שלום עולם", "שלום עולם")]
    [TestCase("مرحبا، العالم", "مرحبا ، العالم")]
    [TestCase("I ❤️ Beijing 👍🏽!", "I ❤️ Beijing 👍🏽 !")]
    [TestCase("family 👨‍👩‍👧 flag 🇨🇳🇯🇵", "family 👨‍👩‍👧 flag 🇨🇳 🇯🇵")]
    [TestCase("math 𝐀𝐁𝐂 ok", "math 𝐀𝐁𝐂 ok")]
    [TestCase("a\u0000b\u0007c", "a b c")]
    [TestCase("zero\u200Bwidth\uFEFFbom", "zero width bom")]
    [TestCase("line\r\nnext\tend", "line next end")]
    [TestCase("", "")]
    [TestCase(" \t\r\n ", "")]
    public void Tokenize_Unicode_GivesExpectedTokens(string text, string expected)
    {
        Assert.That(Render(text), Is.EqualTo(expected));
    }

    [Test]
    public void Tokenize_LoneSurrogates_AreSymbols()
    {
        string text = "a\uD800b\uDC00";
        Assert.That(RenderKinds(text), Is.EqualTo("a/Word \uD800/Symbol b/Word \uDC00/Symbol"));
    }
}
