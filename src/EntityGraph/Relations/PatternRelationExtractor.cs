using System;
using System.Collections.Generic;
using EntityGraph.Recognition;
using EntityGraph.Recognition.Lexicon;
using EntityGraph.Resolution;
using EntityGraph.Text;

namespace EntityGraph.Relations;

/// <summary>
/// Finds typed relations with lexical patterns over each sentence's words and mentions:
/// <list type="bullet">
/// <item><c>works_for</c> / <c>member_of</c> (person → agency) from titles before a name
/// (<c>Chinese Foreign Ministry spokesman Kong Quan</c>, <c>Deputy Director of the Department ... Yu Man</c>),
/// appositions (<c>Yu Man, Deputy Director of the Department ...</c>, <c>X, a member of the Politburo</c>),
/// <c>X of the Foreign Ministry</c>, bylines (<c>By X/ Correspondent</c>) and credit lines
/// (<c>X reported from Tokyo</c>) joined to the publishing newspaper. Party-like agencies and the title
/// <c>member</c> give <c>member_of</c>. A title whose organisation is a country (<c>Ambassador of the Soviet Union</c>)
/// gives only a role: countries are places, and a person works for an agency.</item>
/// <item><c>role</c>: every title is kept on its relation (<see cref="RelationMention.Role"/>); a title with no
/// agency is reported as a relation of type <see cref="RelationTypes.Role"/> whose <c>Head</c> and <c>Tail</c> are
/// both the person (no edge is drawn for it; <see cref="RoleCollector"/> copies roles into
/// <see cref="LocalEntity.Roles"/>).</item>
/// <item><c>met_with</c> (person ↔ person): <c>X met (with) Y</c>, <c>X held talks with Y</c>, <c>X came to meet Y</c>,
/// <c>meeting between X and Y</c>, <c>the X-Y talks</c>, and speakers of minutes (<c>Zhang:</c> / <c>Chervonenko:</c>).
/// The relation is symmetric and emitted once, head = the entity mentioned first in the document.</item>
/// <item><c>located_in</c>: <c>Soviet Embassy in Beijing</c> (agency → place), <c>Shenyang, in northeastern China</c>,
/// <c>Shenyang, Liaoning province</c>, <c>China's Liaoning province</c>, <c>the Yalu river in China's Liaoning province</c>
/// (place → place). Never between two countries, and a country is never the head.</item>
/// </list>
/// Every relation carries its sentence span, trigger span and a confidence fixed per pattern.
/// Immutable and thread-safe.
/// </summary>
public sealed class PatternRelationExtractor : IRelationExtractor
{
    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public void Extract(TokenizedDocument document, IReadOnlyList<Mention> mentions, IReadOnlyList<LocalEntity> entities, List<RelationMention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(output);
        new Run(document, mentions, entities, output).Execute();
    }

    /// <summary>The state of one extraction call.</summary>
    private sealed class Run
    {
        private static readonly string[] Connectors = ["of", "to", "for", "at", "in", "with"];

        private static readonly string[] MeetingNouns =
            ["meeting", "meetings", "talks", "talk", "conversation", "conversations", "negotiations", "summit", "discussion", "discussions", "encounter", "interview"];

        private static readonly HashSet<string> MeetTriggers = new(StringComparer.Ordinal)
        {
            "met", "met with", "meets", "meets with", "meet", "meet with", "meeting with", "received", "receives",
            "held talks with", "holds talks with", "hold talks with", "had talks with", "talked with", "talks with",
            "conferred with", "came to meet", "came to see", "come to meet", "called on", "calls on", "sat down with",
            "met separately with", "met privately with", "held a meeting with", "had a meeting with",
            "held a conversation with", "had a conversation with", "conversed with", "negotiated with",
        };

        private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
        {
            "has", "had", "have", "will", "would", "is", "was", "also", "later", "then", "again", "reportedly",
            "first", "recently", "yesterday", "today", "to", "once", "twice", "subsequently", "previously", "already",
        };

        private readonly TokenizedDocument _doc;
        private readonly string _text;
        private readonly IReadOnlyList<Mention> _mentions;
        private readonly IReadOnlyList<LocalEntity> _entities;
        private readonly List<RelationMention> _output;
        private readonly int[] _entityOf;
        private readonly int[] _firstMention;
        private readonly HashSet<(int, int, string, int, string?)> _seen = new();
        private readonly List<Element> _e = new();

        // Speakers of minutes: entity → first label's sentence and span.
        private readonly List<(int Entity, TextSpan Sentence, TextSpan Label)> _speakerLabels = new();

        // Byline and credit people, resolved to the publisher at the end.
        private readonly List<(int Entity, TextSpan Sentence, TextSpan Trigger, string? Role, double Confidence, bool CreditLine)> _bylines = new();
        private int _bylineAgency = -1;
        private int _publisher = -1;

        public Run(TokenizedDocument doc, IReadOnlyList<Mention> mentions, IReadOnlyList<LocalEntity> entities, List<RelationMention> output)
        {
            _doc = doc;
            _text = doc.Text;
            _mentions = mentions;
            _entities = entities;
            _output = output;
            _entityOf = new int[mentions.Count];
            Array.Fill(_entityOf, -1);
            _firstMention = new int[entities.Count];
            Array.Fill(_firstMention, int.MaxValue);
            foreach (LocalEntity e in entities)
            {
                foreach (int m in e.Mentions)
                {
                    if ((uint)m < (uint)mentions.Count)
                    {
                        _entityOf[m] = e.Index;
                        _firstMention[e.Index] = Math.Min(_firstMention[e.Index], m);
                    }
                }
            }
        }

        public void Execute()
        {
            int mi = 0;
            for (int si = 0; si < _doc.SentenceCount; si++)
            {
                TextSpan s = _doc.Sentence(si).Span;
                while (mi < _mentions.Count && _mentions[mi].End <= s.Start)
                {
                    mi++;
                }

                if (mi >= _mentions.Count || _mentions[mi].Start >= s.End)
                {
                    continue;
                }

                SentenceElements.Build(_text, s, _mentions, mi, _e);
                Sentence(s);
            }

            Speakers();
            Bylines();
        }

        private void Sentence(TextSpan s)
        {
            for (int k = 0; k < _e.Count; k++)
            {
                Element x = _e[k];
                if (!x.IsMention || _entityOf[x.Mention] < 0)
                {
                    continue;
                }

                switch (x.Type)
                {
                    case EntityType.Person:
                        TitleBefore(s, k);
                        Apposition(s, k);
                        OfAgency(s, k);
                        MeetVerb(s, k);
                        SpeakerLabel(s, k);
                        Byline(s, k);
                        break;
                    case EntityType.Agency:
                        BylineAgency(k);
                        LocatedIn(s, k);
                        break;
                    case EntityType.Place:
                        LocatedIn(s, k);
                        break;
                }
            }

            for (int k = 1; k < _e.Count; k++)
            {
                if (_e[k].Is("between") && IsAny(_e[k - 1], MeetingNouns))
                {
                    MeetingBetween(s, k);
                }
            }
        }

        // ---- works_for / member_of / role ----

        /// <summary>A title (and what it is of) right before a person: <c>Foreign Ministry spokesman Kong Quan</c>.</summary>
        private void TitleBefore(TextSpan s, int k)
        {
            int j = SkipHonorificsBackward(k - 1);
            char sep = '\0';
            if (j >= 0 && (_e[j].Is(",") || _e[j].Is(":")))
            {
                sep = _e[j].Lower[0];
                j--;
            }

            if (j >= 1 && _e[j].Is("by") && (_e[j - 1].Is("translated") || _e[j - 1].Is("interpreted")))
            {
                string translatorRole = _e[j - 1].Is("translated") ? "translator" : "interpreter";
                EmitRole(k, s, Span(j - 1, j), translatorRole, 0.8);
                return;
            }

            // An "of the Soviet Union to China" chain between the title and the name.
            int chainEnd = j;
            int firstChain = -1;
            while (j >= 1 && (_e[j].IsMentionOf(EntityType.Place) || _e[j].IsMentionOf(EntityType.Agency)))
            {
                int c = j - 1;
                if (c >= 0 && _e[c].Is("the"))
                {
                    c--;
                }

                if (c < 0 || !IsAny(_e[c], Connectors))
                {
                    break;
                }

                firstChain = j;
                j = c - 1;
            }

            if (j < 0 || _e[j].IsMention || !IsTitleHead(_e[j].Lower))
            {
                return;
            }

            int titleEnd = j;
            int t = TitleStartBackward(j);
            if (sep == ':' && !_e[t].LineStart)
            {
                return;
            }

            if (sep == ':' && firstChain >= 0)
            {
                return;
            }

            string head = Singular(_e[titleEnd].Lower);
            int agency = -1;
            string? prefix = null, ofPlace = null;
            double confidence = 0.85;
            if (t >= 1 && _e[t - 1].IsMentionOf(EntityType.Agency) && sep != ':')
            {
                agency = t - 1;
                prefix = WithoutDemonym(_e[t - 1].Lower);
                confidence = 0.9;
            }
            else if (t >= 2 && _e[t - 1].Is("'s") && _e[t - 2].IsMentionOf(EntityType.Agency))
            {
                agency = t - 2;
                confidence = 0.9;
            }
            else if (t >= 2 && _e[t - 1].Is("'s") && _e[t - 2].IsMentionOf(EntityType.Place))
            {
                ofPlace = _e[t - 2].Lower;
            }
            else if (firstChain >= 0 && _e[firstChain].IsMentionOf(EntityType.Agency))
            {
                agency = firstChain;
            }

            string role = TextOf(_e[t].Start, _e[chainEnd].End);
            if (prefix is not null && firstChain < 0)
            {
                role = prefix + " " + role;
            }
            else if (ofPlace is not null && firstChain < 0)
            {
                role += " of " + ofPlace;
            }

            TextSpan trigger = new(_e[t].Start, _e[titleEnd].End);
            if (agency >= 0)
            {
                EmitAffiliation(k, agency, head, s, trigger, confidence, role);
            }
            else
            {
                EmitRole(k, s, trigger, role, 0.8);
            }
        }

        /// <summary>An apposition after a person: <c>Yu Man, Deputy Director of the Department ...</c>.</summary>
        private void Apposition(TextSpan s, int k)
        {
            int j = k + 1;
            if (j >= _e.Count || !_e[j].Is(","))
            {
                return;
            }

            j++;
            if (j < _e.Count && (_e[j].Is("the") || _e[j].Is("a") || _e[j].Is("an")))
            {
                j++;
            }

            if (j >= _e.Count)
            {
                return;
            }

            // "X, the Foreign Ministry('s) spokesman"
            if (_e[j].IsMentionOf(EntityType.Agency) || _e[j].IsMentionOf(EntityType.Place))
            {
                int org = j++;
                if (j < _e.Count && _e[j].Is("'s"))
                {
                    j++;
                }

                int end = TitleEndForward(j);
                if (end < 0)
                {
                    return;
                }

                TextSpan trigger = new(_e[j].Start, _e[end].End);
                string role = RoleText(j, end);
                if (_e[org].Type == EntityType.Agency)
                {
                    EmitAffiliation(k, org, Singular(_e[end].Lower), s, trigger, 0.85, role);
                }
                else
                {
                    EmitRole(k, s, trigger, role + " of " + _e[org].Lower, 0.8);
                }

                return;
            }

            int titleStart = j;
            int titleEnd = TitleEndForward(j);
            if (titleEnd < 0)
            {
                return;
            }

            int chainEnd = titleEnd;
            int firstChain = -1;
            int c = titleEnd + 1;
            while (c < _e.Count && IsAny(_e[c], Connectors))
            {
                int d = c + 1;
                if (d < _e.Count && _e[d].Is("the"))
                {
                    d++;
                }

                if (d >= _e.Count || !(_e[d].IsMentionOf(EntityType.Agency) || _e[d].IsMentionOf(EntityType.Place)))
                {
                    break;
                }

                if (firstChain < 0)
                {
                    firstChain = d;
                }

                chainEnd = d;
                c = d + 1;
            }

            TextSpan trig = new(_e[titleStart].Start, _e[titleEnd].End);
            string roleText = TextOf(_e[titleStart].Start, _e[chainEnd].End);
            if (firstChain >= 0 && _e[firstChain].Type == EntityType.Agency)
            {
                EmitAffiliation(k, firstChain, Singular(_e[titleEnd].Lower), s, trig, 0.85, RoleText(titleStart, titleEnd));
            }
            else
            {
                EmitRole(k, s, trig, roleText, 0.75);
            }
        }

        /// <summary><c>Ivanov of the Soviet Foreign Ministry</c>, <c>Li from the Xinhua News Agency</c>.</summary>
        private void OfAgency(TextSpan s, int k)
        {
            int j = k + 1;
            if (j >= _e.Count || !(_e[j].Is("of") || _e[j].Is("from")))
            {
                return;
            }

            int a = j + 1;
            if (a < _e.Count && _e[a].Is("the"))
            {
                a++;
            }

            if (a >= _e.Count || !_e[a].IsMentionOf(EntityType.Agency) || (a + 1 < _e.Count && _e[a + 1].Is("'s")))
            {
                return;
            }

            EmitAffiliation(k, a, "", s, Span(j, j), _e[j].Is("of") ? 0.7 : 0.6, null);
        }

        private void EmitAffiliation(int person, int agency, string titleHead, TextSpan s, TextSpan trigger, double confidence, string? role)
        {
            string name = _entities[_entityOf[_e[agency].Mention]].Name;
            string type = titleHead == "member" || RelationLexicon.HasWord(name, RelationLexicon.PartyWords) || RelationLexicon.HasWord(_e[agency].Lower, RelationLexicon.PartyWords)
                ? RelationTypes.MemberOf
                : RelationTypes.WorksFor;
            Emit(EntityAt(person), EntityAt(agency), type, s, trigger, confidence, role);
        }

        // ---- byline and credits ----

        private void BylineAgency(int k)
        {
            int j = k + 1;
            if (j < _e.Count && _e[j].Is("'s"))
            {
                j++;
            }

            if (j >= _e.Count || _e[j].IsMention)
            {
                return;
            }

            string w = _e[j].Lower;
            string? w2 = j + 1 < _e.Count && !_e[j + 1].IsMention ? _e[j + 1].Lower : null;
            bool sameLine = !_e[j].LineStart;
            if (sameLine && ((w == "staff" && w2 is "writer" or "writers" or "reporter" or "reporters" or "correspondent") || w is "correspondent" or "correspondents"))
            {
                if (_bylineAgency < 0)
                {
                    _bylineAgency = EntityAt(k);
                }
            }
            else if ((w == "has" && w2 is "learned" or "obtained" or "confirmed") || (w == "file" && w2 is "photo") || w is "learned" or "photo")
            {
                if (_publisher < 0)
                {
                    _publisher = EntityAt(k);
                }
            }
        }

        private void Byline(TextSpan s, int k)
        {
            // "By KOICHIRO ISHIDA/ Correspondent", "By X and Y, Times Staff Writers"
            int j = k - 1;
            while (j >= 0 && (_e[j].Is("and") || _e[j].Is(",") || _e[j].IsMentionOf(EntityType.Person)))
            {
                j--;
            }

            if (j >= 0 && _e[j].Is("by") && _e[j].LineStart && !_e[j + 1].LineStart)
            {
                string? role = null;
                int r = k + 1;
                while (r < _e.Count && (_e[r].Is("and") || _e[r].Is(",") || _e[r].IsMentionOf(EntityType.Person)) && !_e[r].LineStart)
                {
                    r++;
                }

                if (r < _e.Count && !_e[r].LineStart && (_e[r].Is("/") || (r > k + 1 && _e[r - 1].Is(","))))
                {
                    int from = _e[r].Is("/") ? r + 1 : r;
                    int end = from < _e.Count ? TitleEndForward(from) : -1;
                    if (end >= 0 && !_e[from].LineStart)
                    {
                        role = RoleText(from, end);
                    }
                }

                _bylines.Add((EntityAt(k), s, Span(j, j), role, 0.8, false));
                return;
            }

            // "Helm reported from Tokyo", "X contributed to this report"
            if (k + 1 < _e.Count && ((_e[k + 1].Is("reported") && k + 2 < _e.Count && _e[k + 2].Is("from")) || _e[k + 1].Is("contributed")))
            {
                _bylines.Add((EntityAt(k), s, Span(k + 1, _e[k + 1].Is("reported") ? k + 2 : k + 1), null, 0.7, true));
            }
        }

        private void Bylines()
        {
            int publisher = _bylineAgency >= 0 ? _bylineAgency : _publisher;
            double scale = 1.0;
            if (publisher < 0)
            {
                publisher = MostMentionedNewsAgency();
                scale = 0.8;
            }

            foreach ((int entity, TextSpan s, TextSpan trigger, string? role, double confidence, bool credit) in _bylines)
            {
                if (publisher >= 0 && (!credit || _bylineAgency >= 0 || _publisher >= 0))
                {
                    Emit(entity, publisher, RelationTypes.WorksFor, s, trigger, confidence * scale, role);
                }
                else if (role is not null)
                {
                    Emit(entity, entity, RelationTypes.Role, s, trigger, confidence, role);
                }
            }
        }

        private int MostMentionedNewsAgency()
        {
            int best = -1, bestCount = 1;
            foreach (LocalEntity e in _entities)
            {
                if (e.Type == EntityType.Agency && e.Mentions.Count > bestCount && RelationLexicon.HasWord(e.Name, RelationLexicon.NewsWords))
                {
                    best = e.Index;
                    bestCount = e.Mentions.Count;
                }
            }

            return best;
        }

        // ---- met_with ----

        /// <summary><c>X met (with) Y</c>, <c>X held talks with Soviet Ambassador Y</c>, <c>X and Y met</c>, <c>the X-Y talks</c>.</summary>
        private void MeetVerb(TextSpan s, int k)
        {
            int m = k + 1;
            while (m < _e.Count && !_e[m].IsMentionOf(EntityType.Person))
            {
                m++;
            }

            if (m >= _e.Count || m - k > 16 || EntityAt(m) == EntityAt(k))
            {
                return;
            }

            if (m == k + 2 && _e[k + 1].Is("-") && m + 1 < _e.Count && IsAny(_e[m + 1], MeetingNouns))
            {
                EmitMeeting(k, m, s, Span(m + 1, m + 1), 0.85);
                return;
            }

            if (m == k + 2 && _e[k + 1].Is("and") && m + 1 < _e.Count)
            {
                int v = m + 1;
                if (_e[v].Is("have") || _e[v].Is("had") || _e[v].Is("will") || _e[v].Is("also"))
                {
                    v++;
                }

                if (v < _e.Count && (_e[v].Is("met") || _e[v].Is("meet") || _e[v].Is("talked") || (_e[v].Is("held") && v + 1 < _e.Count && _e[v + 1].Is("talks"))))
                {
                    EmitMeeting(k, m, s, Span(v, v), 0.8);
                }

                return;
            }

            // The words between, minus the title chain of the second person, must be a meeting verb.
            int chainStart = TitleChainStart(m);
            var words = new List<string>();
            int first = -1, last = -1;
            for (int i = k + 1; i < chainStart; i++)
            {
                Element x = _e[i];
                if (x.IsMentionOf(EntityType.Date))
                {
                    continue;
                }

                if (x.IsMention || x.Lower is "," or "(" or ")")
                {
                    return;
                }

                if (words.Count == 0 && Auxiliaries.Contains(x.Lower))
                {
                    continue;
                }

                if (x.Lower is "the" or "a" or "an" && i == chainStart - 1)
                {
                    continue;
                }

                words.Add(x.Lower);
                first = first < 0 ? i : first;
                last = i;
            }

            // "X received Y's letter" is not a meeting.
            if (words.Count > 0 && MeetTriggers.Contains(string.Join(' ', words)) && !(m + 1 < _e.Count && _e[m + 1].Is("'s")))
            {
                EmitMeeting(k, m, s, Span(first, last), 0.85);

                // "X met Y and Z": Z too.
                int n = m + 1;
                while (n + 1 < _e.Count && (_e[n].Is("and") || _e[n].Is(",")) && _e[n + 1].IsMentionOf(EntityType.Person))
                {
                    EmitMeeting(k, n + 1, s, Span(first, last), 0.8);
                    n += 2;
                }
            }
        }

        /// <summary><c>meeting between the Vice Minister [Zhang Hanfu] and the Ambassador ... [Chervonenko]</c>.</summary>
        private void MeetingBetween(TextSpan s, int k)
        {
            int a = k + 1;
            while (a < _e.Count && a - k <= 8 && !_e[a].IsMentionOf(EntityType.Person))
            {
                a++;
            }

            if (a >= _e.Count || !_e[a].IsMentionOf(EntityType.Person))
            {
                return;
            }

            bool and = false;
            for (int b = a + 1; b < _e.Count && b - a <= 20; b++)
            {
                if (_e[b].Is("and"))
                {
                    and = true;
                }
                else if (_e[b].IsMentionOf(EntityType.Person))
                {
                    if (and)
                    {
                        EmitMeeting(a, b, s, Span(k - 1, k), 0.85);
                    }

                    return;
                }
                else if (_e[b].Is(".") || _e[b].Is(";"))
                {
                    return;
                }
            }
        }

        private void SpeakerLabel(TextSpan s, int k)
        {
            int t = k;
            while (t - 1 >= 0 && !_e[t].LineStart && IsTitleWordOrHonorific(_e[t - 1]))
            {
                t--;
            }

            if (!_e[t].LineStart)
            {
                return;
            }

            int c = k + 1;
            if (c < _e.Count && _e[c].Is("("))
            {
                while (c < _e.Count && c - k < 10 && !_e[c].Is(")"))
                {
                    c++;
                }

                c++;
            }

            if (c < _e.Count && _e[c].Is(":") && !_e[c].LineStart)
            {
                _speakerLabels.Add((EntityAt(k), s, new TextSpan(_e[k].Start, _e[c].End)));
            }
        }

        private void Speakers()
        {
            if (_speakerLabels.Count < 3)
            {
                return;
            }

            var firstLabel = new List<(int Entity, TextSpan Sentence, TextSpan Label)>();
            foreach (var l in _speakerLabels)
            {
                bool known = false;
                foreach (var f in firstLabel)
                {
                    known |= f.Entity == l.Entity;
                }

                if (!known)
                {
                    firstLabel.Add(l);
                }
            }

            for (int i = 0; i < firstLabel.Count; i++)
            {
                for (int j = i + 1; j < firstLabel.Count; j++)
                {
                    (int x, int y) = Ordered(firstLabel[i].Entity, firstLabel[j].Entity);
                    Emit(x, y, RelationTypes.MetWith, firstLabel[j].Sentence, firstLabel[j].Label, 0.7, null);
                }
            }
        }

        private void EmitMeeting(int a, int b, TextSpan s, TextSpan trigger, double confidence)
        {
            (int x, int y) = Ordered(EntityAt(a), EntityAt(b));
            Emit(x, y, RelationTypes.MetWith, s, trigger, confidence, null);
        }

        private (int, int) Ordered(int x, int y) =>
            _firstMention[x] < _firstMention[y] || (_firstMention[x] == _firstMention[y] && x < y) ? (x, y) : (y, x);

        // ---- located_in ----

        private void LocatedIn(TextSpan s, int k)
        {
            int m = k + 1;
            while (m < _e.Count && !_e[m].IsMention)
            {
                m++;
            }

            if (m >= _e.Count || m - k > 8)
            {
                return;
            }

            Element head = _e[k];
            Element tail = _e[m];
            if (!tail.IsMentionOf(EntityType.Place))
            {
                return;
            }

            // Skip the generic head of the first name ("Yalu river", "Liaoning province").
            int w = k + 1;
            bool headWord = false;
            while (w < m && head.Type == EntityType.Place && RelationLexicon.PlaceHeads.Contains(_e[w].Lower))
            {
                w++;
                headWord = true;
            }

            if (head.Type == EntityType.Agency)
            {
                if (m == k + 2 && _e[k + 1].Is("in"))
                {
                    double conf = RelationLexicon.HasWord(head.Lower, RelationLexicon.OfficeWords) ? 0.9 : 0.7;
                    EmitLocated(k, Resolve(m), s, Span(k + 1, k + 1), conf);
                }

                return;
            }

            int p = w;
            bool comma = p < m && _e[p].Is(",");
            if (comma)
            {
                p++;
            }

            if (p < m && (_e[p].Is("in") || _e[p].Is("of") && headWord))
            {
                int trigger = p++;
                if (p < m && _e[p].Is("the"))
                {
                    p++;
                }

                while (p < m && RelationLexicon.DirectionWords.Contains(_e[p].Lower))
                {
                    p++;
                }

                if (p == m)
                {
                    EmitLocated(k, Resolve(m), s, Span(trigger, trigger), 0.85);
                }

                return;
            }

            if (comma && p == m && !headWord && !InList(k, m))
            {
                bool admin = m + 1 < _e.Count && RelationLexicon.AdminHeads.Contains(_e[m + 1].Lower);
                if (admin || (IsCountry(m) && !IsCountry(k)) || GazetteerContains(m, k))
                {
                    EmitLocated(k, m, s, Span(w, w), 0.8);
                }

                return;
            }

            if (p < m && _e[p].Is("'s") && p == w)
            {
                int q = p + 1;
                while (q < m && RelationLexicon.DirectionWords.Contains(_e[q].Lower))
                {
                    q++;
                }

                if (q == m)
                {
                    EmitLocated(m, k, s, Span(p, p), 0.85);
                }
            }
        }

        /// <summary><c>in China's Liaoning province</c>: the container is Liaoning.</summary>
        private int Resolve(int m)
        {
            int p = m + 1;
            if (p < _e.Count && _e[p].Is("'s"))
            {
                p++;
                while (p < _e.Count && RelationLexicon.DirectionWords.Contains(_e[p].Lower))
                {
                    p++;
                }

                if (p < _e.Count && _e[p].IsMentionOf(EntityType.Place))
                {
                    return p;
                }
            }

            return m;
        }

        /// <summary>Whether <c>k , m</c> is part of a list of places (<c>Tokyo, Beijing and Seoul</c>).</summary>
        private bool InList(int k, int m)
        {
            if (k >= 2 && (_e[k - 1].Is(",") || _e[k - 1].Is("and")) && _e[k - 2].IsMentionOf(EntityType.Place))
            {
                return true;
            }

            int n = m + 1;
            while (n < _e.Count && RelationLexicon.PlaceHeads.Contains(_e[n].Lower))
            {
                n++;
            }

            return n + 1 < _e.Count && (_e[n].Is(",") || _e[n].Is("and") || _e[n].Is("or")) && _e[n + 1].IsMentionOf(EntityType.Place);
        }

        private void EmitLocated(int head, int tail, TextSpan s, TextSpan trigger, double confidence)
        {
            if (IsCountry(head))
            {
                return;
            }

            Emit(EntityAt(head), EntityAt(tail), RelationTypes.LocatedIn, s, trigger, confidence, null);
        }

        private bool IsCountry(int k)
        {
            Element x = _e[k];
            return x.Type == EntityType.Place
                && (RelationLexicon.IsCountry(x.Lower) || RelationLexicon.IsCountry(_entities[EntityAt(k)].Name)
                    || (Gazetteer.Default.TryFindPlace(x.Lower, out PlaceEntry? p) && p.Kind == PlaceKind.Country));
        }

        /// <summary>Whether the gazetteer places <paramref name="inner"/> inside <paramref name="outer"/> (<c>Urumqi, Xinjiang</c>).</summary>
        private bool GazetteerContains(int outer, int inner)
        {
            if (!Gazetteer.Default.TryFindPlace(_e[inner].Lower, out PlaceEntry? i) || !Gazetteer.Default.TryFindPlace(_e[outer].Lower, out PlaceEntry? o) || i.Id == o.Id)
            {
                return false;
            }

            return i.ParentId == o.Id || (o.Kind == PlaceKind.Country && i.CountryCode == o.Id);
        }

        // ---- title phrases ----

        private static bool IsTitleHead(string lower) => RelationLexicon.TitleHeads.Contains(Singular(lower));

        private static string Singular(string lower)
        {
            if (RelationLexicon.TitleHeads.Contains(lower))
            {
                return lower;
            }

            if (lower.EndsWith("men", StringComparison.Ordinal))
            {
                return lower[..^3] + "man";
            }

            return lower.Length > 3 && lower[^1] == 's' ? lower[..^1] : lower;
        }

        private static bool IsTitleWord(Element x)
        {
            if (x.IsMention)
            {
                return false;
            }

            string w = x.Lower;
            if (RelationLexicon.TitleModifiers.Contains(w) || IsTitleHead(w))
            {
                return true;
            }

            return x.Capitalized && w.Length > 1 && char.IsLetter(w[0]) && !RelationLexicon.FunctionWords.Contains(w) && IsDemonym(w);
        }

        private static bool IsTitleWordOrHonorific(Element x) =>
            IsTitleWord(x) || (!x.IsMention && RelationLexicon.Honorifics.Contains(x.Lower));

        /// <summary>Nationality adjectives (<c>Soviet</c>, <c>Chinese</c>, <c>North Korean</c>) that may lead a title.</summary>
        private static bool IsDemonym(string w) =>
            w is "soviet" or "french" or "dutch" or "swiss" or "thai" or "greek" or "czech" or "north" or "south" or "east" or "west" or "british" or "irish" or "polish" or "turkish"
            || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal)
            || w.EndsWith("can", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("an", StringComparison.Ordinal);

        private static string WithoutDemonym(string name)
        {
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 && IsDemonym(name[..space].ToLowerInvariant()) ? name[(space + 1)..] : name;
        }

        /// <summary>Walks left from a title head over title words (not across a line start).</summary>
        private int TitleStartBackward(int head)
        {
            int t = head;
            while (t - 1 >= 0 && !_e[t].LineStart && IsTitleWord(_e[t - 1]))
            {
                t--;
            }

            return t;
        }

        /// <summary>Reads title words from <paramref name="from"/>; returns the index of the last head word, or -1.</summary>
        private int TitleEndForward(int from)
        {
            int lastHead = -1;
            for (int i = from; i < _e.Count && IsTitleWord(_e[i]) && (i == from || !_e[i].LineStart); i++)
            {
                if (IsTitleHead(_e[i].Lower))
                {
                    lastHead = i;
                }
            }

            return lastHead;
        }

        /// <summary>Index of the first element of the title chain before the person at <paramref name="k"/> (or <paramref name="k"/>).</summary>
        private int TitleChainStart(int k)
        {
            int j = SkipHonorificsBackward(k - 1);
            int chain = j;
            while (j >= 1 && (_e[j].IsMentionOf(EntityType.Place) || _e[j].IsMentionOf(EntityType.Agency)))
            {
                int c = j - 1;
                if (c >= 0 && _e[c].Is("the"))
                {
                    c--;
                }

                if (c < 0 || !IsAny(_e[c], Connectors))
                {
                    break;
                }

                j = c - 1;
            }

            if (j >= 0 && !_e[j].IsMention && IsTitleHead(_e[j].Lower))
            {
                int t = TitleStartBackward(j);
                if (t >= 1 && (_e[t - 1].IsMentionOf(EntityType.Agency) || _e[t - 1].IsMentionOf(EntityType.Place)))
                {
                    t--;
                }
                else if (t >= 2 && _e[t - 1].Is("'s") && (_e[t - 2].IsMentionOf(EntityType.Agency) || _e[t - 2].IsMentionOf(EntityType.Place)))
                {
                    t -= 2;
                }

                return t;
            }

            return chain == k - 1 ? k : chain + 1;
        }

        private int SkipHonorificsBackward(int j)
        {
            while (j >= 0 && !_e[j].IsMention)
            {
                if (_e[j].Is(".") && j >= 1 && !_e[j - 1].IsMention && RelationLexicon.Honorifics.Contains(_e[j - 1].Lower))
                {
                    j -= 2;
                }
                else if (!_e[j].Is(".") && RelationLexicon.Honorifics.Contains(_e[j].Lower))
                {
                    j--;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        // ---- helpers ----

        private static bool IsAny(Element x, string[] words)
        {
            if (x.IsMention)
            {
                return false;
            }

            foreach (string w in words)
            {
                if (string.Equals(x.Lower, w, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private int EntityAt(int k) => _entityOf[_e[k].Mention];

        private TextSpan Span(int from, int to) => new(_e[from].Start, _e[to].End);

        private string RoleText(int from, int to) => TextOf(_e[from].Start, _e[to].End);

        private string TextOf(int start, int end)
        {
            // Editorial brackets are dropped and white space runs collapse, so roles read as plain titles.
            string raw = _text.Substring(start, end - start).Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
            return Resolution.NameKeys.CollapseSpaces(raw);
        }

        private void EmitRole(int person, TextSpan s, TextSpan trigger, string role, double confidence)
        {
            int e = EntityAt(person);
            Emit(e, e, RelationTypes.Role, s, trigger, confidence, role);
        }

        private void Emit(int head, int tail, string type, TextSpan s, TextSpan? trigger, double confidence, string? role)
        {
            if (head < 0 || tail < 0 || (head == tail && type != RelationTypes.Role))
            {
                return;
            }

            if (_seen.Add((head, tail, type, s.Start, role)))
            {
                _output.Add(new RelationMention(head, tail, type, s) { Trigger = trigger, Confidence = confidence, Role = role });
            }
        }
    }
}
