using System;
using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using EntityGraph.Recognition;
using EntityGraph.Resolution;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Entity resolution over a synthetic collection of 2,000 documents with 50 mentions each (100,000 mentions):
/// full and one-word person names, places (with gazetteer links) and agencies drawn from fixed pools.
/// Run: <c>dotnet run -c Release --project tests/EntityGraph.Benchmarks -- --filter '*Resolution*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ResolutionBenchmarks
{
    private const int Documents = 2000;
    private const int MentionsPerDocument = 50;

    private static readonly string[] Surnames = { "Zhang", "Wang", "Li", "Liu", "Chen", "Kim", "Park", "Ivanov", "Petrov", "Smith", "Tanaka", "Suzuki", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo" };
    private static readonly string[] Given = { "Hanfu", "Zifan", "Bingnan", "Enlai", "Il Sung", "Jong Il", "Sergei", "Nikolai", "John", "Hiroshi", "Kenji", "Wei", "Ping", "Ming", "Jian", "Hua", "Lin", "Tao", "Yong", "Qiang" };
    private static readonly string[] Places = { "Beijing", "Peking", "China", "PRC", "Soviet Union", "USSR", "Moscow", "Xinjiang", "Urumqi", "Wulumuqi", "Alma-Ata", "Almaty", "Tokyo", "Seoul", "Pyongyang", "Shenyang", "Liaoning", "Yalu River", "Harbin", "Vladivostok" };
    private static readonly string[] Agencies = { "Chinese Foreign Ministry", "Ministry of Foreign Affairs", "KGB", "Xinhua", "TASS", "Communist Party of the Soviet Union", "CPSU", "United Nations", "U.N. Security Council", "Asahi Shimbun" };

    private List<(string Text, List<Mention> Mentions)> _texts = new();
    private List<DocumentEntities> _grouped = new();
    private readonly ContextualGrouper _grouper = new();
    private readonly EntityResolver _resolver = new();

    /// <summary>Builds the collection with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _texts = new List<(string, List<Mention>)>(Documents);
        _grouped = new List<DocumentEntities>(Documents);
        for (int d = 0; d < Documents; d++)
        {
            var sb = new StringBuilder();
            var mentions = new List<Mention>(MentionsPerDocument);
            for (int m = 0; m < MentionsPerDocument; m++)
            {
                int kind = random.Next(10);
                string name;
                EntityType type;
                if (kind < 3)
                {
                    name = Surnames[random.Next(Surnames.Length)] + " " + Given[random.Next(Given.Length)];
                    type = EntityType.Person;
                }
                else if (kind < 5)
                {
                    name = random.Next(2) == 0 ? Surnames[random.Next(Surnames.Length)] : Given[random.Next(Given.Length)].Split(' ')[0];
                    type = EntityType.Person;
                }
                else if (kind < 8)
                {
                    name = Places[random.Next(Places.Length)];
                    type = EntityType.Place;
                }
                else
                {
                    name = Agencies[random.Next(Agencies.Length)];
                    type = EntityType.Agency;
                }

                sb.Append(m % 3 == 0 ? "Vice Minister " : "The report on ");
                int start = sb.Length;
                sb.Append(name);
                mentions.Add(new Mention(start, sb.Length, name, type) { Source = "bench" });
                sb.Append(" said so. ");
            }

            string text = sb.ToString();
            _texts.Add((text, mentions));
            _grouped.Add(new DocumentEntities("doc" + d.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), _grouper.Group(text, mentions)));
        }
    }

    /// <summary>Cross-document resolution of the already grouped documents.</summary>
    [Benchmark(Baseline = true)]
    public int Resolve() => _resolver.Resolve(_grouped).Entities.Count;

    /// <summary>Within-document grouping of every document, then cross-document resolution.</summary>
    [Benchmark]
    public int GroupAndResolve()
    {
        var docs = new List<DocumentEntities>(_texts.Count);
        for (int d = 0; d < _texts.Count; d++)
        {
            docs.Add(new DocumentEntities(_grouped[d].DocumentId, _grouper.Group(_texts[d].Text, _texts[d].Mentions)));
        }

        return _resolver.Resolve(docs).Entities.Count;
    }
}
