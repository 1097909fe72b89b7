using EntityGraph.Text;
using NUnit.Framework;

namespace EntityGraph.Tests;

public class SmokeTests
{
    [Test]
    public void Extract_SimpleText_ReturnsResult()
    {
        var r = EntityExtractor.CreateDefault().Extract(Document.FromText("Hello world."));
        Assert.That(r.Analysis.TokenCount, Is.EqualTo(3));
    }
}
