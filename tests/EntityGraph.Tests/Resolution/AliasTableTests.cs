using System.IO;
using EntityGraph.Recognition;
using EntityGraph.Resolution;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

public class AliasTableTests
{
    [Test]
    public void ParseCsv_QuotedFieldsCommentsAndAnyType_Lookups()
    {
        AliasTable t = AliasTable.ParseCsv("# cast\nalias,canonical,type\n\"Stalin, J.\",Joseph Stalin,PERSON\nPeking,Beijing,\n", "cast.csv");
        Assert.That(t.TryGetCanonical("STALIN J", EntityType.Person, out string c1), Is.True);
        Assert.That(c1, Is.EqualTo("Joseph Stalin"));
        Assert.That(t.TryGetCanonical("Stalin, J.", EntityType.Place, out _), Is.False);
        Assert.That(t.TryGetCanonical("peking", EntityType.Agency, out string c2), Is.True);
        Assert.That(c2, Is.EqualTo("Beijing"));
    }

    [TestCase("alias,canonical,type\nA,B,C,D\n", "cast.csv:2: expected 'alias,canonical,type' but found 4 field(s).")]
    [TestCase("a,b,person\n,Joseph Stalin,person\n", "cast.csv:2: the alias is empty.")]
    [TestCase("x,,place\n", "cast.csv:1: the canonical name is empty.")]
    [TestCase("x,y,date\n", "cast.csv:1: unknown type 'date' (expected person, place or agency).")]
    [TestCase("\"x,y\n", "cast.csv:1: unterminated quoted field.")]
    public void ParseCsv_BadRow_ThrowsNamingFileAndLine(string csv, string message)
    {
        Assert.That(() => AliasTable.ParseCsv(csv, "cast.csv"), Throws.TypeOf<EntityGraphException>().With.Message.EqualTo(message));
    }

    [Test]
    public void Load_JsonFile_Lookups()
    {
        string path = Path.Combine(Path.GetTempPath(), "aliases-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "[\n {\"alias\": \"Feng Xi\", \"canonical\": \"Joseph Stalin\", \"type\": \"person\"},\n {\"alias\": \"Tihwa\", \"canonical\": \"Urumqi\"}\n]");
        try
        {
            AliasTable t = AliasTable.Load(path);
            Assert.That(t.Count, Is.EqualTo(4));
            Assert.That(t.TryGetCanonical("Feng Xi", EntityType.Person, out string c), Is.True);
            Assert.That(c, Is.EqualTo("Joseph Stalin"));
            Assert.That(t.TryGetCanonical("Tihwa", EntityType.Place, out c), Is.True);
            Assert.That(c, Is.EqualTo("Urumqi"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_JsonBadEntry_ThrowsNamingFileAndLine()
    {
        string path = Path.Combine(Path.GetTempPath(), "aliases-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "[\n {\"alias\": \"Feng Xi\", \"canonical\": \"Joseph Stalin\"},\n {\"alias\": \"Tihwa\"}\n]");
        try
        {
            Assert.That(() => AliasTable.Load(path), Throws.TypeOf<EntityGraphException>().With.Message.EqualTo(path + ":3: the canonical name is empty."));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_MissingFile_ThrowsNamingFile()
    {
        Assert.That(() => AliasTable.Load("/nonexistent/cast.csv"), Throws.TypeOf<EntityGraphException>().With.Message.StartsWith("/nonexistent/cast.csv: cannot read"));
    }
}
