using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace EntityGraph.Resolution;

/// <summary>One row of a GeoNames <c>geoname</c> table (<c>cities15000.txt</c>, <c>allCountries.txt</c>). Immutable.</summary>
/// <param name="GeonameId">The GeoNames id.</param>
/// <param name="Name">The name (UTF-8).</param>
/// <param name="AsciiName">The name in plain ASCII.</param>
/// <param name="AlternativeNames">Alternative names in Latin script, without airport codes, postal codes or links.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="FeatureClass">Feature class (<c>P</c> populated place, <c>A</c> administrative area, <c>H</c> water, ...).</param>
/// <param name="FeatureCode">Feature code (<c>PPLC</c> capital, <c>PPLA</c>, <c>ADM1</c>, ...).</param>
/// <param name="CountryCode">ISO 3166 alpha-2 country code, or empty.</param>
/// <param name="Population">Population, 0 when unknown.</param>
public sealed record GeoNamesPlace(
    long GeonameId,
    string Name,
    string AsciiName,
    IReadOnlyList<string> AlternativeNames,
    double Latitude,
    double Longitude,
    string FeatureClass,
    string FeatureCode,
    string CountryCode,
    long Population)
{
    /// <summary>The knowledge id used in the graph: <c>geonames:1526384</c>.</summary>
    public string Id => "geonames:" + GeonameId.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads the 19-column, tab-separated GeoNames <c>geoname</c> dumps a user downloads
/// (<c>cities15000.txt</c>, <c>allCountries.txt</c>), streaming one row at a time. Alternative names
/// that are airport codes (three or four capitals), postal codes, links or written in a non-Latin script
/// are dropped. Thread-safe (no state).
/// </summary>
public static class GeoNamesLoader
{
    /// <summary>Reads the rows of a GeoNames dump lazily; the file is opened on first enumeration.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is null.</exception>
    /// <exception cref="EntityGraphException">During enumeration, when the file cannot be read or a row is malformed (the message names file and line).</exception>
    public static IEnumerable<GeoNamesPlace> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(path);
    }

    private static IEnumerable<GeoNamesPlace> Read(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EntityGraphException(path + ": cannot read the GeoNames file (" + ex.Message + ").", ex);
        }

        using (reader)
        {
            int lineNo = 0;
            while (true)
            {
                string? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (IOException ex)
                {
                    throw new EntityGraphException(path + ":" + (lineNo + 1).ToString(CultureInfo.InvariantCulture) + ": read error (" + ex.Message + ").", ex);
                }

                if (line is null)
                {
                    yield break;
                }

                lineNo++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                yield return ParseRow(line, path, lineNo);
            }
        }
    }

    internal static GeoNamesPlace ParseRow(string line, string path, int lineNo)
    {
        string[] f = line.Split('\t');
        if (f.Length != 19)
        {
            throw Bad(path, lineNo, "expected 19 tab-separated columns but found " + f.Length.ToString(CultureInfo.InvariantCulture));
        }

        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            throw Bad(path, lineNo, "the geonameid '" + f[0] + "' is not a number");
        }

        if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) || lat is < -90 or > 90)
        {
            throw Bad(path, lineNo, "the latitude '" + f[4] + "' is not a number between -90 and 90");
        }

        if (!double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) || lon is < -180 or > 180)
        {
            throw Bad(path, lineNo, "the longitude '" + f[5] + "' is not a number between -180 and 180");
        }

        long population = 0;
        if (f[14].Length > 0 && !long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out population))
        {
            throw Bad(path, lineNo, "the population '" + f[14] + "' is not a number");
        }

        return new GeoNamesPlace(id, f[1], f[2], FilterAlternatives(f[3], f[1]), lat, lon, f[6], f[7], f[8], population);
    }

    /// <summary>Keeps the Latin-script names that are not codes or links, without repeats.</summary>
    internal static List<string> FilterAlternatives(string field, string name)
    {
        var result = new List<string>();
        if (field.Length == 0)
        {
            return result;
        }

        foreach (string raw in field.Split(','))
        {
            string a = raw.Trim();
            if (a.Length < 2 || string.Equals(a, name, StringComparison.Ordinal) || result.Contains(a))
            {
                continue;
            }

            if (IsCode(a) || a.Contains("://", StringComparison.Ordinal) || !IsLatinName(a))
            {
                continue;
            }

            result.Add(a);
        }

        return result;
    }

    // Airport codes (IATA three letters, ICAO four) are written in capitals only.
    private static bool IsCode(string a)
    {
        if (a.Length is < 3 or > 4)
        {
            return false;
        }

        foreach (char c in a)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLatinName(string a)
    {
        bool letter = false;
        foreach (char c in a)
        {
            if (char.IsLetter(c))
            {
                if (c > '\u024F')
                {
                    return false;
                }

                letter = true;
            }
            else if (char.IsDigit(c))
            {
                return false;
            }
        }

        return letter;
    }

    private static EntityGraphException Bad(string path, int line, string problem) =>
        new(path + ":" + line.ToString(CultureInfo.InvariantCulture) + ": " + problem + ".");
}
