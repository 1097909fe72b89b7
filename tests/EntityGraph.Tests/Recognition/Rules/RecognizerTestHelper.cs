using System.Collections.Generic;
using System.Linq;
using EntityGraph.Recognition;
using EntityGraph.Text;

namespace EntityGraph.Tests.Recognition.Rules;

internal static class RecognizerTestHelper
{
    /// <summary>Runs a recogniser and renders its mentions as "TYPE:text@start" in text order.</summary>
    internal static string[] Run(IEntityRecognizer recognizer, string text)
    {
        TokenizedDocument doc = TextAnalyzer.Default.Analyze(Document.FromText(text));
        var output = new List<Mention>();
        recognizer.Recognize(doc, output);
        return output.OrderBy(m => m.Start).Select(m => m.Type.ToName().ToUpperInvariant() + ":" + m.Text + "@" + m.Start).ToArray();
    }
}
