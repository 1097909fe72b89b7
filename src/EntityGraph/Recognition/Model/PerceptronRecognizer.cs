using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using EntityGraph.Text;

namespace EntityGraph.Recognition.Model;

/// <summary>
/// Finds person, place and agency mentions with a trained averaged-perceptron sequence tagger (BILOU tags,
/// greedy left-to-right, hashed features, name-list and document-memory features). Immutable and
/// thread-safe; tagging reuses pooled buffers and allocates nothing per token.
/// </summary>
public sealed class PerceptronRecognizer : IEntityRecognizer
{
    private const string ResourceName = "EntityGraph.Recognition.Model.ner-en.egnm";

    private static readonly Lazy<PerceptronRecognizer> DefaultModel = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NerModel _model;
    private TaggerScratch? _spare;

    internal PerceptronRecognizer(NerModel model) => _model = model;

    /// <summary>
    /// The model shipped inside the library, loaded on first use (thread-safe).
    /// </summary>
    /// <exception cref="ModelFormatException">When the embedded model is missing or damaged.</exception>
    public static PerceptronRecognizer Default => DefaultModel.Value;

    /// <inheritdoc />
    public string Name => "model";

    /// <summary>How the model was trained (corpora, epochs, seed), as stored in the file.</summary>
    public string Description => _model.Description;

    /// <summary>Number of weighted features in the model.</summary>
    public int FeatureCount => _model.FeatureCount;

    /// <summary>Number of hashed name-list entries in the model.</summary>
    public int GazetteerSize => _model.Gazetteer.Count;

    internal NerModel Model => _model;

    /// <summary>Loads a model from a stream.</summary>
    /// <param name="stream">The model file's bytes.</param>
    /// <param name="name">The file name for error messages.</param>
    /// <returns>The recogniser.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is null.</exception>
    /// <exception cref="ModelFormatException">When the data is not a model this library can read.</exception>
    public static PerceptronRecognizer Load(Stream stream, string name = "model")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new PerceptronRecognizer(NerModel.Load(stream, name));
    }

    /// <summary>Loads a model file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The recogniser.</returns>
    /// <exception cref="ModelFormatException">When the file is missing or not a model this library can read.</exception>
    public static PerceptronRecognizer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using FileStream fs = File.OpenRead(path);
            return Load(fs, path);
        }
        catch (IOException ex)
        {
            throw new ModelFormatException(path, "could not be read (" + ex.Message + ")", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ModelFormatException(path, "permission denied", ex);
        }
    }

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is null.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _model.Save(stream);
    }

    /// <summary>Writes the model to a file.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream fs = File.Create(path);
        Save(fs);
    }

    /// <inheritdoc />
    public void Recognize(TokenizedDocument document, List<Mention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        TaggerScratch scratch = Rent();
        try
        {
            scratch.Memory.Clear();
            string text = document.Text;
            ReadOnlySpan<Token> all = document.Tokens;
            foreach (Sentence s in document.Sentences)
            {
                if (s.TokenCount == 0)
                {
                    continue;
                }

                ReadOnlySpan<Token> tokens = all.Slice(s.FirstToken, s.TokenCount);
                Tagger.TagSentence(_model, _model.Gazetteer, text, tokens, scratch, useMemory: true);
                int n = NerTags.Decode(scratch.Tags.AsSpan(0, tokens.Length), scratch.Spans);
                n = JoinBracketed(text, tokens, scratch.Spans.AsSpan(0, n));
                for (int k = 0; k < n; k++)
                {
                    (int a, int b, int type) = scratch.Spans[k];
                    float conf = 1f;
                    for (int i = a; i < b; i++)
                    {
                        if (!IsBracket(text, tokens[i]))
                        {
                            conf = MathF.Min(conf, scratch.Confidence[i]);
                        }
                    }

                    int start = tokens[a].Start, end = tokens[b - 1].End;
                    output.Add(Mention.Create(text, start, end, NerTags.ToEntityType(type), Name, Math.Round(conf, 4)));
                }
            }
        }
        finally
        {
            Return(scratch);
        }
    }

    /// <summary>
    /// Tags pre-tokenised sentences of one document (document memory carries across them) and returns IOB2
    /// tags with the types <c>PER</c>, <c>LOC</c>, <c>ORG</c>.
    /// </summary>
    /// <param name="sentences">The words of each sentence.</param>
    /// <returns>One tag per word.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="sentences"/> is null.</exception>
    public IReadOnlyList<IReadOnlyList<string>> TagTokens(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new List<IReadOnlyList<string>>(sentences.Count);
        TaggerScratch scratch = Rent();
        try
        {
            scratch.Memory.Clear();
            foreach (IReadOnlyList<string> words in sentences)
            {
                (string text, Token[] tokens) = Join(words);
                var tags = new string[words.Count];
                Array.Fill(tags, "O");
                if (tokens.Length > 0)
                {
                    Tagger.TagSentence(_model, _model.Gazetteer, text, tokens, scratch, useMemory: true);
                    int n = NerTags.Decode(scratch.Tags.AsSpan(0, tokens.Length), scratch.Spans);
                    for (int k = 0; k < n; k++)
                    {
                        (int a, int b, int type) = scratch.Spans[k];
                        for (int i = a; i < b; i++)
                        {
                            tags[i] = (i == a ? "B-" : "I-") + NerTags.TypeNames[type];
                        }
                    }
                }

                result.Add(tags);
            }
        }
        finally
        {
            Return(scratch);
        }

        return result;
    }

    /// <summary>Joins words with single spaces into a text and its tokens.</summary>
    internal static (string Text, Token[] Tokens) Join(IReadOnlyList<string> words)
    {
        var sb = new StringBuilder();
        var tokens = new Token[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            tokens[i] = new Token(sb.Length, words[i].Length, TokenKind.Word);
            sb.Append(words[i]);
        }

        return (sb.ToString(), tokens);
    }

    private static bool IsBracket(string text, Token t) => t.Length == 1 && text[t.Start] is '[' or ']';

    /// <summary>
    /// Joins a person name completed by a bracketed editorial insertion (<c>Zhang [Hanfu]</c>,
    /// <c>[Stepan V.] Chervonenko</c>) into one span that includes the brackets.
    /// </summary>
    private static int JoinBracketed(string text, ReadOnlySpan<Token> tokens, Span<(int Start, int End, int Type)> spans)
    {
        int n = spans.Length;
        int w = 0;
        for (int k = 0; k < n; k++)
        {
            (int a, int b, int type) = spans[k];
            if (type == 0 && k + 1 < n)
            {
                (int a2, int b2, int type2) = spans[k + 1];
                // name [completion]
                if (type2 == 0 && a2 == b + 1 && b2 < tokens.Length && IsOpen(text, tokens[b]) && IsClose(text, tokens[b2]))
                {
                    spans[w++] = (a, b2 + 1, 0);
                    k++;
                    continue;
                }

                // [completion] name
                if (type2 == 0 && a > 0 && IsOpen(text, tokens[a - 1]) && b < tokens.Length && IsClose(text, tokens[b]) && a2 == b + 1)
                {
                    spans[w++] = (a - 1, b2, 0);
                    k++;
                    continue;
                }
            }

            spans[w++] = (a, b, type);
        }

        return w;
    }

    private static bool IsOpen(string text, Token t) => t.Length == 1 && text[t.Start] == '[';

    private static bool IsClose(string text, Token t) => t.Length == 1 && text[t.Start] == ']';

    private TaggerScratch Rent() => Interlocked.Exchange(ref _spare, null) ?? new TaggerScratch();

    private void Return(TaggerScratch scratch) => Interlocked.CompareExchange(ref _spare, scratch, null);

    private static PerceptronRecognizer LoadEmbedded()
    {
        using Stream? s = typeof(PerceptronRecognizer).Assembly.GetManifestResourceStream(ResourceName);
        if (s is null)
        {
            throw new ModelFormatException(ResourceName, "the embedded NER model is missing from the EntityGraph assembly");
        }

        return Load(s, ResourceName);
    }
}
