using System;
using System.Collections.Generic;
using System.Globalization;

namespace EntityGraph.Text;

/// <summary>
/// EntityGraph's default tokenizer. It never changes the text: every token is a start and a length in
/// the original string, white space and control characters belong to no token, and every other
/// character belongs to exactly one token. It uses no regular expressions and allocates nothing per
/// token. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Choices that later stages rely on:</para>
/// <list type="bullet">
/// <item><b>Hyphens</b> between letters or digits join: <c>Alma-Ata</c>, <c>Ma-er-quo-fu</c>,
/// <c>Hanfu-Chervonenko</c>, <c>Cross-Border</c> are one <see cref="TokenKind.Word"/>; <c>1962-yili</c> is one
/// <see cref="TokenKind.Alphanumeric"/>. A hyphen with a space or another hyphen beside it is punctuation
/// (<c>China--North</c> gives <c>China</c>, <c>--</c>, <c>North</c>).</item>
/// <item><b>Apostrophes</b> inside names join (<c>O'Brien</c>, <c>Qur'an</c>). The English clitics
/// <c>'s 'd 'm 're 've 'll</c> (straight or curly apostrophe, any case) are split off as their own
/// <see cref="TokenKind.Word"/> token: <c>China’s</c> gives <c>China</c> + <c>’s</c>, <c>U.N.'s</c> gives
/// <c>U.N.</c> + <c>'s</c>. Negative contractions stay whole (<c>won't</c>, <c>don’t</c>) because splitting
/// them leaves non-words such as <c>wo</c> and <c>ca</c>. A trailing apostrophe (<c>Soviets'</c>) is a
/// separate <see cref="TokenKind.Quote"/> token, since it cannot be told apart from a closing quote.</item>
/// <item><b>Periods</b>: initialisms (<c>U.N.</c>, <c>U.S.S.R.</c>, <c>p.m.</c>, <c>i.e.</c>), known
/// abbreviations (<c>Mr.</c>, <c>Gen.</c>, <c>Jan.</c>, <c>Inc.</c>, <c>etc.</c>; see
/// <see cref="DefaultAbbreviations"/>) and single capital initials (<c>V.</c>) keep their period; any
/// other word is followed by a separate <c>.</c> token. <c>No.</c>, <c>p.</c>, <c>pp.</c>, <c>Vol.</c>,
/// <c>Fig.</c>, <c>Art.</c> keep it only before a number. Two or more periods (<c>...</c>) and <c>…</c> are one
/// <see cref="TokenKind.Punctuation"/> token; spaced <c>. . .</c> is three.</item>
/// <item><b>Numbers</b> keep inner separators when digits follow: decimals and dotted groups (<c>3.5</c>),
/// thousands (<c>1,000</c>, exactly three digits after the comma), times (<c>5:00</c>, <c>14:20</c>, exactly
/// two digits after the colon), slashed and hyphenated dates (<c>10/14/50</c>, <c>08-10-14</c>,
/// <c>1962-06-08</c>) and dotted dates with a Roman month (<c>24.III.50</c>); all of these are one
/// <see cref="TokenKind.Number"/>. Digits mixed with letters (<c>29th</c>, <c>G7</c>, <c>1990s</c>) are
/// <see cref="TokenKind.Alphanumeric"/>.</item>
/// <item><b>URLs</b> (<c>scheme://...</c>, <c>www.</c>...) and <b>e-mail addresses</b> are one
/// <see cref="TokenKind.Symbol"/> token, without trailing sentence punctuation or an unbalanced closing
/// bracket. Names ending in <c>.com .org .net .gov .edu .int</c> (<c>Amazon.com</c>) are one Word.</item>
/// <item>Brackets are <see cref="TokenKind.OpenBracket"/> / <see cref="TokenKind.CloseBracket"/>; quotes
/// (straight, curly, guillemets, backtick) are one <see cref="TokenKind.Quote"/> token each. Dashes
/// (<c>—</c>, <c>–</c>, a lone <c>-</c>, runs such as <c>--</c>) are <see cref="TokenKind.Punctuation"/>, a
/// run counting as one token; runs of <c>!</c>/<c>?</c> are one token. <c>/</c>, <c>&amp;</c>, <c>%</c>,
/// <c>$</c>, <c>•</c>, <c>@</c>, <c>#</c> and emoji are <see cref="TokenKind.Symbol"/>; <c>AT&amp;T</c>-style
/// letter&amp;letter is one Word.</item>
/// <item>Unicode: letters of any script form words; combining marks stay with the character before them;
/// a surrogate pair is never split; an emoji keeps its variation selector, skin-tone modifier and
/// zero-width-joiner sequence; flags (two regional indicators) are one token.</item>
/// </list>
/// </remarks>
public sealed class Tokenizer : ITokenizer
{
    /// <summary>
    /// Abbreviations (without their period) whose period belongs to the word. Matched ignoring case.
    /// </summary>
    public static IReadOnlyList<string> DefaultAbbreviations { get; } =
    [
        // Titles and ranks.
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Gens", "Lt", "Lieut", "Col", "Capt", "Maj",
        "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Rep", "Reps", "Sen", "Sens", "Gov", "Pres", "Rev", "Hon",
        "Amb", "Supt", "Fr", "St", "Mt", "Ft", "Jr", "Sr",

        // Organisations and addresses.
        "Inc", "Co", "Corp", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Govt", "Intl",

        // Latin and scholarly.
        "vs", "etc", "al", "approx", "cf", "viz", "ca", "esp", "incl", "est",

        // Months (not May, June, July).
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",

        // U.S. states in newspaper style, leaving out those that are also common words.
        "Calif", "Ariz", "Fla", "Ga", "Md", "Mich", "Minn", "Pa", "Va", "Conn", "Tenn", "Tex", "Okla", "Colo", "Wis",
        "Ky", "Neb", "Nev", "Ala", "Ark", "Kan", "Mont", "Vt", "Wyo",
    ];

    /// <summary>Abbreviations that keep their period only when a number follows (<c>No. 5</c>, <c>p. 28</c>).</summary>
    public static IReadOnlyList<string> NumberAbbreviations { get; } = ["No", "Nos", "p", "pp", "Vol", "Vols", "Fig", "Figs", "Art"];

    private static readonly WordSet DefaultSet = new(DefaultAbbreviations, ignoreCase: true);
    private static readonly WordSet NumberSet = new(NumberAbbreviations, ignoreCase: true);

    private readonly WordSet _abbreviations;

    /// <summary>Creates the tokenizer with <see cref="DefaultAbbreviations"/>.</summary>
    public Tokenizer()
    {
        _abbreviations = DefaultSet;
    }

    /// <summary>Creates the tokenizer with <see cref="DefaultAbbreviations"/> plus more abbreviations.</summary>
    /// <param name="extraAbbreviations">More abbreviations, without their period (<c>Amb</c>, <c>Sec</c>).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="extraAbbreviations"/> is null.</exception>
    public Tokenizer(IEnumerable<string> extraAbbreviations)
    {
        ArgumentNullException.ThrowIfNull(extraAbbreviations);
        var all = new List<string>(DefaultAbbreviations);
        all.AddRange(extraAbbreviations);
        _abbreviations = new WordSet(all, ignoreCase: true);
    }

    /// <summary>Appends the tokens of <c>text[region]</c> to <paramref name="output"/>, in text order.</summary>
    /// <param name="text">The whole document text.</param>
    /// <param name="region">The part to tokenize.</param>
    /// <param name="output">Receives the tokens, with offsets into <paramref name="text"/>.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="region"/> is not inside <paramref name="text"/>.</exception>
    public void Tokenize(string text, TextSpan region, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        if (region.Start < 0 || region.End > text.Length || region.End < region.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, "The region must lie inside the text (length " + text.Length + ").");
        }

        Tokenize(text.AsSpan(region.Start, region.Length), region.Start, output);
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, in text order.</summary>
    /// <param name="text">The characters to tokenize.</param>
    /// <param name="offset">Added to every token start (the index of <c>text[0]</c> in the document).</param>
    /// <param name="output">Receives the tokens.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="output"/> is null.</exception>
    public void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int i = 0;
        while (i < text.Length)
        {
            if (CharInfo.IsIgnorable(text[i]))
            {
                i++;
                continue;
            }

            int end = Next(text, i, out TokenKind kind);
            output.Add(new Token(offset + i, end - i, kind));
            i = end;
        }
    }

    /// <summary>Scans one token starting at the non-ignorable character <paramref name="i"/>; returns its end.</summary>
    private int Next(ReadOnlySpan<char> s, int i, out TokenKind kind)
    {
        char c = s[i];
        if (c < 0x80)
        {
            if (char.IsAsciiLetter(c))
            {
                int special = ScanUrl(s, i);
                if (special < 0)
                {
                    special = ScanEmail(s, i);
                }

                if (special > 0)
                {
                    kind = TokenKind.Symbol;
                    return special;
                }

                return ScanWord(s, i, out kind);
            }

            if (char.IsAsciiDigit(c))
            {
                int email = ScanEmail(s, i);
                if (email > 0)
                {
                    kind = TokenKind.Symbol;
                    return email;
                }

                return ScanWord(s, i, out kind);
            }

            return ExtendMarks(s, ScanAsciiPunctuation(s, i, out kind));
        }

        UnicodeCategory cat = CharInfo.CategoryAt(s, i, out int len);
        if (CharInfo.IsLetter(cat) || CharInfo.IsNumber(cat))
        {
            return ScanWord(s, i, out kind);
        }

        if (c == '\u2019')
        {
            int clitic = ScanClitic(s, i);
            if (clitic > 0)
            {
                kind = TokenKind.Word;
                return clitic;
            }
        }

        int end = i + len;
        switch (cat)
        {
            case UnicodeCategory.DashPunctuation:
                kind = TokenKind.Punctuation;
                while (end < s.Length && s[end] == c)
                {
                    end++;
                }

                break;
            case UnicodeCategory.OpenPunctuation:
                kind = TokenKind.OpenBracket;
                break;
            case UnicodeCategory.ClosePunctuation:
                kind = TokenKind.CloseBracket;
                break;
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
                kind = TokenKind.Quote;
                break;
            case UnicodeCategory.OtherPunctuation:
                kind = IsClausePunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                break;
            default:
                kind = TokenKind.Symbol;
                if (IsRegionalIndicator(s, i) && IsRegionalIndicator(s, end))
                {
                    end += 2;
                }

                break;
        }

        return ExtendMarks(s, end);
    }

    private static bool IsClausePunctuation(char c) =>
        c is '\u2026' or '\u00A1' or '\u00BF' or '\u00B7' or '\u3001' or '\u3002' or '\uFF01' or '\uFF0C' or '\uFF1A'
            or '\uFF1B' or '\uFF1F' or '\u061F' or '\u060C' or '\u061B' or '\u0964' or '\u0965' or '\u203C' or '\u2047'
            or '\u2048' or '\u2049';

    private static bool IsRegionalIndicator(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && s[i] == '\uD83C' && s[i + 1] >= '\uDDE6' && s[i + 1] <= '\uDDFF';

    private int ScanAsciiPunctuation(ReadOnlySpan<char> s, int i, out TokenKind kind)
    {
        char c = s[i];
        int end = i + 1;
        switch (c)
        {
            case '.':
                while (end < s.Length && s[end] == '.')
                {
                    end++;
                }

                kind = TokenKind.Punctuation;
                return end;
            case '-':
                while (end < s.Length && s[end] == '-')
                {
                    end++;
                }

                kind = TokenKind.Punctuation;
                return end;
            case '!':
            case '?':
                while (end < s.Length && s[end] is '!' or '?')
                {
                    end++;
                }

                kind = TokenKind.Punctuation;
                return end;
            case ',':
            case ';':
            case ':':
                kind = TokenKind.Punctuation;
                return end;
            case '(':
            case '[':
            case '{':
                kind = TokenKind.OpenBracket;
                return end;
            case ')':
            case ']':
            case '}':
                kind = TokenKind.CloseBracket;
                return end;
            case '\'':
                int clitic = ScanClitic(s, i);
                if (clitic > 0)
                {
                    kind = TokenKind.Word;
                    return clitic;
                }

                kind = TokenKind.Quote;
                return end;
            case '"':
            case '`':
                kind = TokenKind.Quote;
                return end;
            default:
                kind = TokenKind.Symbol;
                return end;
        }
    }

    /// <summary>
    /// At an apostrophe: the end of an English clitic (<c>'s 'd 'm 're 've 'll</c>) attached to the word
    /// before it, or 0.
    /// </summary>
    private static int ScanClitic(ReadOnlySpan<char> s, int i)
    {
        if (i == 0)
        {
            return 0;
        }

        char prev = s[i - 1];
        bool attached = prev == '.' || CharInfo.IsWordCharAt(s, char.IsLowSurrogate(prev) && i >= 2 ? i - 2 : i - 1);
        if (!attached)
        {
            return 0;
        }

        int len = CliticLength(s, i + 1);
        return len > 0 ? i + 1 + len : 0;
    }

    /// <summary>Length of a clitic's letters starting at <paramref name="p"/> (after the apostrophe) when they end the word; else 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> s, int p)
    {
        int n = 0;
        while (n < 3 && p + n < s.Length && char.IsAsciiLetter(s[p + n]))
        {
            n++;
        }

        if (n == 0 || CharInfo.IsWordCharAt(s, p + n))
        {
            return 0;
        }

        char a = (char)(s[p] | 0x20);
        if (n == 1)
        {
            return a is 's' or 'd' or 'm' ? 1 : 0;
        }

        if (n == 2)
        {
            char b = (char)(s[p + 1] | 0x20);
            return (a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e') ? 2 : 0;
        }

        return 0;
    }

    /// <summary>Scans a word or number with its inner joiners and, when it qualifies, its abbreviation period.</summary>
    private int ScanWord(ReadOnlySpan<char> s, int i, out TokenKind kind)
    {
        int j = i;
        int letters = 0, digits = 0;
        int segLetters = 0, segDigits = 0, segStart = i;
        bool joined = false, numberLike = false;
        while (true)
        {
            while (j < s.Length)
            {
                char c = s[j];
                if (c < 0x80)
                {
                    if (char.IsAsciiLetter(c))
                    {
                        letters++;
                        segLetters++;
                        j++;
                        continue;
                    }

                    if (char.IsAsciiDigit(c))
                    {
                        digits++;
                        segDigits++;
                        j++;
                        continue;
                    }

                    break;
                }

                UnicodeCategory cat = CharInfo.CategoryAt(s, j, out int len);
                if (CharInfo.IsLetter(cat))
                {
                    letters++;
                    segLetters++;
                }
                else if (CharInfo.IsNumber(cat))
                {
                    digits++;
                    segDigits++;
                }
                else if (CharInfo.IsMark(cat))
                {
                    // A combining mark stays with the letter before it and counts as neither.
                }
                else if ((c is '\u200C' or '\u200D' or '\u00AD') && CharInfo.IsWordCharAt(s, j + 1))
                {
                    // Joiners and soft hyphens live inside words of several scripts.
                }
                else
                {
                    break;
                }

                j += len;
            }

            if (j + 1 >= s.Length)
            {
                break;
            }

            char sep = s[j];
            bool numeric = segLetters == 0 && segDigits > 0;
            if (CharInfo.IsHyphen(sep))
            {
                if (!CharInfo.IsAlnumAt(s, j + 1))
                {
                    break;
                }

                j++;
            }
            else if (CharInfo.IsApostrophe(sep))
            {
                if (segLetters == 0 || !CharInfo.IsLetterAt(s, j + 1) || CliticLength(s, j + 1) > 0)
                {
                    break;
                }

                j++;
            }
            else if (sep == '.')
            {
                if (numeric && CharInfo.IsDigitAt(s, j + 1))
                {
                    j++;
                    numberLike = true;
                }
                else if (numeric && RomanMonthLength(s, j + 1) is int roman and > 0)
                {
                    j += roman + 2;
                    numberLike = true;
                    segDigits = 1;
                    continue;
                }
                else if (!joined && j - i == 1 && segLetters == 1 && IsSingleLetterThenPeriod(s, j + 1))
                {
                    // Initialism: one letter and a period, repeated (U.N., U.S.S.R., p.m., i.e.).
                    j += 3;
                    while (IsSingleLetterThenPeriod(s, j))
                    {
                        j += 2;
                    }

                    kind = TokenKind.Word;
                    return j;
                }
                else if (segLetters > 0 && segDigits == 0 && TopLevelDomainLength(s, j + 1) is int tld and > 0)
                {
                    j += 1 + tld;
                    joined = true;
                    break;
                }
                else
                {
                    break;
                }
            }
            else if (sep == ',' && numeric && segDigits <= 3 && ThreeDigits(s, j + 1))
            {
                j += 4;
                segDigits = 3;
                numberLike = true;
                continue;
            }
            else if (sep == ':' && numeric && segDigits <= 2 && TwoDigits(s, j + 1))
            {
                j += 3;
                segDigits = 2;
                numberLike = true;
                continue;
            }
            else if (sep == '/' && numeric && CharInfo.IsDigitAt(s, j + 1))
            {
                j++;
                numberLike = true;
            }
            else if (sep == '&' && segLetters > 0 && segDigits == 0 && char.IsAsciiLetterUpper(s[j - 1]) && char.IsAsciiLetterUpper(s[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }

            joined = true;
            segLetters = 0;
            segDigits = 0;
            segStart = j;
        }

        if (letters > 0 && digits > 0)
        {
            kind = numberLike && IsAllRomanLetters(s, i, j) ? TokenKind.Number : TokenKind.Alphanumeric;
        }
        else
        {
            kind = letters > 0 ? TokenKind.Word : TokenKind.Number;
        }

        if (!joined && j < s.Length && s[j] == '.' && kind == TokenKind.Word && !(j + 1 < s.Length && s[j + 1] == '.'))
        {
            ReadOnlySpan<char> word = s.Slice(segStart, j - segStart);
            if ((letters == 1 && char.IsUpper(s[i])) || _abbreviations.Contains(word)
                || (NumberSet.Contains(word) && NumberFollows(s, j + 1)))
            {
                j++;
            }
        }

        return j;
    }

    private static bool IsSingleLetterThenPeriod(ReadOnlySpan<char> s, int p) =>
        p + 1 < s.Length && char.IsLetter(s[p]) && s[p + 1] == '.';

    private static bool ThreeDigits(ReadOnlySpan<char> s, int p) =>
        CharInfo.IsDigitAt(s, p) && CharInfo.IsDigitAt(s, p + 1) && CharInfo.IsDigitAt(s, p + 2) && !CharInfo.IsWordCharAt(s, p + 3);

    private static bool TwoDigits(ReadOnlySpan<char> s, int p) =>
        CharInfo.IsDigitAt(s, p) && CharInfo.IsDigitAt(s, p + 1) && !CharInfo.IsWordCharAt(s, p + 2);

    private static bool NumberFollows(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && (s[p] == ' ' || s[p] == '\u00A0'))
        {
            p++;
        }

        return CharInfo.IsDigitAt(s, p);
    }

    /// <summary>Length of a Roman month numeral (I..XII) at <paramref name="p"/> that is followed by a period and a digit; else 0.</summary>
    private static int RomanMonthLength(ReadOnlySpan<char> s, int p)
    {
        int n = 0;
        while (n < 4 && p + n < s.Length && s[p + n] is 'I' or 'V' or 'X')
        {
            n++;
        }

        return n > 0 && p + n + 1 < s.Length && s[p + n] == '.' && char.IsAsciiDigit(s[p + n + 1]) ? n : 0;
    }

    private static bool IsAllRomanLetters(ReadOnlySpan<char> s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            char c = s[k];
            if (char.IsLetter(c) && c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Length of a common top-level domain (<c>com org net gov edu int</c>) at <paramref name="p"/> that ends the word; else 0.</summary>
    private static int TopLevelDomainLength(ReadOnlySpan<char> s, int p)
    {
        if (p + 3 > s.Length || CharInfo.IsWordCharAt(s, p + 3))
        {
            return 0;
        }

        ReadOnlySpan<char> t = s.Slice(p, 3);
        return t.SequenceEqual("com") || t.SequenceEqual("org") || t.SequenceEqual("net") || t.SequenceEqual("gov")
            || t.SequenceEqual("edu") || t.SequenceEqual("int") ? 3 : 0;
    }

    /// <summary>A URL starting at <paramref name="i"/> (<c>scheme://</c> or <c>www.</c>): its end, or -1.</summary>
    private static int ScanUrl(ReadOnlySpan<char> s, int i)
    {
        int k = i;
        while (k < s.Length && k - i <= 10 && (char.IsAsciiLetter(s[k]) || (k > i && (s[k] == '+' || s[k] == '-'))))
        {
            k++;
        }

        bool scheme = k - i >= 2 && k + 3 < s.Length && s[k] == ':' && s[k + 1] == '/' && s[k + 2] == '/' && !CharInfo.IsIgnorable(s[k + 3]);
        bool www = !scheme && i + 4 < s.Length && s.Slice(i, 4).Equals("www.", StringComparison.OrdinalIgnoreCase) && CharInfo.IsAlnumAt(s, i + 4);
        if (!scheme && !www)
        {
            return -1;
        }

        int end = i;
        while (end < s.Length && !CharInfo.IsIgnorable(s[end]) && s[end] is not ('<' or '>' or '"' or '\u201C' or '\u201D' or '\u2018'))
        {
            end++;
        }

        return TrimTrailing(s, i, end);
    }

    /// <summary>An e-mail address starting at <paramref name="i"/>: its end, or -1.</summary>
    private static int ScanEmail(ReadOnlySpan<char> s, int i)
    {
        int k = i;
        while (k < s.Length && k - i < 64 && (char.IsAsciiLetterOrDigit(s[k]) || s[k] is '.' or '_' or '%' or '+' or '-'))
        {
            k++;
        }

        if (k == i || k + 1 >= s.Length || s[k] != '@' || !char.IsAsciiLetterOrDigit(s[k + 1]) || s[k - 1] == '.')
        {
            return -1;
        }

        int end = k + 1;
        while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] is '.' or '-'))
        {
            end++;
        }

        while (end > k + 1 && s[end - 1] is '.' or '-')
        {
            end--;
        }

        int lastDot = s[..end].LastIndexOf('.');
        return lastDot > k + 1 && lastDot < end - 1 && char.IsAsciiLetter(s[end - 1]) ? end : -1;
    }

    /// <summary>Drops trailing sentence punctuation, quotes and unbalanced closing brackets from a URL.</summary>
    private static int TrimTrailing(ReadOnlySpan<char> s, int start, int end)
    {
        while (end > start + 1)
        {
            char c = s[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or '*')
            {
                end--;
            }
            else if (c is ')' or ']' or '}')
            {
                char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                int balance = 0;
                for (int k = start; k < end; k++)
                {
                    balance += s[k] == open ? 1 : s[k] == c ? -1 : 0;
                }

                if (balance >= 0)
                {
                    break;
                }

                end--;
            }
            else
            {
                break;
            }
        }

        // Never end between the halves of a surrogate pair.
        if (char.IsHighSurrogate(s[end - 1]) && end < s.Length && char.IsLowSurrogate(s[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Extends a token over the combining marks after it, and for emoji over variation selectors,
    /// skin-tone modifiers, tag characters and zero-width-joiner sequences.
    /// </summary>
    private static int ExtendMarks(ReadOnlySpan<char> s, int end)
    {
        while (end < s.Length)
        {
            char c = s[end];
            if (c < 0x300)
            {
                return end;
            }

            UnicodeCategory cat = CharInfo.CategoryAt(s, end, out int len);
            if (CharInfo.IsMark(cat))
            {
                end += len;
            }
            else if (len == 2 && c == '\uD83C' && s[end + 1] >= '\uDFFB' && s[end + 1] <= '\uDFFF')
            {
                end += 2; // Emoji skin-tone modifier.
            }
            else if (len == 2 && c == '\uDB40')
            {
                end += 2; // Tag characters of subdivision flags.
            }
            else if (c == '\u200D' && end + 1 < s.Length && !CharInfo.IsIgnorable(s[end + 1]))
            {
                UnicodeCategory next = CharInfo.CategoryAt(s, end + 1, out int nextLen);
                if (next != UnicodeCategory.OtherSymbol)
                {
                    return end;
                }

                end += 1 + nextLen;
            }
            else
            {
                return end;
            }
        }

        return end;
    }
}
