using System;
using System.Collections.Frozen;

namespace EntityGraph.Relations;

/// <summary>
/// Word lists the relation patterns use: title nouns and their modifiers, place heads, compass words,
/// country names and the words that mark newspapers and parties. All lists are lower case; frozen, so
/// thread-safe.
/// </summary>
internal static class RelationLexicon
{
    /// <summary>Nouns that end a title phrase (<c>Deputy Director</c>, <c>Foreign Ministry spokesman</c>).</summary>
    public static readonly FrozenSet<string> TitleHeads = FrozenSet.ToFrozenSet(
    [
        "spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "consul", "consul-general",
        "director", "director-general", "secretary", "secretary-general", "chairman", "chairwoman", "chair",
        "president", "vice-president", "premier", "vice-premier", "chancellor", "governor", "mayor",
        "commander", "general", "admiral", "colonel", "captain", "lieutenant", "marshal", "commissar",
        "official", "officer", "head", "chief", "leader", "deputy", "envoy", "emissary", "representative",
        "delegate", "counselor", "counsellor", "attache", "attaché", "adviser", "advisor", "correspondent",
        "reporter", "journalist", "editor", "columnist", "photographer", "interpreter", "translator",
        "analyst", "researcher", "professor", "diplomat", "member", "agent", "negotiator", "aide",
        "undersecretary", "under-secretary", "commissioner", "inspector", "prosecutor", "judge",
        "staffer", "manager", "executive", "founder", "chargé", "charge", "vice-chairman", "writer",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words that may precede a title head inside a title phrase.</summary>
    public static readonly FrozenSet<string> TitleModifiers = FrozenSet.ToFrozenSet(
    [
        "vice", "deputy", "acting", "first", "second", "third", "assistant", "senior", "junior", "chief",
        "general", "foreign", "prime", "press", "staff", "special", "permanent", "executive", "former",
        "top", "state", "defense", "defence", "interior", "finance", "party", "political", "military",
        "trade", "cultural", "commercial", "information", "affairs", "consular", "regional", "provincial",
        "national", "central", "local", "district", "county", "city", "news", "associate", "managing",
        "under", "high", "supreme", "lead", "embassy", "ministry", "department", "committee", "council",
        "security", "public", "border", "ranking", "senior-ranking", "veteran", "military", "intelligence",
        "foreign-ministry", "government", "bureau", "section", "division", "desk", "economic", "naval",
    ], StringComparer.Ordinal);

    /// <summary>Honorifics: outside the person's span, and not roles.</summary>
    public static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "miss", "dr", "comrade", "madame", "madam", "sir", "mister", "."],
        StringComparer.Ordinal);

    /// <summary>Function words never read as part of a capitalised title phrase.</summary>
    public static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "of", "to", "for", "at", "in", "on", "by", "with", "and", "or", "but", "from",
        "that", "this", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
        "their", "our", "as", "when", "while", "after", "before", "since", "also", "said", "says", "told",
        "if", "then", "there", "here", "who", "which", "what", "where", "why", "how", "not", "no", "yes",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
        "according", "translated", "prepared", "submitted", "attendees", "venue", "date", "subject", "to:",
    ], StringComparer.Ordinal);

    /// <summary>Generic lower-case heads that may follow a place name (<c>Liaoning province</c>, <c>Yalu river</c>).</summary>
    public static readonly FrozenSet<string> PlaceHeads = FrozenSet.ToFrozenSet(
    [
        "river", "province", "city", "county", "region", "prefecture", "district", "village", "town",
        "island", "islands", "mountains", "mountain", "lake", "sea", "area", "state", "oblast",
        "municipality", "autonomous", "township", "port", "valley", "peninsula", "capital",
    ], StringComparer.Ordinal);

    /// <summary>Heads that name an administrative division: a place followed by one is a container.</summary>
    public static readonly FrozenSet<string> AdminHeads = FrozenSet.ToFrozenSet(
        ["province", "region", "prefecture", "county", "state", "oblast", "autonomous", "district", "municipality"],
        StringComparer.Ordinal);

    /// <summary>Compass and position words between <c>in</c> and a place (<c>in northeastern China</c>).</summary>
    public static readonly FrozenSet<string> DirectionWords = FrozenSet.ToFrozenSet(
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern",
        "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
        "south-eastern", "south-western", "central", "far", "remote", "rural", "coastal", "western-most",
        "eastern-most", "northernmost", "southernmost", "easternmost", "westernmost", "upper", "lower",
        "inner", "outer", "mid-western", "midwestern",
    ], StringComparer.Ordinal);

    /// <summary>Words in an agency name that mark it as a newspaper, broadcaster or news agency.</summary>
    public static readonly FrozenSet<string> NewsWords = FrozenSet.ToFrozenSet(
    [
        "times", "post", "journal", "news", "herald", "tribune", "daily", "gazette", "press", "shimbun",
        "shinbun", "ilbo", "xinhua", "tass", "itar-tass", "reuters", "kyodo", "yonhap", "voa", "bbc", "cnn",
        "telegraph", "guardian", "globe", "chronicle", "observer", "pravda", "izvestia", "nikkei", "asahi",
        "yomiuri", "mainichi", "sankei", "afp", "ap", "upi", "radio", "television", "broadcasting", "monitor",
        "economist", "examiner", "inquirer", "star", "sun", "mail", "express", "ajw",
    ], StringComparer.Ordinal);

    /// <summary>Words in an agency name that mark a party-like body, joined with <c>member_of</c>.</summary>
    public static readonly FrozenSet<string> PartyWords = FrozenSet.ToFrozenSet(
        ["party", "politburo", "komsomol", "presidium", "league"],
        StringComparer.Ordinal);

    /// <summary>Words in an agency name that mark a diplomatic or local office, whose <c>in</c> is surely a location.</summary>
    public static readonly FrozenSet<string> OfficeWords = FrozenSet.ToFrozenSet(
    [
        "embassy", "consulate", "consulate-general", "legation", "mission", "office", "bureau", "branch",
        "representation", "delegation", "headquarters", "department", "station", "command",
    ], StringComparer.Ordinal);

    /// <summary>Sovereign states (current and historical), by their usual English names and abbreviations.</summary>
    public static readonly FrozenSet<string> Countries = FrozenSet.ToFrozenSet(
    [
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
        "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
        "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
        "burkina faso", "burma", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china",
        "colombia", "congo", "costa rica", "croatia", "cuba", "cyprus", "czechoslovakia", "czech republic",
        "denmark", "djibouti", "ecuador", "egypt", "el salvador", "eritrea", "estonia", "ethiopia", "fiji",
        "finland", "france", "gabon", "gambia", "georgia", "germany", "east germany", "west germany", "ghana",
        "greece", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
        "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan",
        "kenya", "korea", "north korea", "south korea", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon",
        "liberia", "libya", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "mali", "malta",
        "mauritania", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique",
        "myanmar", "namibia", "nepal", "netherlands", "holland", "new zealand", "nicaragua", "niger",
        "nigeria", "norway", "oman", "pakistan", "panama", "paraguay", "peru", "philippines", "the philippines",
        "poland", "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia", "senegal", "serbia",
        "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa", "spain", "sri lanka",
        "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand",
        "togo", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine", "united arab emirates",
        "united kingdom", "britain", "great britain", "england", "united states", "united states of america",
        "america", "us", "u s", "usa", "u s a", "uk", "u k", "uruguay", "uzbekistan", "venezuela", "vietnam",
        "viet nam", "north vietnam", "south vietnam", "yemen", "yugoslavia", "zambia", "zimbabwe",
        "soviet union", "ussr", "u s s r", "union of soviet socialist republics", "prc", "p r c",
        "people s republic of china", "republic of china", "dprk", "d p r k", "rok", "r o k",
        "democratic people s republic of korea", "republic of korea", "gdr", "frg", "tibet",
    ], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a country name (case, punctuation and spacing ignored).</summary>
    public static bool IsCountry(string name) => Countries.Contains(Key(name));

    /// <summary>Lower-cases and reduces every run of non-letters to one space (<c>U.S.</c> → <c>u s</c>).</summary>
    public static string Key(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int n = 0;
        bool gap = false;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && n > 0)
                {
                    buffer[n++] = ' ';
                }

                gap = false;
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else
            {
                gap = true;
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>Whether any word of <paramref name="name"/> is in <paramref name="words"/>.</summary>
    public static bool HasWord(string name, FrozenSet<string> words)
    {
        foreach (string w in Key(name).Split(' '))
        {
            if (words.Contains(w))
            {
                return true;
            }
        }

        return false;
    }
}
