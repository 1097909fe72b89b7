using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using EntityGraph.Export;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class XmlExportTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";
    private static readonly XNamespace Viz = "http://gexf.net/1.3/viz";

    private static IEnumerable<TestCaseData> Graphs() => TestGraphs.Adversarial();

    [TestCaseSource(nameof(Graphs))]
    public void WriteGraphML_AnyGraph_ValidAgainstSchema(KnowledgeGraph graph)
    {
        byte[] bytes = TestGraphs.Bytes(graph.WriteGraphML);

        Assert.That(Validate(bytes, ExportSchemas.GraphML()), Is.Empty);
    }

    [TestCaseSource(nameof(Graphs))]
    public void WriteGexf_AnyGraph_ValidAgainstSchema(KnowledgeGraph graph)
    {
        Assert.That(Validate(TestGraphs.Bytes(s => graph.WriteGexf(s)), ExportSchemas.Gexf(GexfVersion.V1_3)), Is.Empty);
        Assert.That(Validate(TestGraphs.Bytes(s => graph.WriteGexf(s, GexfVersion.V1_2Draft)), ExportSchemas.Gexf(GexfVersion.V1_2Draft)), Is.Empty);
    }

    [TestCaseSource(nameof(Graphs))]
    public void WriteGraphML_AnyGraph_CountsMatchAndNoKeyNamedId(KnowledgeGraph graph)
    {
        XDocument doc = XDocument.Load(new MemoryStream(TestGraphs.Bytes(graph.WriteGraphML)));
        XElement g = doc.Root!.Element(G + "graph")!;

        Assert.That(g.Attribute("edgedefault")!.Value, Is.EqualTo("directed"));
        Assert.That(new List<XElement>(g.Elements(G + "node")), Has.Count.EqualTo(graph.Entities.Count));
        Assert.That(new List<XElement>(g.Elements(G + "edge")), Has.Count.EqualTo(graph.Relations.Count));
        foreach (XElement key in doc.Root.Elements(G + "key"))
        {
            Assert.That(key.Attribute("attr.name")!.Value, Is.Not.EqualTo("id"));
            Assert.That(key.Attribute("for")!.Value, Is.AnyOf("node", "edge"));
        }

        // Nodes come before edges: the first edge follows the last node.
        bool seenEdge = false;
        foreach (XElement child in g.Elements())
        {
            seenEdge |= child.Name == G + "edge";
            Assert.That(seenEdge && child.Name == G + "node", Is.False);
        }
    }

    [TestCase("<edge source=\"n0\" target=\"nowhere\"/>", "'nowhere' in 'http://graphml.graphdrawing.org/xmlns:node.id' Keyref")]
    [TestCase("<node id=\"n0\"/>", "node.id")]
    [TestCase("<node id=\"n1\"><data key=\"undeclared\">x</data></node>", "'undeclared' in 'http://graphml.graphdrawing.org/xmlns:key.id' Keyref")]
    [TestCase("<node id=\"has space\"/>", "NMTOKEN")]
    public void GraphMLSchema_BrokenFile_Rejected(string element, string expected)
    {
        string xml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"
            + "<graph edgedefault=\"directed\"><node id=\"n0\"/>" + element + "</graph></graphml>";

        List<string> errors = Validate(System.Text.Encoding.UTF8.GetBytes(xml), ExportSchemas.GraphML());

        Assert.That(string.Join("\n", errors), Does.Contain(expected));
    }

    [Test]
    public void WriteGraphML_Realistic_GephiKeysTyped()
    {
        XDocument doc = XDocument.Load(new MemoryStream(TestGraphs.Bytes(TestGraphs.Realistic().WriteGraphML)));
        var keys = new Dictionary<string, string>();
        foreach (XElement key in doc.Root!.Elements(G + "key"))
        {
            keys[key.Attribute("for")!.Value + "/" + key.Attribute("attr.name")!.Value] = key.Attribute("attr.type")!.Value;
        }

        Assert.That(keys, Is.EqualTo(new Dictionary<string, string>
        {
            ["node/label"] = "string", ["node/type"] = "string", ["node/aliases"] = "string", ["node/mentions"] = "int",
            ["node/documents"] = "int", ["node/value"] = "string", ["node/size"] = "double", ["node/r"] = "int", ["node/g"] = "int",
            ["node/b"] = "int", ["node/big"] = "long", ["node/central"] = "boolean", ["node/community"] = "long",
            ["node/latitude"] = "double", ["node/longitude"] = "double", ["node/pagerank"] = "double",
            ["edge/type"] = "string", ["edge/label"] = "string", ["edge/weight"] = "double", ["edge/evidence"] = "string",
            ["edge/start"] = "string", ["edge/end"] = "string", ["edge/documents"] = "int", ["edge/role"] = "string", ["edge/score"] = "double",
        }));
    }

    [Test]
    public void WriteGraphML_HostileText_CleanedAndEscaped()
    {
        var e = new Entity("person:a", EntityType.Person, "x\u0001<&>\"\uD800\uFFFF😀") { MentionCount = 1 };
        string xml = System.Text.Encoding.UTF8.GetString(TestGraphs.Bytes(new KnowledgeGraph([], [e], []).WriteGraphML));

        Assert.That(xml, Does.Contain("x\uFFFD&lt;&amp;&gt;\"\uFFFD\uFFFD😀</data>"));
    }

    [Test]
    public void WriteGexf_Realistic_DynamicWithSpellsColoursAndPositions()
    {
        XDocument doc = XDocument.Load(new MemoryStream(TestGraphs.Bytes(s => TestGraphs.Realistic().WriteGexf(s))));
        XElement graph = doc.Root!.Element(Gexf + "graph")!;
        var nodes = new Dictionary<string, XElement>();
        foreach (XElement n in graph.Element(Gexf + "nodes")!.Elements(Gexf + "node"))
        {
            nodes[n.Attribute("id")!.Value] = n;
        }

        Assert.That(graph.Attribute("mode")!.Value, Is.EqualTo("dynamic"));
        Assert.That(graph.Attribute("timeformat")!.Value, Is.EqualTo("date"));
        Assert.That(Spells(nodes["date:1962-07"]), Is.EqualTo(new[] { "1962-07-01..1962-07-31" }));
        Assert.That(Spells(nodes["person:andrei-gromyko"]), Is.EqualTo(new[] { "1962-07-01..1962-07-31" }));
        Assert.That(Spells(nodes["person:dean-rusk"]), Is.EqualTo(new[] { "1962-07-21..1962-07-23" }));
        Assert.That(Spells(nodes["place:geneva"]), Is.EqualTo(new[] { "1960-01-01..1969-12-31" }));
        Assert.That(Spells(nodes["agency:tass"]), Is.Empty);
        XElement position = nodes["place:moscow"].Element(Viz + "position")!;
        Assert.That(position.Attribute("x")!.Value, Is.EqualTo("376.173"));
        Assert.That(position.Attribute("y")!.Value, Is.EqualTo("557.558"));
        Assert.That(nodes["person:chen-yi"].Element(Viz + "position"), Is.Null);
        XElement color = nodes["agency:tass"].Element(Viz + "color")!;
        Assert.That(color.Attribute("r")!.Value + "," + color.Attribute("g")!.Value + "," + color.Attribute("b")!.Value, Is.EqualTo("255,127,14"));
        Assert.That(nodes["person:zhang-hanfu"].Element(Viz + "size")!.Attribute("value")!.Value, Is.EqualTo("15.66"));
    }

    private static string[] Spells(XElement element)
    {
        var spells = new List<string>();
        foreach (XElement s in element.Descendants(Gexf + "spell"))
        {
            spells.Add(s.Attribute("start")!.Value + ".." + s.Attribute("end")!.Value);
        }

        return spells.ToArray();
    }

    internal static List<string> Validate(byte[] bytes, XmlSchemaSet schemas)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Severity + " line " + e.Exception.LineNumber + ": " + e.Message);
        using XmlReader reader = XmlReader.Create(new MemoryStream(bytes), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
