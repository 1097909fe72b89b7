using System;
using System.Runtime.CompilerServices;

namespace EntityGraph.Recognition.Model;

/// <summary>
/// 64-bit FNV-1a string hashing and a splitmix finaliser for combining hashes. Feature keys are the
/// upper 32 bits of a mixed 64-bit value, never zero (zero marks an empty slot in the tables).
/// These constants are part of the model format: changing them invalidates every saved model.
/// </summary>
internal static class FeatureHash
{
    internal const ulong Offset = 14695981039346656037UL;
    internal const ulong Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Step(ulong h, char c) => (h ^ c) * Prime;

    /// <summary>Hash of the characters as written.</summary>
    internal static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s)
        {
            h = Step(h, c);
        }

        return h;
    }

    /// <summary>Hash of bytes (checksums).</summary>
    internal static ulong OfBytes(ReadOnlySpan<byte> s)
    {
        ulong h = Offset;
        foreach (byte b in s)
        {
            h = (h ^ b) * Prime;
        }

        return h;
    }

    /// <summary>Hash of the characters lower-cased (invariant), so <c>KONG</c>, <c>Kong</c> and <c>kong</c> agree.</summary>
    internal static ulong OfLower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s)
        {
            h = Step(h, char.ToLowerInvariant(c));
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Order-sensitive combination of two hashes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Combine(ulong a, ulong b) => Mix(a * 0x9E3779B97F4A7C15UL + b + 0x632BE59BD9B4E019UL);

    /// <summary>The 32-bit key of feature template <paramref name="template"/> with value hash <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Key(int template, ulong value)
    {
        uint k = (uint)(Mix(value + ((ulong)(uint)template * 0xD6E8FEB86659FD93UL)) >> 32);
        return k == 0 ? 1u : k;
    }

    /// <summary>Folds a 64-bit phrase hash to a non-zero 32-bit gazetteer key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Fold(ulong h)
    {
        uint k = (uint)(Mix(h) >> 32);
        return k == 0 ? 1u : k;
    }
}
