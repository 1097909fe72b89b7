using System;
using System.IO;
using System.Reflection;
using System.Xml;
using System.Xml.Schema;

namespace EntityGraph.Export;

/// <summary>
/// The XML schemas of the files EntityGraph writes (GraphML, GEXF and its viz extension), shipped inside the
/// library so a written file can be checked without fetching anything.
/// </summary>
internal static class ExportSchemas
{
    /// <summary>A schema set that validates GraphML.</summary>
    public static XmlSchemaSet GraphML()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(Load("graphml.xsd", static s => s));
        set.Compile();
        return set;
    }

    /// <summary>A schema set that validates GEXF of the given version (1.2draft differs only in its namespaces).</summary>
    public static XmlSchemaSet Gexf(GexfVersion version)
    {
        Func<string, string> ns = version == GexfVersion.V1_3
            ? static s => s
            : static s => s.Replace(GexfWriter.Viz13, GexfWriter.Viz12, StringComparison.Ordinal)
                .Replace(GexfWriter.Namespace13, GexfWriter.Namespace12, StringComparison.Ordinal);
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(Load("viz.xsd", ns));
        set.Add(Load("gexf.xsd", ns));
        set.Compile();
        return set;
    }

    private static XmlSchema Load(string name, Func<string, string> edit)
    {
        Assembly assembly = typeof(ExportSchemas).Assembly;
        using Stream stream = assembly.GetManifestResourceStream("EntityGraph.Export.Schemas." + name)
            ?? throw new EntityGraphException("The schema '" + name + "' is missing from the library.");
        using var reader = new StreamReader(stream);
        using var text = new StringReader(edit(reader.ReadToEnd()));
        using var xml = XmlReader.Create(text, new XmlReaderSettings { XmlResolver = null, DtdProcessing = DtdProcessing.Prohibit });
        return XmlSchema.Read(xml, null) ?? throw new EntityGraphException("The schema '" + name + "' could not be read.");
    }
}
