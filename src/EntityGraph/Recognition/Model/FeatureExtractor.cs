using System;
using System.Collections.Generic;

namespace EntityGraph.Recognition.Model;

/// <summary>How the words of a line are capitalised; headlines and all-caps lines make shape useless.</summary>
internal enum LineCase
{
    Normal = 0,
    AllCaps = 1,
    TitleCase = 2,
}

/// <summary>
/// Turns a token in its sentence into 32-bit feature keys. Static features depend only on the text
/// (and the gazetteer); dynamic ones on the tags already predicted and on the document memory.
/// Allocation-free. Template numbers are part of the model format (<see cref="FeatureSetVersion"/>).
/// </summary>
internal static class FeatureExtractor
{
    internal const int FeatureSetVersion = 1;

    /// <summary>Upper bound on the number of features of one token.</summary>
    internal const int MaxFeatures = 64;

    internal const int TBias = 0, TWord = 1, TLower = 2, TPre = 3, TSuf = 7, TShape = 11;
    internal const int TLowerM2 = 12, TLowerM1 = 13, TLowerP1 = 14, TLowerP2 = 15;
    internal const int TShapeM1 = 16, TShapeP1 = 17, TShapePairL = 18, TShapePairR = 19;
    internal const int TWordPairL = 20, TWordPairR = 21, TGazetteer = 22, TGazetteerNeighbour = 23, TLineCase = 24, TLineCaseWord = 25;
    internal const int TPrev = 30, TPrev2 = 31, TPrevShape = 32, TPrevWord = 33, TMemType = 34, TMemLabel = 35, TMemTypeShape = 36;

    internal static readonly ulong Start = FeatureHash.Of("<s>");
    internal static readonly ulong End = FeatureHash.Of("</s>");

    /// <summary>Classifies a sentence's capitalisation from its word tokens.</summary>
    internal static LineCase ClassifyLine(ReadOnlySpan<TokenInfo> tokens)
    {
        int words = 0, caps = 0, initial = 0, longWords = 0, longCapitalised = 0;
        foreach (ref readonly TokenInfo t in tokens)
        {
            if ((t.Flags & TokenFlags.HasLetter) == 0)
            {
                continue;
            }

            words++;
            if ((t.Flags & TokenFlags.AllCaps) != 0 && t.Length > 1)
            {
                caps++;
            }

            if (t.IsCapitalised)
            {
                initial++;
            }

            if (t.Length >= 4)
            {
                longWords++;
                if (t.IsCapitalised)
                {
                    longCapitalised++;
                }
            }
        }

        if (words >= 2 && caps == words)
        {
            return LineCase.AllCaps;
        }

        if (longWords >= 3 && longCapitalised == longWords)
        {
            return LineCase.TitleCase;
        }

        return LineCase.Normal;
    }

    private static ulong LowerAt(ReadOnlySpan<TokenInfo> t, int i) => i < 0 ? Start : i >= t.Length ? End : t[i].Lower;

    private static ulong ShapeAt(ReadOnlySpan<TokenInfo> t, int i) => i < 0 ? Start : i >= t.Length ? End : t[i].Shape;

    /// <summary>Writes the static features of token <paramref name="i"/>; returns how many.</summary>
    internal static int Static(ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<byte> gazetteer, LineCase line, int i, Span<uint> f)
    {
        ref readonly TokenInfo t = ref tokens[i];
        int n = 0;
        f[n++] = FeatureHash.Key(TBias, 0);
        f[n++] = FeatureHash.Key(TWord, t.Word);
        f[n++] = FeatureHash.Key(TLower, t.Lower);
        if (t.Pre1 != 0) { f[n++] = FeatureHash.Key(TPre, t.Pre1); }
        if (t.Pre2 != 0) { f[n++] = FeatureHash.Key(TPre + 1, t.Pre2); }
        if (t.Pre3 != 0) { f[n++] = FeatureHash.Key(TPre + 2, t.Pre3); }
        if (t.Pre4 != 0) { f[n++] = FeatureHash.Key(TPre + 3, t.Pre4); }
        if (t.Suf1 != 0) { f[n++] = FeatureHash.Key(TSuf, t.Suf1); }
        if (t.Suf2 != 0) { f[n++] = FeatureHash.Key(TSuf + 1, t.Suf2); }
        if (t.Suf3 != 0) { f[n++] = FeatureHash.Key(TSuf + 2, t.Suf3); }
        if (t.Suf4 != 0) { f[n++] = FeatureHash.Key(TSuf + 3, t.Suf4); }
        f[n++] = FeatureHash.Key(TShape, t.Shape);

        ulong lm1 = LowerAt(tokens, i - 1), lp1 = LowerAt(tokens, i + 1);
        ulong sm1 = ShapeAt(tokens, i - 1), sp1 = ShapeAt(tokens, i + 1);
        f[n++] = FeatureHash.Key(TLowerM2, LowerAt(tokens, i - 2));
        f[n++] = FeatureHash.Key(TLowerM1, lm1);
        f[n++] = FeatureHash.Key(TLowerP1, lp1);
        f[n++] = FeatureHash.Key(TLowerP2, LowerAt(tokens, i + 2));
        f[n++] = FeatureHash.Key(TShapeM1, sm1);
        f[n++] = FeatureHash.Key(TShapeP1, sp1);
        f[n++] = FeatureHash.Key(TShapePairL, FeatureHash.Combine(sm1, t.Shape));
        f[n++] = FeatureHash.Key(TShapePairR, FeatureHash.Combine(t.Shape, sp1));
        f[n++] = FeatureHash.Key(TWordPairL, FeatureHash.Combine(lm1, t.Lower));
        f[n++] = FeatureHash.Key(TWordPairR, FeatureHash.Combine(t.Lower, lp1));

        for (int c = 0; c < Gazetteer.Categories; c++)
        {
            int pos = gazetteer[(i * Gazetteer.Categories) + c];
            if (pos != 0)
            {
                f[n++] = FeatureHash.Key(TGazetteer, (ulong)((c * 8) + pos));
            }

            // What the neighbours are on the lists (a title before, a surname after) generalises beyond the words.
            if (i > 0 && gazetteer[((i - 1) * Gazetteer.Categories) + c] != 0)
            {
                f[n++] = FeatureHash.Key(TGazetteerNeighbour, (ulong)c);
            }

            if (i + 1 < tokens.Length && gazetteer[((i + 1) * Gazetteer.Categories) + c] != 0)
            {
                f[n++] = FeatureHash.Key(TGazetteerNeighbour, (ulong)(16 + c));
            }
        }

        if (line != LineCase.Normal)
        {
            f[n++] = FeatureHash.Key(TLineCase, (ulong)line);
            f[n++] = FeatureHash.Key(TLineCaseWord, FeatureHash.Combine((ulong)line, t.Lower));
        }

        return n;
    }

    /// <summary>Writes the features that depend on earlier predictions; returns how many.</summary>
    internal static int Dynamic(ReadOnlySpan<TokenInfo> tokens, int i, int prev1, int prev2, DocumentMemory? memory, Span<uint> f)
    {
        ref readonly TokenInfo t = ref tokens[i];
        int n = 0;
        f[n++] = FeatureHash.Key(TPrev, (ulong)prev1);
        f[n++] = FeatureHash.Key(TPrev2, (ulong)((prev2 * 32) + prev1));
        f[n++] = FeatureHash.Key(TPrevShape, FeatureHash.Combine((ulong)prev1, t.Shape));
        f[n++] = FeatureHash.Key(TPrevWord, FeatureHash.Combine((ulong)prev1, t.Lower));
        if (memory is not null && t.IsCapitalised && memory.TryGetMajority(t.Lower, out int label, out int type))
        {
            f[n++] = FeatureHash.Key(TMemType, (ulong)(type + 1));
            f[n++] = FeatureHash.Key(TMemLabel, (ulong)label);
            f[n++] = FeatureHash.Key(TMemTypeShape, FeatureHash.Combine((ulong)(type + 1), t.Shape));
        }

        return n;
    }
}

/// <summary>
/// Labels predicted so far in one document for each capitalised word (keyed by its lower-cased hash):
/// the non-local "prediction history" of Ratinov and Roth (2009). Reused across documents (cleared).
/// </summary>
internal sealed class DocumentMemory
{
    private readonly Dictionary<ulong, int> _slots = new();
    private int[] _counts = new int[NerTags.Stride * 64];

    internal void Clear()
    {
        if (_slots.Count > 0)
        {
            Array.Clear(_counts, 0, _slots.Count * NerTags.Stride);
            _slots.Clear();
        }
    }

    internal void Add(ulong word, int tag)
    {
        if (!_slots.TryGetValue(word, out int slot))
        {
            slot = _slots.Count;
            _slots.Add(word, slot);
            if ((slot + 1) * NerTags.Stride > _counts.Length)
            {
                Array.Resize(ref _counts, _counts.Length * 2);
            }
        }

        _counts[(slot * NerTags.Stride) + tag]++;
    }

    /// <summary>The most frequent earlier label and type (-1 = O) of a word; ties go to the lower tag number.</summary>
    internal bool TryGetMajority(ulong word, out int label, out int type)
    {
        label = 0;
        type = -1;
        if (!_slots.TryGetValue(word, out int slot))
        {
            return false;
        }

        ReadOnlySpan<int> c = _counts.AsSpan(slot * NerTags.Stride, NerTags.Count);
        int best = -1;
        for (int tag = 0; tag < NerTags.Count; tag++)
        {
            if (c[tag] > best)
            {
                best = c[tag];
                label = tag;
            }
        }

        int bestType = c[0];
        for (int ty = 0; ty < NerTags.Types; ty++)
        {
            int s = c[1 + (ty * 4)] + c[2 + (ty * 4)] + c[3 + (ty * 4)] + c[4 + (ty * 4)];
            if (s > bestType)
            {
                bestType = s;
                type = ty;
            }
        }

        return true;
    }
}
