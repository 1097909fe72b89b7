using System;
using System.Collections.Generic;
using EntityGraph.Recognition;

namespace EntityGraph.Resolution;

/// <summary>
/// Groups a document's mentions into entities using the document's own context:
/// <list type="bullet">
/// <item>names are compared by normalised key (case, diacritics, hyphens, brackets: <c>Zhang [Hanfu]</c> = <c>Zhang Hanfu</c>);</item>
/// <item>full person names with the same first and last word merge (<c>[Stepan V.] Chervonenko</c> = <c>Stepan Chervonenko</c>)
/// unless their middle words differ;</item>
/// <item>a one-word person mention (<c>Zhang</c>, <c>Hanfu</c>, <c>Mr. Kong</c>) joins the full name whose first or last word it is.
/// When several full names qualify, it follows, in order: a <c>(hereafter X)</c> declaration, then the full name
/// carrying the same title (<c>Vice Minister Zhang</c> → the Vice Minister), then the candidate mentioned most recently
/// before it, then the next one after it. Two full names are never merged through such a mention;</item>
/// <item>a bracketed or parenthesised gloss right after a mention of the same type is an alias (<c>Wulumuqi [Urumqi]</c>),
/// as is <c>(hereafter X)</c>;</item>
/// <item>an acronym joins the name whose initials it spells (<c>MSS</c> → <c>Ministry of State Security</c>), the most
/// recent such name before it, else the next one after it;</item>
/// <item>places with the same gazetteer entry merge (<c>PRC</c> = <c>China</c>);</item>
/// <item>agencies are keyed by state and core name; an unqualified national institution (<c>Ministry of Foreign
/// Affairs</c>) takes the state of a qualified one of the same kind in the document, else the document's dominant
/// state (from country names and nationality adjectives), so it joins <c>Chinese Foreign Ministry</c>.</item>
/// </list>
/// Titles before a person's name become <see cref="LocalEntity.Roles"/>. Immutable and thread-safe.
/// </summary>
public sealed class ContextualGrouper : IMentionGrouper
{
    private readonly IPlaceKnowledge _knowledge;

    /// <summary>Creates a grouper that links places and organisations with the built-in gazetteer.</summary>
    public ContextualGrouper()
        : this(KnowledgeBase.Default)
    {
    }

    /// <summary>Creates a grouper that links places and organisations with <paramref name="knowledge"/>.</summary>
    /// <param name="knowledge">The gazetteer, possibly extended with GeoNames places.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="knowledge"/> is null.</exception>
    public ContextualGrouper(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
    }

    private sealed class Info
    {
        public required Mention Mention;
        public required string Clean;
        public required List<string> Words;
        public string? Role;
        public string? PlaceId;
        public string? Country;
        public string Key = "";
        public bool SingleWordPerson;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public IReadOnlyList<LocalEntity> Group(string text, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        int n = mentions.Count;
        var infos = new Info[n];
        for (int i = 0; i < n; i++)
        {
            infos[i] = Prepare(text, mentions, i);
        }

        AssignAgencyStates(text, infos);
        ResolveCompassPlaces(infos);

        var uf = new UnionFind(n);
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            Info x = infos[i];
            if (x.SingleWordPerson)
            {
                continue;
            }

            if (firstByKey.TryGetValue(x.Key, out int f))
            {
                uf.Union(f, i);
            }
            else
            {
                firstByKey[x.Key] = i;
            }
        }

        MergeFullPersonNames(infos, firstByKey, uf);
        var declared = LinkGlossesAndHereafter(text, infos, uf);
        LinkAcronyms(infos, uf);
        AttachShortPersonNames(infos, declared, uf);
        return Build(infos, uf);
    }

    /// <summary>
    /// A bare compass word used as a place (<c>the North</c>) names the one place of the document whose name
    /// starts with it (<c>North Korea</c>); with none or several such places it stays as it is.
    /// </summary>
    private static void ResolveCompassPlaces(Info[] infos)
    {
        foreach (Info x in infos)
        {
            if (x.Mention.Type != EntityType.Place || x.PlaceId is not null || x.Words.Count != 1
                || Array.IndexOf(CompassWords, x.Clean) < 0)
            {
                continue;
            }

            Info? match = null;
            bool ambiguous = false;
            foreach (Info y in infos)
            {
                if (y.Mention.Type == EntityType.Place && y.PlaceId is not null && y.Words.Count > 1
                    && y.Clean.StartsWith(x.Clean + " ", StringComparison.OrdinalIgnoreCase))
                {
                    ambiguous |= match is not null && !string.Equals(match.PlaceId, y.PlaceId, StringComparison.Ordinal);
                    match = y;
                }
            }

            if (match is not null && !ambiguous)
            {
                x.PlaceId = match.PlaceId;
                x.Country = match.Country;
                x.Key = match.Key;
            }
        }
    }

    private static readonly string[] CompassWords = ["North", "South", "East", "West"];

    private Info Prepare(string text, IReadOnlyList<Mention> mentions, int i)
    {
        Mention m = mentions[i];
        if (m.Type == EntityType.Date)
        {
            string v = m.Value ?? m.Text;
            return new Info { Mention = m, Clean = v, Words = new List<string>(), Key = "d|" + v };
        }

        string clean = NameKeys.StripBrackets(m.Text);
        if (clean.EndsWith("'s", StringComparison.Ordinal) || clean.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            clean = clean[..^2];
        }

        if (m.Type != EntityType.Person && clean.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            clean = clean[4..];
        }

        string? role = null;
        if (m.Type == EntityType.Person)
        {
            clean = Titles.StripLeading(clean, out role);
            int floor = i > 0 ? mentions[i - 1].End : 0;
            int lineStart = text.LastIndexOf('\n', Math.Max(0, m.Start - 1)) + 1;
            role ??= Titles.RoleBefore(text, m.Start, Math.Max(floor, lineStart));
        }

        List<string> words = NameKeys.Words(clean);
        var info = new Info { Mention = m, Clean = clean, Words = words, Role = role };
        switch (m.Type)
        {
            case EntityType.Person:
                info.SingleWordPerson = words.Count == 1;
                info.Key = "p|" + string.Concat(words);
                break;
            case EntityType.Place:
                if (_knowledge.TryFindPlace(clean, out PlaceFact p))
                {
                    info.PlaceId = p.Id;
                    info.Country = p.CountryCode;
                    info.Key = "k|" + p.Id;
                }
                else
                {
                    info.Key = "l|" + string.Concat(words);
                }

                break;
            default:
                (info.Country, string core) = AgencyNames.Analyse(clean, _knowledge);
                info.Country ??= QualifierBefore(text, m.Start, text.LastIndexOf('\n', Math.Max(0, m.Start - 1)) + 1);
                info.Key = "a|" + core;
                break;
        }

        return info;
    }

    /// <summary>A state named right before an agency mention but outside it: <c>China's [Communist Party]</c>.</summary>
    private string? QualifierBefore(string text, int start, int floor)
    {
        int j = start;
        while (j > floor && text[j - 1] == ' ')
        {
            j--;
        }

        int end = j;
        if (end - 2 >= floor && text[end - 1] == 's' && (text[end - 2] == '\'' || text[end - 2] == '\u2019'))
        {
            end -= 2;
        }

        int w = end;
        while (w > floor && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        if (w == end || !char.IsUpper(text[w]))
        {
            return null;
        }

        return _knowledge.TryFindCountry(text[w..end], out string cc) ? cc : null;
    }

    private void AssignAgencyStates(string text, Info[] infos)
    {
        // Qualified cores in the document: an unqualified "Foreign Ministry" follows the only qualified one.
        var qualified = new Dictionary<string, string?>(StringComparer.Ordinal);
        bool needContext = false;
        foreach (Info x in infos)
        {
            if (x.Mention.Type != EntityType.Agency)
            {
                continue;
            }

            if (x.Country is not null)
            {
                qualified[x.Key] = qualified.TryGetValue(x.Key, out string? c) && c != x.Country ? null : x.Country;
            }
            else if (AgencyNames.IsNational(x.Key[2..]))
            {
                needContext = true;
            }
        }

        string? docState = needContext ? DominantState(text, infos) : null;
        foreach (Info x in infos)
        {
            if (x.Mention.Type != EntityType.Agency)
            {
                continue;
            }

            if (x.Country is null && AgencyNames.IsNational(x.Key[2..]))
            {
                if (qualified.TryGetValue(x.Key, out string? only))
                {
                    x.Country = only ?? docState;
                }
                else
                {
                    x.Country = docState;
                }
            }

            x.Key = "a|" + (x.Country ?? "") + "|" + x.Key[2..];
            if (_knowledge.TryFindOrganization(x.Clean, x.Country, out string orgId))
            {
                x.PlaceId = orgId;
                x.Key = "k|" + orgId;
            }
        }
    }

    /// <summary>The state the document speaks most of: country mentions plus nationality adjectives outside mentions.</summary>
    private string? DominantState(string text, Info[] infos)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int next = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (next < infos.Length && i >= infos[next].Mention.Start)
            {
                Info x = infos[next];
                if (x.Mention.Type == EntityType.Place && x.Country is not null
                    && x.PlaceId is not null && x.Mention.Type == EntityType.Place && _knowledge.TryGetPlace(x.PlaceId, out PlaceFact pf) && pf.IsCountry)
                {
                    counts[x.Country] = counts.GetValueOrDefault(x.Country) + 1;
                }
                else if (x.Mention.Type == EntityType.Agency && x.Country is not null)
                {
                    counts[x.Country] = counts.GetValueOrDefault(x.Country) + 1;
                }

                i = Math.Max(i, x.Mention.End);
                next++;
                continue;
            }

            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            int end = i;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '.'))
            {
                end++;
            }

            int limit = next < infos.Length ? infos[next].Mention.Start : text.Length;
            if (end <= limit && end - i >= 3 && _knowledge.TryFindCountry(text[i..end], out string cc))
            {
                counts[cc] = counts.GetValueOrDefault(cc) + 1;
            }

            i = Math.Max(end, i + 1);
        }

        string? best = null;
        int bestCount = 0, second = 0;
        foreach (KeyValuePair<string, int> kv in counts)
        {
            if (kv.Value > bestCount)
            {
                second = bestCount;
                bestCount = kv.Value;
                best = kv.Key;
            }
            else if (kv.Value > second)
            {
                second = kv.Value;
            }
        }

        return bestCount > second ? best : null;
    }

    private static void MergeFullPersonNames(Info[] infos, Dictionary<string, int> firstByKey, UnionFind uf)
    {
        var full = new List<int>();
        foreach (KeyValuePair<string, int> kv in firstByKey)
        {
            Info x = infos[kv.Value];
            if (x.Mention.Type == EntityType.Person && x.Words.Count >= 2)
            {
                full.Add(kv.Value);
            }
        }

        full.Sort();
        for (int a = 0; a < full.Count; a++)
        {
            for (int b = a + 1; b < full.Count; b++)
            {
                if (SamePerson(infos[full[a]].Words, infos[full[b]].Words))
                {
                    uf.Union(full[a], full[b]);
                }
            }
        }
    }

    /// <summary>Same first and last word, and the middle words (when both have them) agree, by initial at least.</summary>
    internal static bool SamePerson(List<string> x, List<string> y)
    {
        if (x[0] != y[0] || x[^1] != y[^1])
        {
            return false;
        }

        if (x.Count > 2 && y.Count > 2)
        {
            if (x.Count != y.Count)
            {
                return false;
            }

            for (int i = 1; i < x.Count - 1; i++)
            {
                string p = x[i], q = y[i];
                bool ok = p == q || (p.Length == 1 && q[0] == p[0]) || (q.Length == 1 && p[0] == q[0]);
                if (!ok)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Dictionary<string, (int Mention, int From)> LinkGlossesAndHereafter(string text, Info[] infos, UnionFind uf)
    {
        var declared = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < infos.Length; i++)
        {
            Mention a = infos[i].Mention, b = infos[i + 1].Mention;
            if (a.Type == EntityType.Date || b.Type == EntityType.Date)
            {
                continue;
            }

            ReadOnlySpan<char> between = text.AsSpan(a.End, b.Start - a.End);
            if (IsGloss(text, between, b) && a.Type == b.Type)
            {
                uf.Union(i, i + 1);
                continue;
            }

            if (IsHereafter(between) && (a.Type == b.Type))
            {
                uf.Union(i, i + 1);
                declared[string.Concat(infos[i + 1].Words)] = (i, b.End);
            }
        }

        return declared;
    }

    private static bool IsGloss(string text, ReadOnlySpan<char> between, Mention b)
    {
        ReadOnlySpan<char> t = between.Trim();
        if (t.Length != 1 || (t[0] != '[' && t[0] != '('))
        {
            return false;
        }

        char close = t[0] == '[' ? ']' : ')';
        int after = b.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after < text.Length && text[after] == close;
    }

    private static bool IsHereafter(ReadOnlySpan<char> between)
    {
        ReadOnlySpan<char> t = between.Trim();
        if (t.Length == 0 || t[0] != '(')
        {
            return false;
        }

        t = t[1..].TrimStart();
        if (!t.StartsWith("hereafter", StringComparison.OrdinalIgnoreCase) && !t.StartsWith("hereinafter", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Allow "referred to as", "called", a comma and opening quotes, but nothing else.
        int sp = t.IndexOf(' ');
        ReadOnlySpan<char> rest = sp < 0 ? ReadOnlySpan<char>.Empty : t[(sp + 1)..];
        foreach (string w in new[] { "referred to as", "called", "the" })
        {
            rest = rest.TrimStart();
            if (rest.StartsWith(w, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[w.Length..];
            }
        }

        rest = rest.Trim().Trim("\"\u201C\u2018',:");
        return rest.Length == 0;
    }

    private static void LinkAcronyms(Info[] infos, UnionFind uf)
    {
        for (int j = 0; j < infos.Length; j++)
        {
            Info a = infos[j];
            if (a.Mention.Type is EntityType.Date or EntityType.Person || !NameKeys.IsAcronym(a.Clean))
            {
                continue;
            }

            string acr = NameKeys.Compact(a.Clean);
            int before = -1, after = -1;
            for (int i = 0; i < infos.Length; i++)
            {
                Info x = infos[i];
                if (i == j || x.Mention.Type != a.Mention.Type || x.Words.Count < 2)
                {
                    continue;
                }

                bool match = NameKeys.Initials(x.Clean) == acr;
                if (!match && x.Mention.Type == EntityType.Agency && x.Country is not null)
                {
                    // "North Korean Ministry of State Security" spelled "MSS": skip the state qualifier.
                    for (int skip = 1; skip <= 3 && !match; skip++)
                    {
                        match = NameKeys.Initials(x.Clean, skip) == acr;
                    }
                }

                if (!match)
                {
                    continue;
                }

                if (i < j)
                {
                    before = i;
                }
                else if (after < 0)
                {
                    after = i;
                }
            }

            int target = before >= 0 ? before : after;
            if (target >= 0)
            {
                uf.Union(target, j);
            }
        }
    }

    private static void AttachShortPersonNames(Info[] infos, Dictionary<string, (int Mention, int From)> declared, UnionFind uf)
    {
        // Full-name mentions per word that can stand for them (first or last word).
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var hasFull = new bool[infos.Length];
        for (int i = 0; i < infos.Length; i++)
        {
            Info x = infos[i];
            if (x.Mention.Type != EntityType.Person || x.Words.Count < 2)
            {
                continue;
            }

            hasFull[i] = true;
            AddTo(byWord, x.Words[0], i);
            if (x.Words[^1] != x.Words[0])
            {
                AddTo(byWord, x.Words[^1], i);
            }
        }

        var rootHasFull = new HashSet<int>();
        for (int i = 0; i < infos.Length; i++)
        {
            if (hasFull[i])
            {
                rootHasFull.Add(uf.Find(i));
            }
        }

        var lastSeen = new Dictionary<int, int>();
        var singleByWord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < infos.Length; i++)
        {
            Info x = infos[i];
            if (x.Mention.Type != EntityType.Person)
            {
                continue;
            }

            if (!x.SingleWordPerson)
            {
                lastSeen[uf.Find(i)] = i;
                continue;
            }

            int root = uf.Find(i);
            if (rootHasFull.Contains(root))
            {
                lastSeen[root] = i;
                continue;
            }

            string word = x.Words[0];
            int target = -1;
            if (declared.TryGetValue(word, out (int Mention, int From) d) && d.From <= x.Mention.Start)
            {
                target = d.Mention;
            }
            else if (byWord.TryGetValue(word, out List<int>? full))
            {
                target = ChooseFullName(infos, full, x, i, lastSeen, uf);
            }

            if (target >= 0)
            {
                bool targetFull = rootHasFull.Contains(uf.Find(target));
                uf.Union(target, i);
                int r = uf.Find(i);
                if (targetFull)
                {
                    rootHasFull.Add(r);
                }

                lastSeen[r] = i;
                continue;
            }

            if (singleByWord.TryGetValue(word, out int first))
            {
                uf.Union(first, i);
            }
            else
            {
                singleByWord[word] = i;
            }

            lastSeen[uf.Find(i)] = i;
        }
    }

    private static int ChooseFullName(Info[] infos, List<int> full, Info x, int i, Dictionary<int, int> lastSeen, UnionFind uf)
    {
        var roots = new List<int>();
        foreach (int f in full)
        {
            int r = uf.Find(f);
            if (!roots.Contains(r))
            {
                roots.Add(r);
            }
        }

        if (roots.Count == 1)
        {
            return roots[0];
        }

        if (x.Role is not null)
        {
            string role = NameKeys.Compact(x.Role);
            int match = -1, matches = 0;
            foreach (int r in roots)
            {
                for (int k = 0; k < infos.Length; k++)
                {
                    if (infos[k].Role is not null && uf.Find(k) == r && NameKeys.Compact(infos[k].Role!) == role)
                    {
                        match = r;
                        matches++;
                        break;
                    }
                }
            }

            if (matches == 1)
            {
                return match;
            }
        }

        int best = -1, bestSeen = -1;
        foreach (int r in roots)
        {
            if (lastSeen.TryGetValue(r, out int seen) && seen < i && seen > bestSeen)
            {
                best = r;
                bestSeen = seen;
            }
        }

        if (best >= 0)
        {
            return best;
        }

        foreach (int f in full)
        {
            if (f > i)
            {
                return uf.Find(f);
            }
        }

        return -1;
    }

    private static void AddTo(Dictionary<string, List<int>> d, string key, int value)
    {
        if (!d.TryGetValue(key, out List<int>? list))
        {
            list = new List<int>();
            d[key] = list;
        }

        list.Add(value);
    }

    private static List<LocalEntity> Build(Info[] infos, UnionFind uf)
    {
        var groupOf = new Dictionary<int, int>();
        var members = new List<List<int>>();
        for (int i = 0; i < infos.Length; i++)
        {
            int r = uf.Find(i);
            if (!groupOf.TryGetValue(r, out int g))
            {
                g = members.Count;
                groupOf[r] = g;
                members.Add(new List<int>());
            }

            members[g].Add(i);
        }

        var result = new List<LocalEntity>(members.Count);
        for (int g = 0; g < members.Count; g++)
        {
            List<int> ms = members[g];
            Info first = infos[ms[0]];
            string name = BestName(infos, ms);
            var aliases = new List<string>();
            var roles = new List<string>();
            string? placeId = null, country = null;
            foreach (int mi in ms)
            {
                Info x = infos[mi];
                AddDistinct(aliases, x.Clean, name);
                if (first.Mention.Type != EntityType.Date)
                {
                    AddDistinct(aliases, x.Mention.Text, name);
                }

                if (x.Role is not null)
                {
                    AddDistinct(roles, x.Role, null);
                }

                placeId ??= x.PlaceId;
                country ??= x.Country;
            }

            result.Add(new LocalEntity(g, first.Mention.Type, name, ms)
            {
                Aliases = aliases,
                Roles = roles,
                KnowledgeId = placeId,
                Country = country,
            });
        }

        return result;
    }

    private static void AddDistinct(List<string> list, string s, string? except)
    {
        if (!string.Equals(s, except, StringComparison.Ordinal) && !list.Contains(s))
        {
            list.Add(s);
        }
    }

    /// <summary>Most words, then most frequent, then not all capitals, then earliest.</summary>
    private static string BestName(Info[] infos, List<int> ms)
    {
        string best = infos[ms[0]].Clean;
        int bestWords = -1, bestCount = -1;
        bool bestCaps = true;
        foreach (int mi in ms)
        {
            string c = infos[mi].Clean;
            int words = infos[mi].Mention.Type == EntityType.Date ? 1 : infos[mi].Words.Count;
            int count = 0;
            foreach (int mj in ms)
            {
                if (string.Equals(infos[mj].Clean, c, StringComparison.Ordinal))
                {
                    count++;
                }
            }

            bool caps = IsAllCaps(c);
            bool better = words > bestWords
                || (words == bestWords && bestCaps && !caps)
                || (words == bestWords && caps == bestCaps && count > bestCount);
            if (better)
            {
                best = c;
                bestWords = words;
                bestCount = count;
                bestCaps = caps;
            }
        }

        return best;
    }

    internal static bool IsAllCaps(string s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 3;
    }
}

/// <summary>Union–find with path halving; the smaller index becomes the root so results do not depend on union order.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int n)
    {
        _parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    public bool Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        if (ra < rb)
        {
            _parent[rb] = ra;
        }
        else
        {
            _parent[ra] = rb;
        }

        return true;
    }
}
