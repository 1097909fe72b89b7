using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using EntityGraph.Text;

namespace EntityGraph.Recognition.Model;

/// <summary>Settings of <see cref="NerTrainer"/>. Immutable.</summary>
public sealed record NerTrainerOptions
{
    /// <summary>The data folder (with <c>conll2003/</c>, <c>gmb/</c>, <c>wikiann-en/</c>, <c>geonames/</c>, <c>names/</c>, <c>organizations/</c>); null for no corpora and no name lists.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Training corpora by name: <c>conll</c>, <c>gmb</c>, <c>wikiann</c>.</summary>
    public IReadOnlyList<string> Corpora { get; init; } = ["conll"];

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the document shuffle; the same seed and data give a byte-identical model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the model.</summary>
    public float PruneThreshold { get; init; } = 0.01f;

    /// <summary>Whether to build the name-list features from the data folder.</summary>
    public bool UseGazetteers { get; init; } = true;

    /// <summary>Whether to use the document-memory (non-local) features.</summary>
    public bool UseDocumentMemory { get; init; } = true;

    /// <summary>Receives progress lines; null for silence.</summary>
    public TextWriter? Log { get; init; }
}

/// <summary>
/// Trains a <see cref="PerceptronRecognizer"/>: reads the corpora, maps their types to PER / LOC / ORG,
/// builds the hashed name lists and runs the averaged perceptron. Single-threaded and deterministic.
/// </summary>
public static class NerTrainer
{
    /// <summary>Trains on the corpora named in <paramref name="options"/> from its data folder.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The trained recogniser.</returns>
    /// <exception cref="ArgumentException">When the data folder is missing or a corpus name is unknown.</exception>
    /// <exception cref="DocumentReadException">When a corpus file cannot be read.</exception>
    public static PerceptronRecognizer Train(NerTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string data = options.DataDirectory ?? throw new ArgumentException("a data folder is needed to train on named corpora");
        if (!Directory.Exists(data))
        {
            throw new ArgumentException("data folder not found: " + data);
        }

        var docs = new List<TrainingDocument>();
        foreach (string corpus in options.Corpora)
        {
            int before = docs.Count;
            docs.AddRange(TrainingCorpora.Load(data, corpus));
            options.Log?.WriteLine("corpus " + corpus + ": " + (docs.Count - before) + " documents");
        }

        Gazetteer gaz = options.UseGazetteers ? GazetteerBuilder.Build(data, options.Log) : Gazetteer.Empty;
        return Train(docs, gaz, options);
    }

    /// <summary>
    /// Trains on documents already read (tags PER / LOC / ORG in IOB2; any other type counts as O). Name
    /// lists come from <see cref="NerTrainerOptions.DataDirectory"/> when it is set and gazetteers are on.
    /// </summary>
    /// <param name="documents">The training documents.</param>
    /// <param name="options">The settings.</param>
    /// <returns>The trained recogniser.</returns>
    public static PerceptronRecognizer Train(IReadOnlyList<ConllDocument> documents, NerTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var docs = new List<TrainingDocument>(documents.Count);
        foreach (ConllDocument d in documents)
        {
            docs.Add(TrainingCorpora.FromConll(d, TrainingCorpora.MapConll, hasMemory: true));
        }

        Gazetteer gaz = options.UseGazetteers && options.DataDirectory is not null ? GazetteerBuilder.Build(options.DataDirectory, options.Log) : Gazetteer.Empty;
        return Train(docs, gaz, options);
    }

    internal static PerceptronRecognizer Train(List<TrainingDocument> docs, Gazetteer gazetteer, NerTrainerOptions options)
    {
        var learner = new AveragedPerceptron();
        var scratch = new TaggerScratch();
        var order = new int[docs.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var rng = new Random(options.Seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            long tokens = 0, wrong = 0;
            foreach (int d in order)
            {
                TrainingDocument doc = docs[d];
                scratch.Memory.Clear();
                foreach (TrainingSentence s in doc.Sentences)
                {
                    Tagger.TagSentence(learner, gazetteer, s.Text, s.Tokens, scratch, options.UseDocumentMemory && doc.HasMemory, s.Gold, learner);
                    for (int i = 0; i < s.Tokens.Length; i++)
                    {
                        wrong += scratch.Tags[i] != s.Gold[i] ? 1 : 0;
                    }

                    tokens += s.Tokens.Length;
                }
            }

            options.Log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: {tokens} tokens, token error {(double)wrong / Math.Max(1, tokens):P2}, {learner.Rows} rows, {clock.Elapsed.TotalSeconds:F0} s"));
        }

        (uint[] keys, float[] weights) = learner.Average(options.PruneThreshold);
        string description = string.Create(CultureInfo.InvariantCulture,
            $"corpora={string.Join(",", options.Corpora)} epochs={options.Epochs} seed={options.Seed} prune={options.PruneThreshold} gazetteer={gazetteer.Count} memory={options.UseDocumentMemory}");
        options.Log?.WriteLine("model: " + keys.Length + " features kept; " + description);
        return new PerceptronRecognizer(new NerModel(keys, weights, gazetteer, description));
    }
}

/// <summary>One training sentence: a text made of its words joined by spaces, its tokens, gold BILOU tags.</summary>
internal sealed record TrainingSentence(string Text, Token[] Tokens, byte[] Gold);

/// <summary>One training document; <see cref="HasMemory"/> is false when the corpus has no document boundaries.</summary>
internal sealed record TrainingDocument(IReadOnlyList<TrainingSentence> Sentences, bool HasMemory);

/// <summary>Reads the supported corpora and maps their types to PER / LOC / ORG, deliberately.</summary>
internal static class TrainingCorpora
{
    internal static IEnumerable<TrainingDocument> Load(string data, string corpus)
    {
        switch (corpus)
        {
            case "conll":
                foreach (ConllDocument d in ConllReader.Read(Path.Combine(data, "conll2003", "train.txt")))
                {
                    yield return FromConll(d, MapConll, hasMemory: true);
                }

                break;
            case "gmb":
                // No document boundaries in this release: each sentence is its own document (no memory).
                foreach (ConllDocument d in ConllReader.Read(Path.Combine(data, "gmb", "ner_dataset.conll.tsv")))
                {
                    foreach (ConllSentence s in d.Sentences)
                    {
                        yield return FromConll(new ConllDocument([s]), MapGmb, hasMemory: false);
                    }
                }

                break;
            case "wikiann":
                foreach (ConllDocument d in ConllReader.Read(Path.Combine(data, "wikiann-en", "train.tsv")))
                {
                    foreach (ConllSentence s in d.Sentences)
                    {
                        yield return FromConll(new ConllDocument([s]), MapConll, hasMemory: false);
                    }
                }

                break;
            default:
                throw new ArgumentException("unknown corpus '" + corpus + "' (known: conll, gmb, wikiann)");
        }
    }

    internal delegate void SpanMapper(IReadOnlyList<string> words, List<(int Start, int End, string Type)> spans, List<(int Start, int End, int Type)> output);

    internal static TrainingDocument FromConll(ConllDocument doc, SpanMapper map, bool hasMemory)
    {
        var sentences = new List<TrainingSentence>(doc.Sentences.Count);
        var mapped = new List<(int, int, int)>();
        foreach (ConllSentence s in doc.Sentences)
        {
            mapped.Clear();
            map(s.Words, ConllReader.Spans(s.Tags), mapped);
            (string text, Token[] tokens) = PerceptronRecognizer.Join(s.Words);
            sentences.Add(new TrainingSentence(text, tokens, NerTags.Encode(tokens.Length, mapped)));
        }

        return new TrainingDocument(sentences, hasMemory);
    }

    /// <summary>CoNLL-2003 and WikiANN: PER, LOC, ORG kept; MISC (nationalities, events, works) is O.</summary>
    internal static void MapConll(IReadOnlyList<string> words, List<(int Start, int End, string Type)> spans, List<(int Start, int End, int Type)> output)
    {
        foreach ((int s, int e, string type) in spans)
        {
            int t = NerTags.ParseType(type);
            if (t >= 0)
            {
                output.Add((s, e, t));
            }
        }
    }

    /// <summary>
    /// GMB: per → PER without leading titles; geo → LOC; gpe → LOC unless a nationality adjective or
    /// demonym; org → ORG; tim, art, eve, nat → O.
    /// </summary>
    internal static void MapGmb(IReadOnlyList<string> words, List<(int Start, int End, string Type)> spans, List<(int Start, int End, int Type)> output)
    {
        foreach ((int s0, int e, string type) in spans)
        {
            int s = s0;
            switch (type)
            {
                case "per":
                    while (s < e - 1 && (IsTitle(words[s]) || !char.IsUpper(words[s][0])))
                    {
                        s++;
                    }

                    if (!IsTitle(words[s]))
                    {
                        output.Add((s, e, 0));
                    }

                    break;
                case "geo":
                    output.Add((s, e, 1));
                    break;
                case "gpe":
                    if (!IsDemonym(words[e - 1]))
                    {
                        output.Add((s, e, 1));
                    }

                    break;
                case "org":
                    output.Add((s, e, 2));
                    break;
            }
        }
    }

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister", "General", "Secretary",
        "Senator", "Sen.", "King", "Queen", "Vice", "Sheikh", "Prince", "Princess", "Pope", "Chancellor", "Governor",
        "Gov.", "Ambassador", "Colonel", "Col.", "Lieutenant", "Lt.", "Captain", "Capt.", "Major", "Sergeant", "Admiral",
        "Judge", "Rev.", "Reverend", "Premier", "Chairman", "Commander", "Gen.", "Rep.", "President-elect", "Crown",
        "Deputy", "Speaker", "Mayor", "Cardinal", "Archbishop", "Bishop", "Ayatollah", "Emir", "Sultan", "Lady", "Sir",
        "Lord", "Foreign", "Defense", "Interior", "Finance", "State", "Secretary-General", "Field", "Marshal", "Supreme",
        "Leader", "Chief", "Justice", "Senior", "Opposition", "Former", "Mullah", "Grand", "Saint", "St.",
    };

    internal static bool IsTitle(string word) => Titles.Contains(word);

    // Nationality adjectives and demonyms that the suffix rule below does not catch.
    private static readonly HashSet<string> Demonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "American", "Afghan", "Korean", "African", "Cuban", "Mexican", "German", "Venezuelan", "Kenyan", "Moroccan",
        "Dominican", "Chilean", "Ecuadorean", "Ecuadorian", "Jamaican", "Puerto", "Rican", "Sri", "Lankan", "Tibetan",
        "Haitian", "Guatemalan", "Bolivian", "Angolan", "Ugandan", "Rwandan", "Tanzanian", "Zimbabwean", "Zambian",
        "Sudanese", "Arab", "Somali", "Thai", "Saudi", "Kurd", "Kurdish", "Sunni", "Shi'ite", "Shiite", "Yemeni",
        "Omani", "Qatari", "Kuwaiti", "Emirati", "Bahraini", "Bangladeshi", "Pakistani", "Iraqi", "Israeli", "Nepali",
        "Azeri", "Uzbek", "Kazakh", "Tajik", "Turkmen", "Kyrgyz", "Greek", "Dutch", "French", "Swiss", "Welsh", "Scots",
        "Czech", "Slovak", "Serb", "Croat", "Bosniak", "Pole", "Turk", "Briton", "Dane", "Swede", "Finn", "Filipino",
        "Maori", "Basque", "Catalan", "Taliban", "Soviet", "Western", "European", "Asian", "Latin", "Muslim", "Christian",
        "Jewish", "Hindu", "Buddhist", "Catholic", "Protestant", "Islamic", "Shia", "Pashtun", "Hutu", "Tutsi", "Zulu",
        "Roma", "Inuit", "Cypriot", "Maltese", "Chadian", "Ivorian", "Malian", "Nigerien", "Beninese", "Togolese",
        "Gambian", "Liberian", "Guinean", "Ghanaian", "Ethiopian", "Eritrean", "Djiboutian", "Egyptian", "Libyan",
        "Tunisian", "Algerian", "Mauritanian", "Syrian", "Lebanese", "Jordanian", "Palestinian", "Iranian", "Persian",
    };

    /// <summary>Nationality adjectives and demonyms (<c>Chinese</c>, <c>Iraqis</c>, <c>Turkish</c>), by a suffix rule and a list.</summary>
    internal static bool IsDemonym(string word)
    {
        string w = word.EndsWith('s') && word.Length > 4 && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
        if (Demonyms.Contains(w) || Demonyms.Contains(word))
        {
            return true;
        }

        return w.EndsWith("ese", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ian", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("ish", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ic", StringComparison.OrdinalIgnoreCase)
            || (w.EndsWith('i') && w.Length > 4) || w.EndsWith("ean", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>
/// Builds the hashed name lists from the data folder at training time: GeoNames places, regions and
/// countries, census and per-country first names and surnames, organisation names and abbreviations,
/// plus a short list of titles written here. Only hashes end up in the model.
/// </summary>
internal static class GazetteerBuilder
{
    // Titles and honorifics that precede names; written for this project.
    private static readonly string[] TitleWords =
    [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "President", "Minister", "Premier", "Chairman",
        "Comrade", "General", "Gen.", "Ambassador", "Secretary", "Senator", "Sen.", "Governor", "Gov.", "King", "Queen",
        "Prince", "Sheikh", "Colonel", "Col.", "Lt.", "Captain", "Capt.", "Admiral", "Marshal", "Vice", "Deputy",
        "Spokesman", "Spokeswoman", "Counselor", "Counsellor", "Consul", "Envoy", "Chancellor", "Mayor", "Pope",
        "Cardinal", "Bishop", "Rev.", "Sir", "Lord", "Lady", "Judge", "Rep.", "Chief", "Director", "Commander",
    ];

    internal static Gazetteer Build(string data, TextWriter? log)
    {
        var b = new Gazetteer.Builder();
        string geo = Path.Combine(data, "geonames");
        ReadColumns(Path.Combine(geo, "cities15000.txt"), '\t', cols =>
        {
            if (cols.Length < 4)
            {
                return;
            }

            b.Add(cols[1], GazetteerCategory.Place);
            b.Add(cols[2], GazetteerCategory.Place);
            foreach (string alt in cols[3].Split(','))
            {
                if (IsUsableAlias(alt))
                {
                    b.Add(alt, GazetteerCategory.Place);
                }
            }
        });
        ReadColumns(Path.Combine(geo, "admin1CodesASCII.txt"), '\t', cols =>
        {
            if (cols.Length >= 3)
            {
                b.Add(cols[1], GazetteerCategory.Place);
                b.Add(cols[2], GazetteerCategory.Place);
            }
        });
        ReadColumns(Path.Combine(geo, "countryInfo.txt"), '\t', cols =>
        {
            if (cols.Length >= 6 && !cols[0].StartsWith('#'))
            {
                b.Add(cols[4], GazetteerCategory.Country);
                b.Add(cols[5], GazetteerCategory.Place);
            }
        });

        string census = Path.Combine(data, "names", "us-census-1990");
        foreach ((string file, GazetteerCategory cat) in new[]
        {
            ("dist.male.first", GazetteerCategory.FirstName), ("dist.female.first", GazetteerCategory.FirstName), ("dist.all.last", GazetteerCategory.Surname),
        })
        {
            ReadColumns(Path.Combine(census, file), ' ', cols =>
            {
                if (cols.Length > 0 && cols[0].Length > 1)
                {
                    b.Add(cols[0], cat);
                }
            });
        }

        string popular = Path.Combine(data, "names", "popular-names-by-country");
        ReadColumns(Path.Combine(popular, "common-forenames-by-country.csv"), ',', cols =>
        {
            if (cols.Length >= 12 && IsUsableAlias(cols[11]))
            {
                b.Add(cols[11], GazetteerCategory.FirstName);
            }
        });
        ReadColumns(Path.Combine(popular, "common-surnames-by-country.csv"), ',', cols =>
        {
            if (cols.Length >= 6 && IsUsableAlias(cols[5]))
            {
                b.Add(cols[5], GazetteerCategory.Surname);
            }
        });

        string orgs = Path.Combine(data, "organizations");
        ReadColumns(Path.Combine(orgs, "intl-supraverden", "intl_orgs_en.tsv"), '\t', cols =>
        {
            if (cols.Length < 5 || cols[0] == "key")
            {
                return;
            }

            for (int c = 1; c <= 4; c++)
            {
                foreach (string name in cols[c].Split('|'))
                {
                    AddOrganization(b, name);
                }
            }
        });
        ReadColumns(Path.Combine(orgs, "us-federal-gsa", "agency_bureau_unique.tsv"), '\t', cols =>
        {
            if (cols.Length >= 2 && cols[0] != "agency")
            {
                AddOrganization(b, cols[0]);
                AddOrganization(b, cols[1]);
            }
        });

        foreach (string t in TitleWords)
        {
            b.Add(t, GazetteerCategory.Title);
        }

        Gazetteer g = b.Build();
        log?.WriteLine("gazetteer: " + g.Count + " hashed entries");
        return g;
    }

    /// <summary>Adds an organisation name and, when it ends in one, its bracketed abbreviation (<c>Forest Service (FS)</c>).</summary>
    private static void AddOrganization(Gazetteer.Builder b, string name)
    {
        name = name.Trim();
        if (name.Length < 2)
        {
            return;
        }

        int open = name.LastIndexOf('(');
        if (open > 0 && name.EndsWith(')'))
        {
            AddOrganization(b, name[(open + 1)..^1]);
            name = name[..open].TrimEnd(' ', '-');
        }

        if (name.Contains('(', StringComparison.Ordinal))
        {
            return;
        }

        b.Add(name, GazetteerCategory.Organization);
    }

    /// <summary>Latin-script aliases of at least three characters; short all-capital codes (airports) are skipped.</summary>
    private static bool IsUsableAlias(string s)
    {
        if (s.Length < 3)
        {
            return false;
        }

        bool allUpper = true;
        foreach (char c in s)
        {
            if (c > 0x24F || !(char.IsLetter(c) || c is ' ' or '-' or '.' or '\''))
            {
                return false;
            }

            allUpper &= !char.IsLower(c);
        }

        return !(allUpper && s.Length <= 4);
    }

    private static void ReadColumns(string path, char separator, Action<string[]> row)
    {
        if (!File.Exists(path))
        {
            throw new DocumentReadException(path, "name list not found in the data folder");
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            row(separator == ' '
                ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : line.Split(separator));
        }
    }
}
