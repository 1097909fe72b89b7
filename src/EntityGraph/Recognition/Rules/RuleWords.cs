namespace EntityGraph.Recognition.Rules;

/// <summary>Word lists shared by the rules. Immutable.</summary>
internal static class RuleWords
{
    /// <summary>Titles that introduce a name in any case (<c>spokesman Kong Quan</c>, <c>Vice Minister Zhang</c>).</summary>
    internal static readonly WordSet TitlesAnyCase = new(
        "minister", "ambassador", "president", "premier", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
        "secretary", "director", "comrade", "envoy", "correspondent", "reporter", "professor", "commander", "senator", "governor",
        "consul", "counselor", "counsellor", "chancellor", "dissident", "mayor", "vice-minister", "vice-premier", "vice-chairman",
        "vice-president", "secretary-general", "attache", "attaché", "charge", "chargé", "adviser", "advisor", "editor", "interpreter",
        "premier", "leader", "columnist", "commissar", "deputy-director");

    /// <summary>Titles that introduce a name only when capitalised (<c>General X</c>, <c>Mr. X</c>).</summary>
    internal static readonly WordSet TitlesCapitalised = new(
        "General", "Marshal", "Admiral", "Colonel", "Lieutenant", "Captain", "Major", "Sergeant", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof",
        "Sir", "Lord", "Lady", "King", "Queen", "Emperor", "Prince", "Princess", "Pope", "Gen", "Col", "Lt", "Capt", "Gov", "Sen", "Rep",
        "Adm", "Sgt", "Maj", "Amb", "Rev", "Father", "Bishop", "Cardinal", "Justice", "Judge", "Representative", "Messrs", "Madame", "Mme",
        "Mister", "Madam");

    /// <summary>Words that extend a title without being one (<c>Vice</c> Minister, <c>Foreign</c> Minister).</summary>
    internal static readonly WordSet TitleModifiers = new(
        "Vice", "Deputy", "Foreign", "Prime", "Defense", "Defence", "First", "Assistant", "Acting", "Former", "Chief", "Under", "Executive", "Senior", "Special", "Permanent");

    /// <summary>Heads that make a capitalised phrase an organisation.</summary>
    internal static readonly WordSet OrganisationHeads = new(
        "Ministry", "Ministries", "Department", "Bureau", "Office", "Committee", "Commission", "Council", "Party", "Embassy", "Consulate",
        "Consulate-General", "Legation", "Mission", "Agency", "Foundation", "Archive", "Archives", "Institute", "University", "Academy",
        "Association", "Federation", "League", "Society", "Army", "Navy", "Force", "Forces", "Command", "Corps", "Service", "Court",
        "Congress", "Assembly", "Parliament", "Senate", "Diet", "Cabinet", "Secretariat", "Politburo", "Presidium", "Directorate",
        "Administration", "Authority", "Bank", "Company", "Corporation", "Organization", "Organisation", "Fund", "Project", "Movement",
        "Headquarters", "Front", "Shimbun", "Shinbun", "Ilbo", "Sinmun", "Broadcasting", "Commissariat", "Procuratorate", "Police",
        "Garrison", "Division", "Regiment", "Brigade", "Fleet", "Guard", "Guards");

    /// <summary>Heads that need a capitalised word before them (a bare <c>Shimbun</c> is nothing).</summary>
    internal static readonly WordSet HeadsNeedingModifier = new("Shimbun", "Shinbun", "Ilbo", "Sinmun", "Broadcasting", "Division", "Guard", "Guards", "Front", "Fleet");

    /// <summary>Plural nouns whose possessive stays inside a name (<c>People's Republic</c>, <c>Workers' Party</c>).</summary>
    internal static readonly WordSet PossessiveInsideNames = new("People", "Peoples", "Workers", "Peasants", "Women", "Children", "Nations", "Veterans", "Citizens", "Soldiers");

    /// <summary>Capitalised words that are never part of a name: determiners, pronouns, days, months and sentence openers.</summary>
    internal static readonly WordSet NotNames = new(
        "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
        "My", "Your", "In", "On", "At", "For", "From", "To", "By", "With", "But", "And", "Or", "If", "When", "While", "After", "Before", "Since",
        "Under", "Over", "According", "However", "Meanwhile", "Although", "Also", "Both", "Each", "Many", "Some", "Several", "All", "Any", "No",
        "Not", "As", "Of", "So", "Then", "There", "Here", "What", "Which", "Who", "Whom", "Why", "How", "Where", "Yet", "Still", "Even", "Only",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Today", "Yesterday", "Tomorrow", "Date", "Venue", "Time", "Place", "Subject", "Summary", "Citation", "Contents",
        "Credits", "Note", "Notes", "Source", "Sources", "Translation", "Original", "Language", "Level", "Secret", "Confidential", "Top",
        "Urgent", "Extremely", "Minutes", "Memorandum", "Record", "Conversation", "Meeting", "Room", "Attendees", "Participants", "Present",
        "Interpreter", "Prepared", "Government", "State", "People", "Motors", "Electric", "Dynamics", "Accounting", "Agreement", "Election",
        "Elections", "Hospital", "Conference", "Convention", "Treaty", "Declaration", "Report", "Statement", "Question", "Answer", "Q", "A",
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Last", "Next", "Please", "Thank",
        "Thanks", "Yes", "Well", "Now", "Oh", "Mr", "Mrs", "Ms", "Dr", "Correspondent", "Staff", "Writer", "Writers", "Photo", "Advertisement",
        "Share", "Toggle", "More", "Breaking", "News", "Accessibility", "Links", "View", "Full", "Version", "Sic", "Illegible", "Comrades",
        "Chinese", "Soviet", "American", "Japanese", "Korean", "Russian", "Western", "Eastern", "Northern", "Southern", "Communist", "Socialist",
        "Party", "Embassy", "Ministry", "Department", "Council", "Committee", "Commission", "Foreign", "Affairs", "Central", "National",
        "International", "Security", "Assembly", "Secretary", "Office", "Bureau", "Agency", "Republic", "Union", "Autonomous", "Region",
        "Province", "City", "County", "River", "Sea", "Island", "Islands", "North", "South", "East", "West", "Northeast", "Northwest",
        "Southeast", "Southwest", "Border", "Level", "Cable", "Telegram", "Letter", "Document", "Documents", "Side", "Chairman", "Premier",
        "President", "Minister", "Ambassador", "General", "Comrade", "Vice", "Deputy", "Director", "Spokesman", "Professor", "Doctor");

    /// <summary>Capitalised words that open a sentence or line and are never the start of an organisation's name.</summary>
    internal static readonly WordSet Openers = new(
        "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
        "My", "Your", "In", "On", "At", "For", "From", "To", "By", "With", "But", "And", "Or", "If", "When", "While", "After", "Before", "Since",
        "Under", "Over", "According", "However", "Meanwhile", "Although", "Also", "Both", "Each", "Many", "Some", "Several", "All", "Any", "No",
        "Not", "As", "Of", "So", "Then", "There", "Here", "What", "Which", "Who", "Why", "How", "Where", "Yet", "Still", "Even", "Only",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Today", "Yesterday", "Tomorrow", "Venue", "Date", "Subject",
        "Summary", "Citation", "Contents", "Credits", "Note", "Source", "Attendees", "Participants", "Present", "Government", "Meeting",
        "Minutes", "Cable", "Telegram", "Letter", "Memorandum", "Record", "Conversation", "Sino", "Photo", "Chairman", "President", "Premier",
        "Minister", "Ambassador", "Comrade", "Spokesman", "Director", "Secretary", "Vice", "Deputy", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.",
        "Ms.", "Dr.", "Reply", "Response", "Statement", "Report", "Representations", "Concerning", "Regarding", "Re", "Translation", "Level");

    /// <summary>Words after a place name that make it part of a treaty's or event's name (<c>Vienna Convention</c>).</summary>
    internal static readonly WordSet TreatyWords = new(
        "Convention", "Conventions", "Treaty", "Agreement", "Agreements", "Accord", "Accords", "Protocol", "Declaration", "Communique",
        "Communiqué", "Conference", "Summit", "Olympics", "Games", "Incident", "Uprising", "Massacre", "Crisis", "Statement");

    /// <summary>Lower-case particles allowed inside a person's name (<c>Charles de Gaulle</c>).</summary>
    internal static readonly WordSet NameParticles = new("de", "van", "von", "der", "den", "da", "di", "du", "bin", "ibn", "al", "la", "le", "del", "dos");

    /// <summary>Labels of minutes and cables followed by one or more names (<c>Interpreter: Wang Gaiqing</c>).</summary>
    internal static readonly string[][] NameFieldLabels =
    [
        ["Interpreter"], ["Interpreters"], ["Attendees"], ["Participants"], ["Present"], ["Also", "present"], ["Minutes", "Prepared"],
        ["Minutes", "prepared", "by"], ["Minutes", "taken", "by"], ["Prepared", "by"], ["Recorded", "by"], ["Note", "taker"], ["Notetaker"],
        ["Note-taker"], ["Drafted", "by"], ["Drafted"], ["Approved", "by"], ["Approved"], ["Cleared", "by"], ["Translated", "by"],
        ["Translator"], ["Interpreted", "by"], ["Transcribed", "by"], ["Author"], ["Authors"], ["Chaired", "by"], ["Chair"], ["Reporter"],
        ["Written", "by"], ["Edited", "by"], ["Compiled", "by"], ["Signed"], ["Signature"],
    ];

    /// <summary>Verbs that, followed by <c>by</c>, introduce a name anywhere (<c>Translated by Charles Kraus</c>).</summary>
    internal static readonly WordSet ByVerbs = new(
        "translated", "drafted", "prepared", "recorded", "interpreted", "transcribed", "written", "edited", "compiled", "signed", "approved", "cleared");
}
