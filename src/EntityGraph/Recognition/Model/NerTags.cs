using System;
using System.Collections.Generic;

namespace EntityGraph.Recognition.Model;

/// <summary>
/// The BILOU tag set over PER / LOC / ORG: tag 0 is <c>O</c>, then B, I, L, U for each type in that
/// order. Type index 0 = PER, 1 = LOC, 2 = ORG. The order is part of the model format.
/// </summary>
internal static class NerTags
{
    internal const int Count = 13;
    internal const int Stride = 16;
    internal const int Types = 3;
    internal const byte O = 0;

    internal static readonly string[] TypeNames = ["PER", "LOC", "ORG"];

    internal static readonly string[] Names =
    [
        "O",
        "B-PER", "I-PER", "L-PER", "U-PER",
        "B-LOC", "I-LOC", "L-LOC", "U-LOC",
        "B-ORG", "I-ORG", "L-ORG", "U-ORG",
    ];

    internal const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    internal static byte Make(int type, int position) => (byte)(1 + type * 4 + position);

    /// <summary>Type index of a tag, or -1 for O.</summary>
    internal static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) >> 2;

    /// <summary>Position (B/I/L/U) of a non-O tag.</summary>
    internal static int PositionOf(int tag) => (tag - 1) & 3;

    internal static EntityType ToEntityType(int type) => type switch
    {
        0 => EntityType.Person,
        1 => EntityType.Place,
        _ => EntityType.Agency,
    };

    /// <summary>Maps a corpus type name (already mapped to PER/LOC/ORG) to a type index, or -1.</summary>
    internal static int ParseType(ReadOnlySpan<char> name) =>
        name.SequenceEqual("PER") ? 0 : name.SequenceEqual("LOC") ? 1 : name.SequenceEqual("ORG") ? 2 : -1;

    /// <summary>Encodes spans (start, end exclusive, type) over <paramref name="length"/> tokens as BILOU tags.</summary>
    internal static byte[] Encode(int length, IEnumerable<(int Start, int End, int Type)> spans)
    {
        var tags = new byte[length];
        foreach ((int s, int e, int type) in spans)
        {
            if (e - s == 1)
            {
                tags[s] = Make(type, Unit);
                continue;
            }

            tags[s] = Make(type, Begin);
            for (int i = s + 1; i < e - 1; i++)
            {
                tags[i] = Make(type, Inside);
            }

            tags[e - 1] = Make(type, Last);
        }

        return tags;
    }

    /// <summary>
    /// Converts greedy BILOU output to spans leniently: any non-O tag continues an open span of the same
    /// type unless it is B or U; a type change, B, U or O closes it; L and U close after themselves.
    /// </summary>
    internal static int Decode(ReadOnlySpan<byte> tags, Span<(int Start, int End, int Type)> spans)
    {
        int n = 0;
        int open = -1, openType = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int tag = tags[i];
            int type = TypeOf(tag);
            if (type < 0)
            {
                if (open >= 0)
                {
                    spans[n++] = (open, i, openType);
                    open = -1;
                }

                continue;
            }

            int pos = PositionOf(tag);
            bool continues = open >= 0 && openType == type && pos is Inside or Last;
            if (!continues)
            {
                if (open >= 0)
                {
                    spans[n++] = (open, i, openType);
                }

                open = i;
                openType = type;
            }

            if (pos is Last or Unit)
            {
                spans[n++] = (open, i + 1, openType);
                open = -1;
            }
        }

        if (open >= 0)
        {
            spans[n++] = (open, tags.Length, openType);
        }

        return n;
    }
}
