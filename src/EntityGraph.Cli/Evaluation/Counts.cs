using System;
using System.Globalization;

namespace EntityGraph.Cli.Evaluation;

/// <summary>True positives, false positives and false negatives, with precision, recall and F1.</summary>
internal sealed class Counts
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public int Gold => TruePositives + FalseNegatives;

    public int Predicted => TruePositives + FalsePositives;

    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(Counts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }

    public string Row(string label) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-26} {Gold,6} {Predicted,6} {TruePositives,6}  {Precision,6:0.000} {Recall,6:0.000} {F1,6:0.000}");

    public static string Header => string.Create(CultureInfo.InvariantCulture,
        $"{"type",-26} {"gold",6} {"pred",6} {"match",6}  {"P",6} {"R",6} {"F1",6}");
}
