using System;
using System.Collections.Generic;
using EntityGraph.Recognition.Lexicon;
using EntityGraph.Text;

namespace EntityGraph.Recognition.Rules;

/// <summary>
/// Finds persons and agencies from the shape of the text. Persons: a name after a title, with the title
/// outside the span (<c>Vice Minister [Zhang Hanfu]</c>, <c>Mr. [Kong]</c>, <c>Japan's Foreign Minister,
/// [Yoriko Kawaguchi],</c>), bracketed completions inside it (<c>Zhang [Hanfu]</c>, <c>[Stepan V.]
/// Chervonenko</c>), <c>(hereafter X)</c>, speaker labels of minutes (<c>Zhang:</c>), labelled fields
/// (<c>Interpreter: Wang Gaiqing</c>, <c>Translated by Charles Kraus</c>), bylines (<c>By KOICHIRO ISHIDA/</c>)
/// and <c>X reported from</c>; later repetitions of a name found so are tagged too. Agencies: capitalised
/// phrases headed by an organisation word, with a nationality adjective inside (<c>Chinese Foreign
/// Ministry</c>, <c>Ministry [of Foreign Affairs]</c>, <c>U.N. Commission of Inquiry on ...</c>,
/// <c>South Korean Consulate General</c>), never a bare head (<c>the Embassy</c>) nor a lower-case one
/// (<c>the Japanese consulate</c>). Immutable and thread-safe.
/// </summary>
public sealed class PatternRecognizer : IEntityRecognizer
{
    private const double TitleConfidence = 0.85;
    private const double AgencyConfidence = 0.8;
    private const double FieldConfidence = 0.85;
    private const double RepeatConfidence = 0.65;

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a recogniser that checks candidate names against the built-in gazetteer.</summary>
    public PatternRecognizer()
        : this(Gazetteer.Default)
    {
    }

    /// <summary>Creates a recogniser that checks candidate names against a given gazetteer.</summary>
    /// <param name="gazetteer">The gazetteer (places are never persons).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="gazetteer"/> is null.</exception>
    public PatternRecognizer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <inheritdoc />
    public string Name => "patterns";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public void Recognize(TokenizedDocument document, List<Mention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var run = new Run(document.Text, TextUnits.Build(document), _gazetteer, Name);
        run.Agencies();
        run.TitledPersons();
        run.FieldPersons();
        run.Repetitions();
        output.AddRange(run.Found);
    }

    /// <summary>The state of one call: units, what was found, which units are taken.</summary>
    private sealed class Run
    {
        private readonly string _text;
        private readonly TextUnit[] _u;
        private readonly Gazetteer _gazetteer;
        private readonly string _source;
        private readonly bool[] _taken;
        private readonly HashSet<string> _knownNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _knownWords = new(StringComparer.Ordinal);

        internal Run(string text, TextUnit[] units, Gazetteer gazetteer, string source)
        {
            _text = text;
            _u = units;
            _gazetteer = gazetteer;
            _source = source;
            _taken = new bool[units.Length];
        }

        internal List<Mention> Found { get; } = new();

        private int N => _u.Length;

        // ---------------------------------------------------------------- agencies

        internal void Agencies()
        {
            for (int k = 0; k < N; k++)
            {
                if (_taken[k])
                {
                    continue;
                }

                if (TimesStaff(k))
                {
                    continue;
                }

                if (!(IsCap(k) || IsOpenSquare(k)))
                {
                    continue;
                }

                int end = Chunk(k, out int start, out int last);
                if (end < 0)
                {
                    continue;
                }

                Emit(start, end, EntityType.Agency, AgencyConfidence);
                k = last;
            }
        }

        // "TIMES STAFF WRITER": the newspaper's own byline names it.
        private bool TimesStaff(int k)
        {
            if (k + 2 >= N || !Eq(k, "Times") || !IsCap(k) || !Eq(k + 1, "Staff") || !IsCap(k + 1))
            {
                return false;
            }

            if (!(Eq(k + 2, "Writer") || Eq(k + 2, "Writers") || Eq(k + 2, "Reporter") || Eq(k + 2, "Correspondent")))
            {
                return false;
            }

            Emit(k, k + 1, EntityType.Agency, AgencyConfidence);
            return true;
        }

        // Parses a capitalised phrase from k; returns the unit after the organisation span, or -1.
        private int Chunk(int k, out int start, out int last)
        {
            start = k;
            last = k;
            int p = k;
            bool hasHead = false, hasModifier = false, inPhrase = false, prevHead = false;
            int end = -1;
            int firstHead = -1;

            // Leading sentence openers and determiners are not part of a name.
            while (p < N && IsCap(p) && RuleWords.Openers.Contains(Span(p)))
            {
                p++;
            }

            start = p;
            if (!(IsCap(p) || IsOpenSquare(p)))
            {
                return -1;
            }

            while (p < N)
            {
                if (p > start && _u[p].LineStart)
                {
                    break;
                }

                if (IsOpenSquare(p))
                {
                    int close = SquareGroup(p, allowLeadingConnector: prevHead || inPhrase);
                    if (close < 0)
                    {
                        break;
                    }

                    if (prevHead || inPhrase)
                    {
                        end = close + 1;
                        inPhrase = true;
                    }
                    else
                    {
                        hasModifier = true;
                    }

                    last = close;
                    p = close + 1;
                    prevHead = false;
                    continue;
                }

                if (IsWord(p) && IsCap(p))
                {
                    ReadOnlySpan<char> w = Span(p);
                    if (IsTitle(p) && !(Eq(p, "General") && p > 0 && (Eq(p - 1, "Consulate") || Eq(p - 1, "Secretariat"))))
                    {
                        break;
                    }

                    bool head = RuleWords.OrganisationHeads.Contains(w) || (Eq(p, "General") && prevHead);
                    if (head && RuleWords.HeadsNeedingModifier.Contains(w) && !hasModifier && !hasHead)
                    {
                        head = false;
                    }

                    if (head)
                    {
                        hasHead = true;
                        firstHead = firstHead < 0 ? p : firstHead;
                        end = p + 1;
                        inPhrase = false;
                    }
                    else if (inPhrase)
                    {
                        end = p + 1;
                    }
                    else
                    {
                        hasModifier = true;
                    }

                    prevHead = head;
                    last = p;
                    p++;

                    // Possessive inside a name (People's Republic) continues; any other ends it.
                    if (p < N && _u[p].Kind == UnitKind.Possessive)
                    {
                        if (RuleWords.PossessiveInsideNames.Contains(w) && p + 1 < N && IsCap(p + 1))
                        {
                            last = p;
                            p++;
                            continue;
                        }

                        break;
                    }

                    continue;
                }

                if (IsWord(p) && p + 1 < N && (IsCap(p + 1) || IsOpenSquare(p + 1) || (Eq(p + 1, "the") && p + 2 < N && IsCap(p + 2))))
                {
                    bool ok;
                    if (Eq(p, "of") || Eq(p, "for") || Eq(p, "on"))
                    {
                        ok = true;
                        inPhrase = hasHead;
                    }
                    else if (Eq(p, "in"))
                    {
                        ok = !prevHead && inPhrase;
                    }
                    else if (Eq(p, "and") || Eq(p, "&"))
                    {
                        ok = inPhrase && !(p + 1 < N && RuleWords.OrganisationHeads.Contains(Span(p + 1)));
                    }
                    else if (Eq(p, "the"))
                    {
                        ok = p > start && IsWord(p - 1) && !IsCap(p - 1);
                    }
                    else
                    {
                        ok = false;
                    }

                    if (!ok)
                    {
                        break;
                    }

                    prevHead = false;
                    p++;
                    continue;
                }

                if (_u[p].Kind == UnitKind.Other && Span(p).SequenceEqual("&") && inPhrase && p + 1 < N && IsCap(p + 1))
                {
                    p++;
                    continue;
                }

                break;
            }

            if (!hasHead || end <= start)
            {
                return -1;
            }

            // A bare head (the Embassy, the Party) is not a name; an of-phrase or a modifier makes one.
            bool phrase = end > firstHead + 1;
            if (!hasModifier && !phrase && firstHead == start)
            {
                bool twoHeads = end - start >= 2;
                if (!twoHeads)
                {
                    return -1;
                }
            }

            // A whole phrase that is a known place (West Bank) is not an organisation.
            string candidate = _text.Substring(_u[start].Start, _u[end - 1].End - _u[start].Start);
            if (_gazetteer.TryFindPlace(candidate, out _) && !_gazetteer.TryFindOrganization(candidate, out _))
            {
                return -1;
            }

            last = Math.Max(last, end - 1);
            return end;
        }

        // [Xinjiang Uyghur] or, after a head, [of Foreign Affairs]: returns the index of "]" or -1.
        private int SquareGroup(int open, bool allowLeadingConnector)
        {
            int q = open + 1;
            int words = 0;
            while (q < N && _u[q].Kind != UnitKind.CloseBracket)
            {
                if (IsWord(q) && IsCap(q))
                {
                    words++;
                }
                else if (!(IsWord(q) && (Eq(q, "of") || Eq(q, "for") || Eq(q, "the") || Eq(q, "and")) && (allowLeadingConnector || q > open + 1)))
                {
                    return -1;
                }

                q++;
            }

            if (q >= N || words == 0 || !Span(q).SequenceEqual("]"))
            {
                return -1;
            }

            bool leadingConnector = IsWord(open + 1) && !IsCap(open + 1);
            if (!leadingConnector && !(q + 1 < N && IsCap(q + 1) && _u[q + 1].Start == _u[q].End + 1))
            {
                return -1;
            }

            return q;
        }

        // ---------------------------------------------------------------- persons after titles

        internal void TitledPersons()
        {
            for (int k = 0; k < N; k++)
            {
                if (_taken[k] || !IsTitleHead(k))
                {
                    continue;
                }

                int p = k + 1;
                if (p < N && IsTitle(p))
                {
                    continue;
                }

                bool apposition = false;
                if (p < N && Span(p).SequenceEqual(",") && RuleWords.TitlesAnyCase.Contains(Span(k)))
                {
                    apposition = true;
                    p++;
                }

                if (p < N && IsOpenSquare(p) && !apposition)
                {
                    // the Vice Minister [Zhang Hanfu]: the bracket holds the whole name.
                    int q = p + 1, words = 0;
                    while (q < N && IsNameWord(q, false))
                    {
                        q++;
                        words++;
                    }

                    if (words > 0 && q < N && Span(q).SequenceEqual("]") && !(q + 1 < N && IsNameWord(q + 1, false) && _u[q + 1].Start == _u[q].End + 1) && ValidName(p + 1, q))
                    {
                        EmitPerson(p + 1, q, TitleConfidence);
                        k = q;
                        continue;
                    }
                }

                int end = ParseName(p, false, out int nameStart);
                if (end < 0 || !ValidName(nameStart, end))
                {
                    continue;
                }

                if (apposition && !(end >= N || Span(end).SequenceEqual(",") || _u[end].Kind == UnitKind.Punctuation))
                {
                    continue;
                }

                EmitPerson(nameStart, end, TitleConfidence);
                Hereafter(end);
                k = end - 1;
            }

            BracketedNamesAfterTitles();
        }

        // "(hereafter Chervonenko)" after a person's name.
        private void Hereafter(int p)
        {
            if (p + 3 < N && Span(p).SequenceEqual("(") && Eq(p + 1, "hereafter"))
            {
                int q = p + 2;
                if (q + 1 < N && Eq(q, "referred") && Eq(q + 1, "to"))
                {
                    q += 2;
                    if (q < N && Eq(q, "as"))
                    {
                        q++;
                    }
                }

                int end = ParseName(q, false, out int s);
                if (end > 0 && end < N && Span(end).SequenceEqual(")"))
                {
                    EmitPerson(s, end, TitleConfidence);
                }
            }
        }

        // "the Ambassador of the Soviet Union to China [Chervonenko]": a bracketed name after a title in the same line.
        private void BracketedNamesAfterTitles()
        {
            for (int k = 1; k < N; k++)
            {
                if (!IsOpenSquare(k) || _taken[k])
                {
                    continue;
                }

                // A completion glued to a name is handled by the name parser.
                if (IsWord(k - 1) && IsCap(k - 1) && !IsTitle(k - 1))
                {
                    continue;
                }

                int q = k + 1, words = 0;
                while (q < N && IsNameWord(q, false))
                {
                    q++;
                    words++;
                }

                if (words == 0 || words > 3 || q >= N || !Span(q).SequenceEqual("]") || _taken[q - 1] || !ValidName(k + 1, q))
                {
                    continue;
                }

                if (q + 1 < N && IsCap(q + 1) && _u[q + 1].Start == _u[q].End + 1)
                {
                    continue;
                }

                bool title = false;
                for (int b = k - 1; b >= 0 && b >= k - 14 && !_u[b + 1].LineStart; b--)
                {
                    if (IsTitleHead(b))
                    {
                        title = true;
                        break;
                    }
                }

                if (title)
                {
                    EmitPerson(k + 1, q, TitleConfidence);
                }
            }
        }

        // ---------------------------------------------------------------- labelled fields, bylines, speakers

        internal void FieldPersons()
        {
            for (int k = 0; k < N; k++)
            {
                if (_taken[k])
                {
                    continue;
                }

                if (_u[k].LineStart && Field(k))
                {
                    continue;
                }

                if (_u[k].LineStart && (Eq(k, "By")) && Byline(k))
                {
                    continue;
                }

                if (RuleWords.ByVerbs.Contains(Span(k)) && k + 1 < N && Eq(k + 1, "by"))
                {
                    int end = ParseName(k + 2, false, out int s);
                    if (end > 0 && end - s >= 2 && ValidName(s, end))
                    {
                        EmitPerson(s, end, FieldConfidence);
                    }

                    continue;
                }

                ReportedFrom(k);
            }

            for (int k = 0; k < N; k++)
            {
                if (_u[k].LineStart && !_taken[k])
                {
                    SpeakerLabel(k);
                }
            }
        }

        private bool Field(int k)
        {
            foreach (string[] label in RuleWords.NameFieldLabels)
            {
                int p = k;
                bool match = true;
                foreach (string w in label)
                {
                    if (p >= N || !Eq(p, w))
                    {
                        match = false;
                        break;
                    }

                    p++;
                }

                if (!match)
                {
                    continue;
                }

                if (p < N && (Span(p).SequenceEqual(":") || Eq(p, "by")))
                {
                    p++;
                }
                else if (!Eq(p - 1, "by"))
                {
                    continue;
                }

                NameList(p, FieldConfidence);
                return true;
            }

            return false;
        }

        private void NameList(int p, double confidence)
        {
            for (int guard = 0; guard < 12 && p < N; guard++)
            {
                int end = ParseName(p, false, out int s);
                if (end < 0 || !ValidName(s, end))
                {
                    return;
                }

                EmitPerson(s, end, confidence);
                p = end;
                if (p < N && (Span(p).SequenceEqual(",") || Span(p).SequenceEqual(";")))
                {
                    p++;
                }

                if (p < N && Eq(p, "and"))
                {
                    p++;
                }

                if (p >= N || IsTitle(p) || _u[p].LineStart)
                {
                    return;
                }
            }
        }

        private bool Byline(int k)
        {
            int end = ParseName(k + 1, true, out int s);
            if (end < 0 || end - s < 2 || !ValidName(s, end))
            {
                return false;
            }

            bool ok = end >= N || _u[end].LineStart || Span(end).SequenceEqual("/") || Span(end).SequenceEqual(",")
                || Span(end).SequenceEqual("|") || Span(end).SequenceEqual("(") || Eq(end, "and");
            if (!ok)
            {
                return false;
            }

            EmitPerson(s, end, FieldConfidence);
            if (end < N && Eq(end, "and"))
            {
                int e2 = ParseName(end + 1, true, out int s2);
                if (e2 > 0 && ValidName(s2, e2))
                {
                    EmitPerson(s2, e2, FieldConfidence);
                }
            }

            return true;
        }

        // "Helm reported from Tokyo", "Holley contributed to this report".
        private void ReportedFrom(int k)
        {
            bool opening = k == 0 || _u[k].LineStart || Eq(k - 1, "and") || _u[k - 1].Kind == UnitKind.Punctuation;
            if (!opening || !IsNameWord(k, false))
            {
                return;
            }

            int end = ParseName(k, false, out int s);
            if (end < 0 || end + 1 >= N || !ValidName(s, end))
            {
                return;
            }

            bool reported = Eq(end, "reported") && Eq(end + 1, "from");
            bool contributed = Eq(end, "contributed") && (Eq(end + 1, "to") || Eq(end + 1, "reporting"));
            if (reported || contributed)
            {
                EmitPerson(s, end, FieldConfidence);
            }
        }

        // "Chervonenko: ..." at the start of a line, for a name already known from a title or label.
        private void SpeakerLabel(int k)
        {
            int end = ParseName(k, true, out int s);
            if (end < 0 || end >= N || !Span(end).SequenceEqual(":") || s != k)
            {
                return;
            }

            for (int q = s; q < end; q++)
            {
                if (IsWord(q) && !_knownWords.Contains(_text.Substring(_u[q].Start, _u[q].Length)))
                {
                    return;
                }
            }

            EmitPerson(s, end, FieldConfidence);
        }

        // ---------------------------------------------------------------- repetitions

        internal void Repetitions()
        {
            if (_knownNames.Count == 0)
            {
                return;
            }

            for (int k = 0; k < N; k++)
            {
                if (_taken[k] || !IsNameWord(k, true))
                {
                    continue;
                }

                int end = ParseName(k, true, out int s);
                if (end < 0 || s != k)
                {
                    continue;
                }

                // Longest known name inside the capitalised run starting here.
                for (int e = end; e > s; e--)
                {
                    bool free = true;
                    for (int q = s; q < e; q++)
                    {
                        free &= !_taken[q];
                    }

                    string name = _text.Substring(_u[s].Start, _u[e - 1].End - _u[s].Start);
                    if (free && _knownNames.Contains(name))
                    {
                        EmitPerson(s, e, RepeatConfidence, learn: false);
                        k = e - 1;
                        break;
                    }
                }
            }
        }

        // ---------------------------------------------------------------- names

        // A person's name from p: optional leading [completion], 1-4 name words, optional trailing [completion], optional ", Jr.".
        private int ParseName(int p, bool allowAllCaps, out int start)
        {
            start = p;
            if (p >= N)
            {
                return -1;
            }

            if (IsOpenSquare(p))
            {
                int q = p + 1, c = 0;
                while (q < N && IsNameWord(q, allowAllCaps))
                {
                    q++;
                    c++;
                }

                if (c == 0 || q + 1 >= N || !Span(q).SequenceEqual("]") || !IsNameWord(q + 1, allowAllCaps))
                {
                    return -1;
                }

                p = q + 1;
            }

            int words = 0;
            while (p < N && words < 4)
            {
                if (IsNameWord(p, allowAllCaps))
                {
                    p++;
                    words++;
                    continue;
                }

                if (words > 0 && IsWord(p) && RuleWords.NameParticles.Contains(Span(p)) && p + 1 < N && IsNameWord(p + 1, allowAllCaps))
                {
                    p++;
                    continue;
                }

                break;
            }

            if (words == 0)
            {
                return -1;
            }

            if (p < N && IsOpenSquare(p) && _u[p].Start > _u[p - 1].End)
            {
                int q = p + 1, c = 0;
                while (q < N && IsNameWord(q, allowAllCaps))
                {
                    q++;
                    c++;
                }

                if (c > 0 && q < N && Span(q).SequenceEqual("]"))
                {
                    p = q + 1;
                }
            }

            if (p + 1 < N && Span(p).SequenceEqual(",") && (Eq(p + 1, "Jr.") || Eq(p + 1, "Jr") || Eq(p + 1, "Sr.")))
            {
                p += 2;
            }

            return p;
        }

        private bool IsNameWord(int k, bool allowAllCaps)
        {
            if (k >= N || !IsWord(k) || !IsCap(k))
            {
                return false;
            }

            TextUnit u = _u[k];
            ReadOnlySpan<char> w = Span(k);
            if (u.AllCaps && !allowAllCaps && !(w.Length == 2 && w[1] == '.'))
            {
                return false;
            }

            if (RuleWords.NotNames.Contains(TrimPeriod(w)) || IsTitle(k) || RuleWords.OrganisationHeads.Contains(w))
            {
                return false;
            }

            return !_gazetteer.IsDemonym(w);
        }

        // Rejects names that are places or organisations (General Assembly, Minister Beijing).
        private bool ValidName(int s, int e)
        {
            if (e <= s)
            {
                return false;
            }

            string name = _text.Substring(_u[s].Start, _u[e - 1].End - _u[s].Start);
            if (_gazetteer.TryFindPlace(name, out _) || _gazetteer.TryFindOrganization(name, out _))
            {
                return false;
            }

            // One word that is itself a place (Ambassador Beijing) or a glued possessive fragment is no name.
            return !(e - s == 1 && _gazetteer.TryFindPlace(name, out _));
        }

        // ---------------------------------------------------------------- helpers

        private void EmitPerson(int s, int e, double confidence, bool learn = true)
        {
            Emit(s, e, EntityType.Person, confidence);
            if (!learn)
            {
                return;
            }

            int a = s, b = e;
            if (IsOpenSquare(a) || Span(a).SequenceEqual("["))
            {
                a++;
            }

            var words = new List<int>();
            for (int q = a; q < b; q++)
            {
                if (IsWord(q) && IsCap(q) && !(_u[q].Length == 2 && Span(q)[1] == '.'))
                {
                    words.Add(q);
                }
            }

            foreach (int q in words)
            {
                string w = _text.Substring(_u[q].Start, _u[q].Length);
                _knownWords.Add(w);
                if (!RuleWords.NotNames.Contains(w))
                {
                    _knownNames.Add(w);
                }
            }

            if (words.Count >= 2)
            {
                _knownNames.Add(_text.Substring(_u[words[0]].Start, _u[words[^1]].End - _u[words[0]].Start));
            }
        }

        private void Emit(int s, int e, EntityType type, double confidence)
        {
            for (int q = s; q < e; q++)
            {
                if (_taken[q])
                {
                    return;
                }
            }

            for (int q = s; q < e; q++)
            {
                _taken[q] = true;
            }

            Found.Add(Mention.Create(_text, _u[s].Start, _u[e - 1].End, type, _source, confidence));
        }

        private bool IsTitle(int k) =>
            IsWord(k) && (RuleWords.TitlesAnyCase.Contains(Span(k))
                || (IsCap(k) && (RuleWords.TitlesCapitalised.Contains(TrimPeriod(Span(k))) || RuleWords.TitleModifiers.Contains(Span(k)))));

        private bool IsTitleHead(int k) =>
            IsWord(k) && (RuleWords.TitlesAnyCase.Contains(Span(k)) || (IsCap(k) && RuleWords.TitlesCapitalised.Contains(TrimPeriod(Span(k)))));

        private bool IsWord(int k) => k < N && _u[k].Kind == UnitKind.Word;

        private bool IsCap(int k) => k < N && _u[k].Kind == UnitKind.Word && _u[k].Capitalized;

        private bool IsOpenSquare(int k) => k < N && _u[k].Kind == UnitKind.OpenBracket && _text[_u[k].Start] == '[';

        private bool Eq(int k, string s) => k < N && Span(k).Equals(s, StringComparison.OrdinalIgnoreCase);

        private ReadOnlySpan<char> Span(int k) => _text.AsSpan(_u[k].Start, _u[k].Length);

        private static ReadOnlySpan<char> TrimPeriod(ReadOnlySpan<char> w) => w.Length > 1 && w[^1] == '.' ? w[..^1] : w;
    }
}
