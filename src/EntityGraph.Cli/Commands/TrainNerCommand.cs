using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using EntityGraph.Recognition.Model;

namespace EntityGraph.Cli.Commands;

/// <summary><c>entitygraph train ner</c>: trains the person / place / agency tagger and writes the model file.</summary>
internal sealed class TrainNerCommand : ICommand
{
    public string Name => "train ner";

    public string Summary => "train the PERSON/PLACE/AGENCY tagger from the data folder";

    public string Help => """
        Usage: entitygraph train ner --data <data folder> --out <model file> [options]

        Trains the averaged-perceptron tagger shipped in the library. Same data + same options give a
        byte-identical model file. Single-threaded.

        Options:
          --data <dir>        folder with conll2003/, gmb/, wikiann-en/, geonames/, names/, organizations/
          --out <file>        model file to write
          --corpora <list>    comma-separated: conll, gmb, wikiann (default: conll)
          --epochs <n>        passes over the data (default: 10)
          --seed <n>          shuffle seed (default: 1)
          --prune <x>         drop averaged weights below x in magnitude (default: 0.01)
          --no-gazetteer      no name-list features
          --no-memory         no document-memory features
          --dev <file>        a CoNLL file to score the new model on afterwards

        Example:
          entitygraph train ner --data ../shared/data --corpora conll --epochs 10 --seed 1 --out ner-en.egnm
        """;

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(args, ["--no-gazetteer", "--no-memory"], ["--data", "--out", "--corpora", "--epochs", "--seed", "--prune", "--dev"]);
        string data = a.Get("--data") ?? throw new ArgumentException("--data is required");
        string output = a.Get("--out") ?? throw new ArgumentException("--out is required");
        string prune = a.Get("--prune", "0.01")!;
        if (!float.TryParse(prune, NumberStyles.Float, CultureInfo.InvariantCulture, out float pruneValue) || pruneValue < 0)
        {
            throw new ArgumentException("--prune needs a non-negative number, not '" + prune + "'");
        }

        var options = new NerTrainerOptions
        {
            DataDirectory = data,
            Corpora = a.Get("--corpora", "conll")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Epochs = a.GetInt("--epochs", 10),
            Seed = a.GetInt("--seed", 1),
            PruneThreshold = pruneValue,
            UseGazetteers = !a.Has("--no-gazetteer"),
            UseDocumentMemory = !a.Has("--no-memory"),
            Log = stderr,
        };

        var clock = Stopwatch.StartNew();
        PerceptronRecognizer model;
        try
        {
            model = NerTrainer.Train(options);
        }
        catch (EntityGraphException ex)
        {
            stderr.WriteLine("entitygraph train ner: " + ex.Message);
            return 1;
        }

        model.Save(output);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {output}: {new FileInfo(output).Length} bytes, {model.FeatureCount} features, {model.GazetteerSize} name-list hashes, trained in {clock.Elapsed.TotalSeconds:F0} s"));
        string? dev = a.Get("--dev");
        return dev is null ? 0 : ConllEval.Run(dev, null, stdout, stderr, model);
    }
}
