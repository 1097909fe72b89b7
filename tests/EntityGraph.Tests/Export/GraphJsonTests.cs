using System.Collections.Generic;
using System.IO;
using System.Text;
using EntityGraph.Export;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class GraphJsonTests
{
    private static IEnumerable<TestCaseData> Graphs() => TestGraphs.Adversarial();

    [TestCaseSource(nameof(Graphs))]
    public void Read_WhatWasWritten_EqualGraphAndIdenticalBytes(KnowledgeGraph graph)
    {
        byte[] first = TestGraphs.Bytes(graph.WriteJson);
        KnowledgeGraph back = GraphJson.Read(new MemoryStream(first));
        byte[] second = TestGraphs.Bytes(back.WriteJson);

        bool hasLoneSurrogate = Encoding.UTF8.GetString(first).Contains('\uFFFD', System.StringComparison.Ordinal);
        if (!hasLoneSurrogate)
        {
            Assert.That(KnowledgeGraphComparer.FirstDifference(graph, back), Is.Null);
        }

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCaseSource(nameof(Graphs))]
    public void WriteJson_AnyGraph_FollowsPublishedSchema(KnowledgeGraph graph)
    {
        string root = RepoPaths.RequireRoot();
        var schema = new JsonSchemaCheck(JObject.Parse(File.ReadAllText(Path.Combine(root, "docs", "graph.schema.json"))));
        JObject written = JObject.Parse(Encoding.UTF8.GetString(TestGraphs.Bytes(graph.WriteJson)));

        Assert.That(schema.Validate(written), Is.Empty);
    }

    [Test]
    public void WriteJson_Realistic_ReferencesResolveAndKeysInContractOrder()
    {
        JObject written = JObject.Parse(Encoding.UTF8.GetString(TestGraphs.Bytes(TestGraphs.Realistic().WriteJson)));
        var nodeIds = new HashSet<string>();
        foreach (JToken n in written["nodes"]!)
        {
            Assert.That(nodeIds.Add((string)n["id"]!), Is.True, "node ids are unique");
        }

        var documentIds = new HashSet<string>();
        foreach (JToken d in written["documents"]!)
        {
            documentIds.Add((string)d["id"]!);
            foreach (JToken m in d["mentions"]!)
            {
                Assert.That(nodeIds, Does.Contain((string)m["entity"]!));
                Assert.That((int)m["end"]!, Is.GreaterThan((int)m["start"]!));
            }
        }

        foreach (JToken e in written["edges"]!)
        {
            Assert.That(nodeIds, Does.Contain((string)e["source"]!));
            Assert.That(nodeIds, Does.Contain((string)e["target"]!));
            foreach (JToken ev in e["evidence"]!)
            {
                Assert.That(documentIds, Does.Contain((string)ev["document"]!));
            }
        }

        Assert.That(Names(written), Is.EqualTo(new[] { "format", "version", "documents", "nodes", "edges" }));
        Assert.That(Names((JObject)written["nodes"]![0]!)[..6], Is.EqualTo(new[] { "id", "type", "label", "aliases", "mentions", "documents" }));
        Assert.That(Names((JObject)written["edges"]![0]!)[..5], Is.EqualTo(new[] { "source", "target", "type", "weight", "evidence" }));
    }

    [Test]
    public void Read_AttributeTypes_KeepTheirTypes()
    {
        KnowledgeGraph back = GraphJson.Read(new MemoryStream(TestGraphs.Bytes(TestGraphs.Realistic().WriteJson)));
        IReadOnlyDictionary<string, object> a = back.FindEntity("person:zhang-hanfu")!.Attributes;

        Assert.That(a["community"], Is.EqualTo(0).And.TypeOf<int>());
        Assert.That(a["pagerank"], Is.EqualTo(0.1).And.TypeOf<double>());
        Assert.That(a["central"], Is.EqualTo(true).And.TypeOf<bool>());
        Assert.That(a["big"], Is.EqualTo(5_000_000_000L).And.TypeOf<long>());
    }

    [Test]
    public void Read_LoneSurrogate_BecomesReplacementCharacterAtSameOffset()
    {
        var e = new Entity("person:x", EntityType.Person, "ab\uD800cd");
        var g = new KnowledgeGraph([new DocumentRecord("d", "d", null, [new MentionRecord(0, 5, "ab\uD800cd", EntityType.Person, "person:x")])], [e], []);

        KnowledgeGraph back = GraphJson.Read(new MemoryStream(TestGraphs.Bytes(g.WriteJson)));

        Assert.That(back.Entities[0].Label, Is.EqualTo("ab\uFFFDcd"));
        Assert.That(back.Documents[0].Mentions[0].Text, Is.EqualTo("ab\uFFFDcd"));
    }

    [Test]
    public void Read_UnknownFieldsAndLaterVersion_Ignored()
    {
        const string Json = """
            {"format":"entitygraph","version":2,"extra":{"a":[1,2]},
             "documents":[{"id":"d","source":"d.txt","dct":null,"mentions":[{"start":0,"end":4,"text":"Mao ","type":"person","entity":"person:mao","new":1}]}],
             "edges":[],
             "nodes":[{"id":"person:mao","type":"person","label":"Mao","aliases":[],"mentions":1,"documents":1,"embedding":[0.1,0.2],"rank":7}]}
            """;

        KnowledgeGraph g = GraphJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(Json)));

        Assert.That(g.Entities[0].Attributes, Is.EqualTo(new Dictionary<string, object> { ["rank"] = 7 }));
        Assert.That(g.Documents[0].Mentions[0].Entity, Is.EqualTo("person:mao"));
    }

    [TestCase("", "one JSON object")]
    [TestCase("{\"format\":}", "not valid JSON")]
    [TestCase("{\"format\":\"entitygraph\"", "ends inside the object")]
    [TestCase("[]", "one JSON object")]
    [TestCase("{\"format\":\"other\",\"version\":1,\"documents\":[],\"nodes\":[],\"edges\":[]}", "\"format\" must be \"entitygraph\"")]
    [TestCase("{\"format\":\"entitygraph\",\"documents\":[],\"nodes\":[],\"edges\":[]}", "\"version\" must be")]
    [TestCase("{\"format\":\"entitygraph\",\"version\":1,\"documents\":[],\"nodes\":[{\"id\":\"a\",\"type\":\"thing\",\"label\":\"A\"}],\"edges\":[]}", "unknown node type 'thing'")]
    [TestCase("{\"format\":\"entitygraph\",\"version\":1,\"documents\":[],\"nodes\":[{\"id\":\"a\",\"type\":\"person\",\"label\":\"A\"},{\"id\":\"a\",\"type\":\"person\",\"label\":\"B\"}],\"edges\":[]}", "used twice")]
    [TestCase("{\"format\":\"entitygraph\",\"version\":1,\"documents\":[],\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"type\":\"t\",\"weight\":1,\"evidence\":[]}]}", "not in \"nodes\"")]
    [TestCase("{\"format\":\"entitygraph\",\"version\":1,\"documents\":[{\"id\":\"d\",\"source\":\"s\",\"dct\":null,\"mentions\":[{\"start\":0,\"end\":1,\"text\":\"x\",\"type\":\"person\",\"entity\":\"nobody\"}]}],\"nodes\":[],\"edges\":[]}", "'nobody', which is not a node")]
    [TestCase("{\"format\":\"entitygraph\",\"version\":1,\"documents\":[],\"nodes\":[{\"id\":\"a\",\"type\":\"person\",\"label\":5}],\"edges\":[]}", "\"label\" must be a string")]
    public void Read_BrokenFile_ThrowsNamingTheProblem(string json, string expected)
    {
        var ex = Assert.Throws<EntityGraphException>(() => GraphJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.That(ex!.Message, Does.Contain(expected).And.StartWith("graph.json"));
    }

    [TestCase("label")]
    [TestCase("id")]
    [TestCase("mentions")]
    public void WriteJson_ReservedAttributeName_Throws(string name)
    {
        var e = new Entity("person:x", EntityType.Person, "X") { Attributes = new Dictionary<string, object> { [name] = 1 } };
        var g = new KnowledgeGraph([], [e], []);

        var ex = Assert.Throws<EntityGraphException>(() => g.WriteJson(Stream.Null));
        Assert.That(ex!.Message, Does.Contain("'" + name + "'").And.Contain("person:x"));
    }

    [Test]
    public void WriteJson_NonFiniteWeight_Throws()
    {
        var a = new Entity("person:a", EntityType.Person, "A");
        var g = new KnowledgeGraph([], [a, new Entity("person:b", EntityType.Person, "B")], []);
        var bad = new KnowledgeGraph([], g.Entities, [new Relation(a, g.Entities[1], "t", double.NaN, [])]);

        var ex = Assert.Throws<EntityGraphException>(() => bad.WriteJson(Stream.Null));
        Assert.That(ex!.Message, Does.Contain("weight"));
    }

    [Test]
    public void ContentEquals_OneFieldChanged_ReportsIt()
    {
        KnowledgeGraph g = TestGraphs.Golden();
        var changed = new List<Entity>(g.Entities);
        changed[0] = new Entity(changed[0].Id, changed[0].Type, "Other label");
        var other = new KnowledgeGraph(g.Documents, changed, []);

        Assert.That(g.ContentEquals(g), Is.True);
        Assert.That(g.ContentEquals(other), Is.False);
        Assert.That(KnowledgeGraphComparer.FirstDifference(g, other), Does.Contain("label"));
    }

    private static string[] Names(JObject o)
    {
        var names = new List<string>();
        foreach (JProperty p in o.Properties())
        {
            names.Add(p.Name);
        }

        return names.ToArray();
    }
}
