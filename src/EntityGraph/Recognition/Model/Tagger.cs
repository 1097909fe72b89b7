using System;
using System.Numerics;
using EntityGraph.Text;

namespace EntityGraph.Recognition.Model;

/// <summary>Scores a token's features for every tag.</summary>
internal interface IWeights
{
    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (<see cref="NerTags.Stride"/> floats).</summary>
    void Score(ReadOnlySpan<uint> features, Span<float> scores);
}

/// <summary>Buffers reused from sentence to sentence so tagging allocates nothing per token. Not thread-safe.</summary>
internal sealed class TaggerScratch
{
    internal TokenInfo[] Tokens = new TokenInfo[64];
    internal byte[] Gazetteer = new byte[64 * Model.Gazetteer.Categories];
    internal byte[] Tags = new byte[64];
    internal float[] Confidence = new float[64];
    internal (int Start, int End, int Type)[] Spans = new (int, int, int)[64];
    internal readonly uint[] Features = new uint[FeatureExtractor.MaxFeatures];
    internal readonly float[] Scores = new float[NerTags.Stride];
    internal readonly DocumentMemory Memory = new();

    internal void Ensure(int n)
    {
        if (Tokens.Length >= n)
        {
            return;
        }

        int size = (int)BitOperations.RoundUpToPowerOf2((uint)n);
        Tokens = new TokenInfo[size];
        Gazetteer = new byte[size * Model.Gazetteer.Categories];
        Tags = new byte[size];
        Confidence = new float[size];
        Spans = new (int, int, int)[size];
    }
}

/// <summary>Greedy left-to-right BILOU decoding, shared by training and inference.</summary>
internal static class Tagger
{
    /// <summary>
    /// Tags one sentence into <c>scratch.Tags</c> and <c>scratch.Confidence</c>. When <paramref name="gold"/>
    /// is given, <paramref name="learner"/> is updated on every wrong guess (the guess stays the history,
    /// as at inference). The document memory in the scratch is read and extended.
    /// </summary>
    internal static void TagSentence(
        IWeights weights,
        Gazetteer gazetteer,
        string text,
        ReadOnlySpan<Token> tokens,
        TaggerScratch scratch,
        bool useMemory,
        ReadOnlySpan<byte> gold = default,
        AveragedPerceptron? learner = null)
    {
        int n = tokens.Length;
        scratch.Ensure(n);
        Span<TokenInfo> infos = scratch.Tokens.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            TokenInfo.Compute(text.AsSpan(tokens[i].Start, tokens[i].Length), ref infos[i]);
        }

        Span<byte> gaz = scratch.Gazetteer.AsSpan(0, n * Gazetteer.Categories);
        gazetteer.Match(infos, gaz);
        LineCase line = FeatureExtractor.ClassifyLine(infos);
        DocumentMemory? memory = useMemory ? scratch.Memory : null;
        Span<uint> f = scratch.Features;
        Span<float> scores = scratch.Scores;
        Span<byte> tags = scratch.Tags.AsSpan(0, n);
        int prev1 = 0, prev2 = 0;
        for (int i = 0; i < n; i++)
        {
            int k = FeatureExtractor.Static(infos, gaz, line, i, f);
            k += FeatureExtractor.Dynamic(infos, i, prev1, prev2, memory, f[k..]);
            ReadOnlySpan<uint> feats = f[..k];
            scores.Clear();
            weights.Score(feats, scores);
            int best = 0;
            float top = scores[0];
            for (int t = 1; t < NerTags.Count; t++)
            {
                if (scores[t] > top)
                {
                    top = scores[t];
                    best = t;
                }
            }

            if (learner is not null)
            {
                learner.Tick();
                if (best != gold[i])
                {
                    learner.Update(feats, gold[i], best);
                }
            }
            else
            {
                float sum = 0;
                for (int t = 0; t < NerTags.Count; t++)
                {
                    sum += MathF.Exp(scores[t] - top);
                }

                scratch.Confidence[i] = 1f / sum;
            }

            tags[i] = (byte)best;
            if (memory is not null && infos[i].IsCapitalised)
            {
                memory.Add(infos[i].Lower, best);
            }

            prev2 = prev1;
            prev1 = best;
        }
    }
}
