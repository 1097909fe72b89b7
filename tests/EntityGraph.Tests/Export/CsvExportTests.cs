using System.Collections.Generic;
using System.IO;
using System.Text;
using EntityGraph.Export;
using EntityGraph.Graph;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class CsvExportTests
{
    private static IEnumerable<TestCaseData> Graphs() => TestGraphs.Adversarial();

    [TestCaseSource(nameof(Graphs))]
    public void WriteCsv_AnyGraph_OneRowPerElementWithHeaderWidth(KnowledgeGraph graph)
    {
        foreach (CsvFlavor flavor in new[] { CsvFlavor.Gephi, CsvFlavor.Neo4j })
        {
            (List<string[]> nodes, List<string[]> edges) = Write(graph, flavor);

            Assert.That(nodes, Has.Count.EqualTo(graph.Entities.Count + 1));
            Assert.That(edges, Has.Count.EqualTo(graph.Relations.Count + 1));
            Assert.That(nodes.TrueForAll(r => r.Length == nodes[0].Length), Is.True);
            Assert.That(edges.TrueForAll(r => r.Length == edges[0].Length), Is.True);
        }
    }

    [Test]
    public void WriteCsv_Gephi_HeadersAndDirectedType()
    {
        (List<string[]> nodes, List<string[]> edges) = Write(TestGraphs.Realistic(), CsvFlavor.Gephi);

        Assert.That(nodes[0], Is.EqualTo(new[] { "Id", "Label", "type", "aliases", "mentions", "documents", "value", "big", "central", "community", "latitude", "longitude", "pagerank" }));
        Assert.That(edges[0], Is.EqualTo(new[] { "Source", "Target", "Type", "Id", "Label", "Weight", "relation", "evidence", "start", "end", "documents", "role", "score" }));
        Assert.That(edges[1], Is.EqualTo(new[] { "person:dean-rusk", "person:zhang-hanfu", "Directed", "0", "mentioned_with", "3", "mentioned_with", "geneva-1@0-80|geneva-1@81-150|geneva-2@10-90", "1962-07-21", "1962-07-21", "", "", "" }));
    }

    [Test]
    public void WriteCsv_Neo4j_TypedHeaders()
    {
        (List<string[]> nodes, List<string[]> edges) = Write(TestGraphs.Realistic(), CsvFlavor.Neo4j);

        Assert.That(nodes[0], Is.EqualTo(new[] { "id:ID", ":LABEL", "label", "type", "aliases:string[]", "mentions:int", "documents:int", "value", "big:long", "central:boolean", "community:long", "latitude:double", "longitude:double", "pagerank:double" }));
        Assert.That(edges[0], Is.EqualTo(new[] { ":START_ID", ":END_ID", ":TYPE", "relation", "weight:double", "evidence", "start", "end", "documents:int", "role:string", "score:double" }));
        Assert.That(nodes[1][..3], Is.EqualTo(new[] { "agency:tass", "Agency", "TASS" }));
        Assert.That(edges[1][..5], Is.EqualTo(new[] { "person:dean-rusk", "person:zhang-hanfu", "MENTIONED_WITH", "mentioned_with", "3" }));
    }

    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("line\r\nbreak", "line  break")]
    [TestCase(" padded ", "\" padded \"")]
    public void WriteCsv_Label_QuotedPerRfc4180(string label, string expectedCell)
    {
        var e = new Entity("person:x", global::EntityGraph.Recognition.EntityType.Person, label);
        var nodes = new MemoryStream();
        new KnowledgeGraph([], [e], []).WriteCsv(nodes, Stream.Null);
        string text = Encoding.UTF8.GetString(nodes.ToArray());

        Assert.That(text, Is.EqualTo("Id,Label,type,aliases,mentions,documents,value\r\nperson:x," + expectedCell + ",person,,0,0,\r\n"));
    }

    private static (List<string[]> Nodes, List<string[]> Edges) Write(KnowledgeGraph graph, CsvFlavor flavor)
    {
        var nodes = new MemoryStream();
        var edges = new MemoryStream();
        graph.WriteCsv(nodes, edges, flavor);
        return (Parse(Encoding.UTF8.GetString(nodes.ToArray())), Parse(Encoding.UTF8.GetString(edges.ToArray())));
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.That(row, Is.Empty, "the file ends with CRLF");
        return rows;
    }
}
