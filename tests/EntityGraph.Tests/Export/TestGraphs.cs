using System;
using System.Collections.Generic;
using System.IO;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

/// <summary>Graphs built by hand for the export tests: one realistic, several hostile.</summary>
internal static class TestGraphs
{
    /// <summary>A small fixed graph with every feature the formats carry; the golden files are written from it.</summary>
    public static KnowledgeGraph Golden()
    {
        var zhou = new Entity("person:zhou-enlai", EntityType.Person, "Zhou Enlai") { Aliases = ["Zhou"], MentionCount = 3, DocumentCount = 2 };
        var beijing = new Entity("place:beijing", EntityType.Place, "Beijing")
        {
            Aliases = ["Peking"],
            MentionCount = 2,
            DocumentCount = 1,
            Attributes = new Dictionary<string, object> { ["latitude"] = 39.9042, ["longitude"] = 116.4074, ["country"] = "China" },
        };
        var ministry = new Entity("agency:ministry-of-foreign-affairs", EntityType.Agency, "Ministry of Foreign Affairs") { MentionCount = 1, DocumentCount = 1 };
        var date = new Entity("date:1962-06-08", EntityType.Date, "1962-06-08") { Aliases = ["June 8, 1962"], MentionCount = 1, DocumentCount = 1, Value = "1962-06-08" };
        var documents = new List<DocumentRecord>
        {
            new("cable-1", "cable-1.txt", "1962-06-08",
            [
                new MentionRecord(0, 10, "Zhou Enlai", EntityType.Person, zhou.Id) { Source = "model", Confidence = 0.97 },
                new MentionRecord(14, 40, "Ministry of Foreign Affairs", EntityType.Agency, ministry.Id) { Source = "gazetteer", Confidence = 1.0 },
                new MentionRecord(44, 51, "Beijing", EntityType.Place, beijing.Id) { Source = "gazetteer" },
                new MentionRecord(55, 67, "June 8, 1962", EntityType.Date, date.Id) { Value = "1962-06-08", Source = "date-rules" },
            ]) { DctSource = "header" },
            new("minutes \"B\"", "minutes b.txt", null,
            [
                new MentionRecord(3, 7, "Zhou", EntityType.Person, zhou.Id),
                new MentionRecord(20, 26, "Peking", EntityType.Place, beijing.Id),
            ]),
        };
        var relations = new List<Relation>
        {
            new(ministry, beijing, RelationTypes.LocatedIn, 1, [new Evidence("cable-1", 0, 68)])
            {
                Attributes = new Dictionary<string, object> { ["documents"] = 1 },
            },
            new(zhou, ministry, RelationTypes.WorksFor, 1,
                [new Evidence("cable-1", 0, 68) { TriggerStart = 11, TriggerEnd = 13, Confidence = 0.8, DateStart = "1962-06-08", DateEnd = "1962-06-08" }])
            {
                Attributes = new Dictionary<string, object> { ["documents"] = 1, ["role"] = "Premier" },
            },
            new(zhou, beijing, RelationTypes.MentionedWith, 2, [new Evidence("cable-1", 0, 68), new Evidence("minutes \"B\"", 0, 30) { DateStart = "1962-06" }])
            {
                Attributes = new Dictionary<string, object> { ["documents"] = 2 },
            },
            new(zhou, date, RelationTypes.DatedOn, 1, [new Evidence("cable-1", 0, 68)]),
        };
        return new KnowledgeGraph(documents, [ministry, date, beijing, zhou], relations);
    }

    /// <summary>A realistic graph with parallel edges of different types, attributes of every type and a node without edges.</summary>
    public static KnowledgeGraph Realistic()
    {
        var entities = new List<Entity>();
        var relations = new List<Relation>();
        var mentions = new List<MentionRecord>();
        string[] people = ["Zhang Hanfu", "Dean Rusk", "Andrei Gromyko", "Chen Yi", "Averell Harriman"];
        string[] places = ["Geneva", "Moscow", "Washington", "Vientiane"];
        double[] lat = [46.2044, 55.7558, 38.9072, 17.9757];
        double[] lon = [6.1432, 37.6173, -77.0369, 102.6331];
        for (int i = 0; i < people.Length; i++)
        {
            entities.Add(new Entity("person:" + people[i].ToLowerInvariant().Replace(' ', '-'), EntityType.Person, people[i])
            {
                Aliases = [people[i].Split(' ')[^1]],
                MentionCount = 3 + i,
                DocumentCount = 1 + (i % 2),
                Attributes = new Dictionary<string, object> { ["community"] = i % 2, ["pagerank"] = 0.1 + (i / 7.0), ["central"] = i == 0, ["big"] = 5_000_000_000L + i },
            });
            mentions.Add(new MentionRecord(i * 30, (i * 30) + people[i].Length, people[i], EntityType.Person, entities[^1].Id) { Source = "model", Confidence = 0.9 });
        }

        for (int i = 0; i < places.Length; i++)
        {
            entities.Add(new Entity("place:" + places[i].ToLowerInvariant(), EntityType.Place, places[i])
            {
                MentionCount = 1 + i,
                DocumentCount = 1,
                Attributes = new Dictionary<string, object> { ["latitude"] = lat[i], ["longitude"] = lon[i], ["community"] = 2L },
            });
        }

        entities.Add(new Entity("agency:tass", EntityType.Agency, "TASS") { MentionCount = 1, DocumentCount = 1 });
        entities.Add(new Entity("date:1962-07", EntityType.Date, "1962-07") { MentionCount = 2, DocumentCount = 2, Value = "1962-07" });
        entities.Add(new Entity("date:past-ref", EntityType.Date, "PAST_REF") { MentionCount = 1, DocumentCount = 1, Value = "PAST_REF" });
        entities.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Entity E(string id) => entities.Find(e => e.Id == id)!;

        relations.Add(new Relation(E("person:dean-rusk"), E("person:zhang-hanfu"), RelationTypes.MentionedWith, 3,
            [new Evidence("geneva-1", 0, 80), new Evidence("geneva-1", 81, 150) { DateStart = "1962-07-21" }, new Evidence("geneva-2", 10, 90)]));
        relations.Add(new Relation(E("person:dean-rusk"), E("person:zhang-hanfu"), RelationTypes.MetWith, 1,
            [new Evidence("geneva-1", 81, 150) { TriggerStart = 90, TriggerEnd = 94, Confidence = 0.75, DateStart = "1962-07-21", DateEnd = "1962-07-23" }]));
        relations.Add(new Relation(E("person:chen-yi"), E("place:geneva"), RelationTypes.MentionedWith, 1, [new Evidence("geneva-2", 0, 50) { DateStart = "196X" }]));
        relations.Add(new Relation(E("person:andrei-gromyko"), E("date:1962-07"), RelationTypes.DatedOn, 2, [new Evidence("geneva-1", 0, 80), new Evidence("geneva-2", 0, 50)]));
        relations.Add(new Relation(E("person:averell-harriman"), E("place:vientiane"), RelationTypes.MentionedWith, 1.5, [new Evidence("laos", 5, 60) { DateStart = "1961-W20" }])
        {
            Attributes = new Dictionary<string, object> { ["documents"] = 1, ["role"] = "Ambassador-at-Large", ["score"] = 0.30000000000000004 },
        });
        relations.Add(new Relation(E("person:dean-rusk"), E("date:past-ref"), RelationTypes.DatedOn, 1, [new Evidence("laos", 5, 60)]));
        relations.Add(new Relation(E("place:vientiane"), E("place:geneva"), RelationTypes.LocatedIn, 1, [new Evidence("laos", 61, 99) { DateStart = "1962-Q3" }]));

        var docs = new List<DocumentRecord>
        {
            new("geneva-1", "geneva-1.txt", "1962-07-21", mentions) { DctSource = "metadata" },
            new("geneva-2", "geneva-2.txt", null, []),
            new("laos", "laos.txt", "1961-05-16", []) { DctSource = "header" },
        };
        return new KnowledgeGraph(docs, entities, relations);
    }

    /// <summary>Named hostile graphs: each targets one way an exporter can produce a file consumers reject.</summary>
    public static IEnumerable<TestCaseData> Adversarial()
    {
        yield return new TestCaseData(Realistic()).SetArgDisplayNames("realistic");
        yield return new TestCaseData(new KnowledgeGraph([], [], [])).SetArgDisplayNames("empty");
        yield return new TestCaseData(Single("Lonely Node")).SetArgDisplayNames("node-without-edges");
        yield return new TestCaseData(Pair("Tom \"The Hammer\" O'Neil & <Sons>", "AT&T <Corp> \"quoted\"", "person:tom \"q\" & <x>")).SetArgDisplayNames("markup-characters");
        yield return new TestCaseData(Pair("Ctrl\u0001\u0008\u000B\u000C\u001F end", "tab\tnew\nline\rcr", "person:ctrl\u0001id")).SetArgDisplayNames("control-characters");
        yield return new TestCaseData(Pair("lone \uD800 high", "lone \uDC00 low \uFFFE \uFFFF", "person:sur\uD800")).SetArgDisplayNames("lone-surrogates");
        yield return new TestCaseData(Pair(new string('A', 100_000), "Long " + new string('é', 20_000), "person:" + new string('a', 5_000))).SetArgDisplayNames("very-long-labels");
        yield return new TestCaseData(Pair("毛泽东", "Москва · القاهرة · 東京 😀", "person:毛泽东")).SetArgDisplayNames("non-latin-scripts");
        yield return new TestCaseData(Pair("a,b;c|d", "x:y id", "person:a b,c;d")).SetArgDisplayNames("separators-in-ids");
    }

    private static KnowledgeGraph Single(string label)
    {
        var e = new Entity("agency:lonely", EntityType.Agency, label) { MentionCount = 1, DocumentCount = 1 };
        return new KnowledgeGraph([new DocumentRecord("d", "d.txt", null, [new MentionRecord(0, label.Length, label, EntityType.Agency, e.Id)])], [e], []);
    }

    private static KnowledgeGraph Pair(string labelA, string labelB, string oddId)
    {
        var a = new Entity(oddId, EntityType.Person, labelA) { Aliases = [labelB, "x|y"], MentionCount = 2, DocumentCount = 1 };
        var b = new Entity("place:b", EntityType.Place, labelB)
        {
            MentionCount = 1,
            DocumentCount = 1,
            Attributes = new Dictionary<string, object> { ["note"] = labelA, ["latitude"] = -33.5, ["longitude"] = 151.25 },
        };
        var doc = new DocumentRecord(oddId + " doc", labelB, "2001-02-03",
            [new MentionRecord(0, labelA.Length, labelA, EntityType.Person, a.Id), new MentionRecord(labelA.Length + 1, labelA.Length + 2, labelB, EntityType.Place, b.Id)]);
        var relations = new List<Relation>
        {
            new(a, b, RelationTypes.MentionedWith, 2, [new Evidence(doc.Id, 0, 10), new Evidence(doc.Id, 11, 20) { DateStart = "2001-02" }])
            {
                Attributes = new Dictionary<string, object> { ["role"] = labelB },
            },
            new(a, b, RelationTypes.LocatedIn, 1, [new Evidence(doc.Id, 0, 10) { TriggerStart = 1, TriggerEnd = 2, Confidence = 0.5 }]),
            new(b, a, "custom \"type\" & <x>", 1, []),
        };
        return new KnowledgeGraph([doc], [a, b], relations);
    }

    /// <summary>Writes with <paramref name="write"/> into memory and returns the bytes.</summary>
    public static byte[] Bytes(Action<Stream> write)
    {
        using var ms = new MemoryStream();
        write(ms);
        return ms.ToArray();
    }
}
