using System;
using System.Collections.Generic;
using EntityGraph.Recognition.Lexicon;
using EntityGraph.Text;

namespace EntityGraph.Recognition.Rules;

/// <summary>
/// Finds places (PLACE) and organisations (AGENCY) of a <see cref="Gazetteer"/> by longest match over the
/// tokens, with a hashed, allocation-free spotter. Only capitalised or all-capital words start or carry a
/// match (function words such as <c>of</c> and <c>the</c> may be lower case inside it); all-capital acronyms
/// (<c>KGB</c>, <c>US</c>) only match all-capital text; demonyms (<c>Chinese</c>, <c>North Korean</c>) are
/// never tagged; a few place names that are also common words (<c>Split</c>, <c>Male</c>) need a preposition
/// before them. <c>the West</c> is tagged as the Western world and <c>the North</c> as North Korea when the
/// document is about North Korea. Immutable and thread-safe.
/// </summary>
public sealed class GazetteerRecognizer : IEntityRecognizer
{
    private const int MaxSegments = 16;

    private static readonly WordSet FunctionWords = new(
        "of", "the", "and", "de", "du", "des", "da", "do", "del", "la", "le", "al", "el", "y", "on", "upon", "am", "an", "der", "sur", "for", "es", "au", "s", "i");

    private static readonly WordSet AmbiguousNames = new(
        "male", "split", "victoria", "hue", "perm", "rio", "langley", "stanford", "princeton", "bole", "gori", "osh", "mobile", "reading", "bath", "nice", "aksu", "hami", "korla", "chita", "luda", "ili", "tarim", "asahi", "amnok", "tuman", "pacific", "atlantic", "arctic", "caspian", "mediterranean", "gobi", "chosen", "kirin", "jinmen", "mazu", "cebu", "rostov", "molotov", "gorky", "gorki", "frunze", "ussuri", "yanbian", "ulster", "congress", "amnesty", "chosun", "sankei", "yomiuri", "mainichi", "jiji", "kyodo", "pentagon", "ezo", "tarawa");

    private static readonly WordSet Prepositions = new(
        "in", "to", "from", "at", "near", "of", "via", "into", "toward", "towards", "outside", "inside", "across", "through", "visit", "visited", "visiting", "and", "by");

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a recogniser over the built-in gazetteer.</summary>
    public GazetteerRecognizer()
        : this(Gazetteer.Default)
    {
    }

    /// <summary>Creates a recogniser over a given gazetteer.</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="gazetteer"/> is null.</exception>
    public GazetteerRecognizer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <inheritdoc />
    public string Name => "gazetteer";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public void Recognize(TokenizedDocument document, List<Mention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        string text = document.Text;
        List<Segment> segments = Segment.Build(document);
        LexiconIndex index = _gazetteer.Index;
        Span<char> buffer = stackalloc char[Math.Min(256, index.MaxKeyLength + 8)];
        Span<int> ends = stackalloc int[MaxSegments];
        int northKorea = -1;
        var hitsAt = new LexiconHit[]?[MaxSegments];

        int i = 0;
        while (i < segments.Count)
        {
            Segment first = segments[i];
            if (first.Kind != TokenKind.Word || !char.IsUpper(text[first.Start]))
            {
                i++;
                continue;
            }

            // Collect every end at which a key matches, then take the longest that passes the case rules.
            var key = new LexiconKeyBuilder(buffer);
            int found = 0;
            for (int j = i; j < segments.Count && j - i < MaxSegments; j++)
            {
                Segment s = segments[j];
                if (j > i)
                {
                    Segment prev = segments[j - 1];
                    if (!Joinable(text, prev, s, j + 1 < segments.Count ? segments[j + 1] : default))
                    {
                        break;
                    }

                    if (s.Start > prev.End)
                    {
                        key.Separate();
                    }
                }

                key.Append(text.AsSpan(s.Start, s.End - s.Start));
                if (key.Overflow)
                {
                    break;
                }

                LexiconHit[]? hits = index.Find(key.Hash, key.Key);
                if (hits is not null)
                {
                    ends[found] = j;
                    hitsAt[found] = hits;
                    found++;
                }

                if (!index.IsPrefix(key.Hash))
                {
                    break;
                }
            }

            bool matched = false;
            for (int f = found - 1; f >= 0 && !matched; f--)
            {
                int j = ends[f];
                if (!CaseOk(text, segments, i, j) || (i == j && !AmbiguityOk(text, segments, i)) || BeforeTreaty(text, segments, j))
                {
                    continue;
                }

                bool allCaps = AllLettersUpper(text.AsSpan(first.Start, segments[j].End - first.Start));
                foreach (LexiconHit hit in hitsAt[f]!)
                {
                    if (hit.UpperOnly && !allCaps)
                    {
                        continue;
                    }

                    EntityType type = hit.Place is not null ? EntityType.Place : EntityType.Agency;
                    double confidence = i == j ? 0.85 : 0.9;
                    output.Add(Mention.Create(text, first.Start, segments[j].End, type, Name, confidence));
                    i = j + 1;
                    matched = true;
                    break;
                }
            }

            if (matched)
            {
                continue;
            }

            TryCardinal(document, segments, i, ref northKorea, output);
            i++;
        }
    }

    private static bool Joinable(string text, Segment prev, Segment s, Segment next)
    {
        for (int k = prev.End; k < s.Start - 1; k++)
        {
            if (text[k] == '\n' && text.AsSpan(k + 1, s.Start - k - 1).Contains('\n'))
            {
                return false;
            }
        }

        switch (s.Kind)
        {
            case TokenKind.Word:
            case TokenKind.Alphanumeric:
            case TokenKind.Number:
                return true;
            case TokenKind.Symbol when TextUnits.IsApostrophe(text[s.Start]) && s.Start == prev.End:
                return true;
            case TokenKind.Quote:
                // An apostrophe inside a word (People’s, Xi'an) when the tokenizer splits there.
                return s.End - s.Start == 1 && TextUnits.IsApostrophe(text[s.Start]) && s.Start == prev.End && next.End > 0 && next.Start == s.End;
            default:
                return s.End - s.Start == 1 && text[s.Start] is '.' or ',' or '-' or '&' or '/' or '\u2010' or '\u2011';
        }
    }

    private static bool CaseOk(string text, List<Segment> segments, int i, int j)
    {
        for (int k = i; k <= j; k++)
        {
            Segment s = segments[k];
            if (s.Kind != TokenKind.Word && s.Kind != TokenKind.Alphanumeric)
            {
                continue;
            }

            char c = text[s.Start];
            if (!char.IsLetter(c) || char.IsUpper(c))
            {
                continue;
            }

            ReadOnlySpan<char> w = text.AsSpan(s.Start, s.End - s.Start);
            if (FunctionWords.Contains(w))
            {
                continue;
            }

            // A lower-case piece glued to the previous one (Xi'an, Nuku'alofa) is part of one word.
            if (k > i && segments[k - 1].End == s.Start && !IsHyphen(text, segments[k - 1]))
            {
                continue;
            }

            return false;
        }

        // A match may not end on punctuation it merely crossed (Beijing, → Beijing).
        Segment last = segments[j];
        return last.Kind is TokenKind.Word or TokenKind.Alphanumeric || text[last.Start] == '.';
    }

    // "Vienna Convention", "Geneva Agreement": a place naming a treaty or event is not annotated.
    private static bool BeforeTreaty(string text, List<Segment> segments, int j)
    {
        if (j + 1 >= segments.Count)
        {
            return false;
        }

        Segment next = segments[j + 1];
        return next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]) && RuleWords.TreatyWords.Contains(text.AsSpan(next.Start, next.End - next.Start));
    }

    private static bool IsHyphen(string text, Segment s) => s.End - s.Start == 1 && text[s.Start] is '-' or '\u2010' or '\u2011';

    private static bool AmbiguityOk(string text, List<Segment> segments, int i)
    {
        Segment s = segments[i];
        if (!AmbiguousNames.Contains(text.AsSpan(s.Start, s.End - s.Start)))
        {
            return true;
        }

        if (i == 0)
        {
            return false;
        }

        Segment prev = segments[i - 1];
        return prev.Kind == TokenKind.Word && Prepositions.Contains(text.AsSpan(prev.Start, prev.End - prev.Start))
            && !(i + 1 < segments.Count && segments[i + 1].Kind == TokenKind.Word && char.IsUpper(text[segments[i + 1].Start]));
    }

    private static bool AllLettersUpper(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // "the West" (the Western world) and "the North" (North Korea, only in documents about it).
    private void TryCardinal(TokenizedDocument document, List<Segment> segments, int i, ref int northKorea, List<Mention> output)
    {
        string text = document.Text;
        Segment s = segments[i];
        ReadOnlySpan<char> w = text.AsSpan(s.Start, s.End - s.Start);
        bool west = w.SequenceEqual("West");
        bool north = w.SequenceEqual("North");
        if (!(west || north) || i == 0)
        {
            return;
        }

        Segment prev = segments[i - 1];
        if (!text.AsSpan(prev.Start, prev.End - prev.Start).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (i + 1 < segments.Count)
        {
            Segment next = segments[i + 1];
            char c = text[next.Start];
            if (next.Kind is TokenKind.Word or TokenKind.Alphanumeric && char.IsUpper(c))
            {
                return;
            }

            if (next.Start == s.End && (c == '-' || char.IsLetter(c)))
            {
                return;
            }
        }

        if (north)
        {
            if (northKorea < 0)
            {
                northKorea = text.Contains("North Korea", StringComparison.Ordinal) || text.Contains("Pyongyang", StringComparison.Ordinal) || text.Contains("DPRK", StringComparison.Ordinal) ? 1 : 0;
            }

            if (northKorea == 0)
            {
                return;
            }
        }

        output.Add(Mention.Create(text, s.Start, s.End, EntityType.Place, Name, 0.6));
    }

    /// <summary>A token, or a piece of a hyphenated word token (China-Japan → China, -, Japan).</summary>
    private readonly record struct Segment(int Start, int End, TokenKind Kind)
    {
        internal static List<Segment> Build(TokenizedDocument document)
        {
            string text = document.Text;
            ReadOnlySpan<Token> tokens = document.Tokens;
            var list = new List<Segment>(tokens.Length + 16);
            foreach (Token t in tokens)
            {
                TokenKind kind = t.Kind;
                if (kind is TokenKind.Word or TokenKind.Alphanumeric && t.Length > 0 && TextUnits.IsApostrophe(text[t.Start]))
                {
                    // A split-off possessive ('s) is glue, not a word.
                    list.Add(new Segment(t.Start, t.End, TokenKind.Symbol));
                    continue;
                }

                if (kind is TokenKind.Word or TokenKind.Alphanumeric)
                {
                    int start = t.Start;
                    for (int k = t.Start + 1; k < t.End - 1; k++)
                    {
                        if (text[k] is '-' or '\u2010' or '\u2011')
                        {
                            list.Add(new Segment(start, k, kind));
                            list.Add(new Segment(k, k + 1, TokenKind.Punctuation));
                            start = k + 1;
                        }
                    }

                    list.Add(new Segment(start, t.End, kind));
                    continue;
                }

                list.Add(new Segment(t.Start, t.End, kind));
            }

            return list;
        }
    }
}
