using System.Collections.Generic;
using EntityGraph.Recognition.Lexicon;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Lexicon;

public class GazetteerTests
{
    private static Gazetteer G => Gazetteer.Default;

    [TestCase("Peking", "CN-Beijing", "Beijing")]
    [TestCase("Peiping", "CN-Beijing", "Beijing")]
    [TestCase("Beijing", "CN-Beijing", "Beijing")]
    [TestCase("Alma-Ata", "KZ-Almaty", "Almaty")]
    [TestCase("alma ata", "KZ-Almaty", "Almaty")]
    [TestCase("Wulumuqi", "CN-Urumqi", "Urumqi")]
    [TestCase("Tihwa", "CN-Urumqi", "Urumqi")]
    [TestCase("Ürümqi", "CN-Urumqi", "Urumqi")]
    [TestCase("Canton", "CN-Guangzhou", "Guangzhou")]
    [TestCase("Mukden", "CN-Shenyang", "Shenyang")]
    [TestCase("SHENYANG", "CN-Shenyang", "Shenyang")]
    [TestCase("Seisin", "KP-Chongjin", "Chongjin")]
    [TestCase("Leningrad", "RU-SaintPetersburg", "Saint Petersburg")]
    [TestCase("Saigon", "VN-HoChiMinhCity", "Ho Chi Minh City")]
    [TestCase("Bombay", "IN-Mumbai", "Mumbai")]
    [TestCase("Frunze", "KG-Bishkek", "Bishkek")]
    [TestCase("Stalinabad", "TJ-Dushanbe", "Dushanbe")]
    [TestCase("Washington", "US-WashingtonDC", "Washington, D.C.")]
    [TestCase("Sinkiang", "CN-XJ", "Xinjiang")]
    [TestCase("Xinjiang Uyghur Autonomous Region", "CN-XJ", "Xinjiang")]
    [TestCase("Xinjiang Uighur Autonomous Region", "CN-XJ", "Xinjiang")]
    [TestCase("Chaghantoqay", "CN-XJ-YUMIN", "Yumin County")]
    [TestCase("Yalu", "W-YALU", "Yalu River")]
    [TestCase("USSR", "SU", "Soviet Union")]
    [TestCase("U.S.S.R.", "SU", "Soviet Union")]
    [TestCase("PRC", "CN", "China")]
    [TestCase("People's Republic of China", "CN", "China")]
    [TestCase("People\u2019s Republic of China", "CN", "China")]
    [TestCase("Red China", "CN", "China")]
    [TestCase("ROK", "KR", "South Korea")]
    [TestCase("DPRK", "KP", "North Korea")]
    [TestCase("Democratic People's Republic of Korea", "KP", "North Korea")]
    [TestCase("N. Korea", "KP", "North Korea")]
    [TestCase("U.S.", "US", "United States")]
    [TestCase("U.S.A.", "US", "United States")]
    [TestCase("America", "US", "United States")]
    [TestCase("Great Britain", "GB", "United Kingdom")]
    [TestCase("UK", "GB", "United Kingdom")]
    [TestCase("GDR", "DD", "East Germany")]
    [TestCase("FRG", "DE-FRG", "West Germany")]
    [TestCase("Burma", "MM", "Myanmar")]
    [TestCase("Ceylon", "LK", "Sri Lanka")]
    [TestCase("Siam", "TH", "Thailand")]
    [TestCase("Persia", "IR", "Iran")]
    [TestCase("Zaire", "ZR", "Zaire")]
    [TestCase("Yugoslavia", "YU", "Yugoslavia")]
    [TestCase("Czechoslovakia", "CS", "Czechoslovakia")]
    public void TryFindPlace_KnownName_ReturnsCanonicalPlace(string name, string id, string canonical)
    {
        Assert.That(G.TryFindPlace(name, out PlaceEntry? place), Is.True);
        Assert.That(place!.Id, Is.EqualTo(id));
        Assert.That(place.CanonicalName, Is.EqualTo(canonical));
    }

    [TestCase("Chinese")]
    [TestCase("Soviet")]
    [TestCase("Nowhereland")]
    [TestCase("")]
    public void TryFindPlace_NotAPlace_ReturnsFalse(string name)
    {
        Assert.That(G.TryFindPlace(name, out PlaceEntry? place), Is.False);
        Assert.That(place, Is.Null);
    }

    [TestCase("Chinese", "CN")]
    [TestCase("Soviet", "SU")]
    [TestCase("North Korean", "KP")]
    [TestCase("Japanese", "JP")]
    [TestCase("American", "US")]
    [TestCase("West German", "DE")]
    [TestCase("East German", "DD")]
    public void TryFindDemonym_Demonym_ReturnsCountry(string word, string code)
    {
        Assert.That(G.TryFindDemonym(word, out string found), Is.True);
        Assert.That(found, Is.EqualTo(code));
    }

    [TestCase("China")]
    [TestCase("Beijing")]
    public void TryFindDemonym_Name_ReturnsFalse(string word)
    {
        Assert.That(G.TryFindDemonym(word, out string found), Is.False);
        Assert.That(found, Is.EqualTo(""));
    }

    [TestCase("KGB", "KGB", "KGB")]
    [TestCase("Tass", "SU-TASS", "TASS")]
    [TestCase("Soviet Communist Party", "SU-CPSU", "Communist Party of the Soviet Union")]
    [TestCase("CPSU", "SU-CPSU", "Communist Party of the Soviet Union")]
    [TestCase("U.N. Security Council", "UN-SC", "United Nations Security Council")]
    [TestCase("U.N.", "UN", "United Nations")]
    [TestCase("UNHCR", "UN-HCR", "United Nations High Commissioner for Refugees")]
    [TestCase("Kuomintang", "CN-KMT", "Kuomintang")]
    [TestCase("KMT", "CN-KMT", "Kuomintang")]
    [TestCase("Workers' Party of Korea", "KP-WPK", "Workers' Party of Korea")]
    [TestCase("Asahi Shimbun", "JP-ASAHI", "The Asahi Shimbun")]
    [TestCase("Nihon Keizai Shimbun", "JP-NIKKEI", "Nihon Keizai Shimbun")]
    [TestCase("Associated Press", "US-AP", "Associated Press")]
    [TestCase("Wilson Center Digital Archive", "US-WCDA", "Wilson Center Digital Archive")]
    [TestCase("PRC FMA", "CN-FMA", "PRC Foreign Ministry Archive")]
    [TestCase("Chinese Foreign Ministry", "CN-MFA", "Chinese Ministry of Foreign Affairs")]
    public void TryFindOrganization_KnownName_ReturnsCanonical(string name, string id, string canonical)
    {
        Assert.That(G.TryFindOrganization(name, out OrganizationEntry? org), Is.True);
        Assert.That(org!.Id, Is.EqualTo(id));
        Assert.That(org.CanonicalName, Is.EqualTo(canonical));
    }

    [Test]
    public void TryFindOrganization_Unknown_ReturnsFalse()
    {
        Assert.That(G.TryFindOrganization("Ministry of Silly Walks", out OrganizationEntry? org), Is.False);
        Assert.That(org, Is.Null);
    }

    [Test]
    public void GetPlace_CountryId_ReturnsCountryWithCapitalAndCoordinates()
    {
        PlaceEntry cn = G.GetPlace("CN");
        Assert.That(cn.Kind, Is.EqualTo(PlaceKind.Country));
        Assert.That(cn.Capital, Is.EqualTo("Beijing"));
        Assert.That(cn.Latitude, Is.InRange(30.0, 40.0));
        Assert.That(cn.Longitude, Is.InRange(100.0, 110.0));
        Assert.That(cn.Demonyms, Does.Contain("Chinese"));
    }

    [Test]
    public void GetPlace_UnknownId_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => G.GetPlace("XX-Nowhere"));
    }

    [Test]
    public void GetPlace_ProvinceId_HasParentAndKind()
    {
        PlaceEntry ln = G.GetPlace("CN-LN");
        Assert.That(ln.CanonicalName, Is.EqualTo("Liaoning"));
        Assert.That(ln.Kind, Is.EqualTo(PlaceKind.Region));
        Assert.That(ln.ParentId, Is.EqualTo("CN-MAN"));
        Assert.That(G.GetPlace(ln.ParentId!).ParentId, Is.EqualTo("CN"));
    }

    [Test]
    public void Places_EveryCountryCapital_IsACityAndEveryParentExists()
    {
        var cityNames = new HashSet<string>();
        foreach (PlaceEntry p in G.Places)
        {
            if (p.Kind == PlaceKind.City)
            {
                cityNames.Add(p.CanonicalName);
            }
        }

        var problems = new List<string>();
        foreach (PlaceEntry p in G.Places)
        {
            if (p.Kind == PlaceKind.Country && p.Capital is string cap && !cityNames.Contains(cap))
            {
                problems.Add(p.Id + " capital " + cap);
            }

            if (p.ParentId is string parent && !G.TryGetPlace(parent, out _))
            {
                problems.Add(p.Id + " parent " + parent);
            }

            if (p.Latitude is < -90 or > 90 || p.Longitude is < -180 or > 180)
            {
                problems.Add(p.Id + " coordinates");
            }
        }

        Assert.That(problems, Is.Empty);
        Assert.That(G.Places.Count, Is.GreaterThan(600));
        Assert.That(G.Organizations.Count, Is.GreaterThan(150));
    }

    [Test]
    public void GetPlace_Capital_IsMarkedCapital()
    {
        Assert.That(G.GetPlace("CN-Beijing").IsCapital, Is.True);
        Assert.That(G.GetPlace("CN-Shenyang").IsCapital, Is.False);
    }
}
