using System.IO;
using System.Linq;
using EntityGraph.Resolution;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

public class GeoNamesLoaderTests
{
    private static string Row(string id, string name, string alternatives, string lat, string lon, string cc, string population) =>
        string.Join('\t', id, name, name, alternatives, lat, lon, "P", "PPLA", cc, "", "01", "", "", "", population, "", "800", "Asia/Almaty", "2024-01-01");

    [Test]
    public void Load_SmallFile_ParsesRowsAndFiltersAlternativeNames()
    {
        string path = Path.GetTempFileName();
        File.WriteAllLines(path, new[]
        {
            Row("1526384", "Almaty", "ALA,Alma-Ata,Almaty,UAAA,Алматы,阿拉木图,Verny,050000", "43.25249", "76.9115", "KZ", "1977011"),
            Row("9999", "Testville", "", "-10.5", "20.25", "", ""),
        });
        try
        {
            GeoNamesPlace[] rows = GeoNamesLoader.Load(path).ToArray();
            Assert.That(rows, Has.Length.EqualTo(2));
            GeoNamesPlace a = rows[0];
            Assert.That((a.GeonameId, a.Name, a.Latitude, a.Longitude, a.CountryCode, a.Population, a.FeatureCode),
                Is.EqualTo((1526384L, "Almaty", 43.25249, 76.9115, "KZ", 1977011L, "PPLA")));
            Assert.That(a.AlternativeNames, Is.EqualTo(new[] { "Alma-Ata", "Verny" }));
            Assert.That(a.Id, Is.EqualTo("geonames:1526384"));
            Assert.That((rows[1].Population, rows[1].AlternativeNames.Count), Is.EqualTo((0L, 0)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("1\tx\n", "expected 19 tab-separated columns but found 2")]
    [TestCase("abc\tx\tx\t\t1\t2\tP\tPPL\tKZ\t\t\t\t\t\t0\t\t\t\t\n", "the geonameid 'abc' is not a number")]
    [TestCase("1\tx\tx\t\t91\t2\tP\tPPL\tKZ\t\t\t\t\t\t0\t\t\t\t\n", "the latitude '91' is not a number between -90 and 90")]
    public void Load_BadRow_ThrowsNamingFileAndLine(string content, string problem)
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "# comment\n" + content);
        try
        {
            Assert.That(() => GeoNamesLoader.Load(path).ToArray(),
                Throws.TypeOf<EntityGraphException>().With.Message.EqualTo(path + ":2: " + problem + "."));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_Cities15000_AllRowsAndAlmaty()
    {
        string? path = SharedData.Find(Path.Combine("data", "geonames", "cities15000.txt"));
        if (path is null)
        {
            Assert.Ignore("shared/data/geonames/cities15000.txt not found next to the repository; GeoNames check skipped.");
            return;
        }

        int count = 0;
        GeoNamesPlace? almaty = null;
        foreach (GeoNamesPlace p in GeoNamesLoader.Load(path))
        {
            count++;
            if (p.GeonameId == 1526384)
            {
                almaty = p;
            }
        }

        Assert.That(count, Is.EqualTo(32847));
        Assert.That(almaty, Is.Not.Null);
        Assert.That((almaty!.Name, almaty.CountryCode), Is.EqualTo(("Almaty", "KZ")));
        Assert.That(almaty.Latitude, Is.EqualTo(43.25).Within(0.01));
        Assert.That(almaty.Longitude, Is.EqualTo(76.91).Within(0.01));
        Assert.That(almaty.AlternativeNames, Does.Contain("Alma-Ata"));
        Assert.That(almaty.AlternativeNames.Any(n => n.Length is 3 or 4 && n.All(char.IsUpper)), Is.False);

        // Extending the built-in gazetteer: a town it lacks becomes linkable.
        KnowledgeBase kb = KnowledgeBase.Default.WithPlaces(GeoNamesLoader.Load(path));
        Assert.That(kb.ExtraPlaceCount, Is.EqualTo(32847));
        var grouper = new ContextualGrouper(kb);
        (string text, var mentions) = TestDocs.Parse("They reached {L:Ekibastuz} from {L:Alma-Ata}.");
        var entities = grouper.Group(text, mentions);
        Assert.That(entities[0].KnowledgeId, Is.EqualTo("geonames:1524325"));
        Assert.That(entities[1].KnowledgeId, Is.EqualTo("geo:KZ-Almaty"));
    }
}
