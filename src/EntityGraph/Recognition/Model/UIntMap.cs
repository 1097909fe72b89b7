using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace EntityGraph.Recognition.Model;

/// <summary>
/// A read-only open-addressing map from non-zero 32-bit keys to integers, built once from sorted
/// pairs; lookups allocate nothing and are safe from many threads.
/// </summary>
internal sealed class UIntMap
{
    private readonly uint[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    internal UIntMap(ReadOnlySpan<uint> keys, ReadOnlySpan<int> values)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _keys = new uint[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            uint k = keys[i];
            int slot = (int)(k * 0x9E3779B1u) & _mask;
            while (_keys[slot] != 0 && _keys[slot] != k)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = k;
            _values[slot] = values[i];
        }

        Count = keys.Length;
    }

    internal int Count { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Get(uint key, int missing)
    {
        uint[] keys = _keys;
        int slot = (int)(key * 0x9E3779B1u) & _mask;
        while (true)
        {
            uint k = keys[slot];
            if (k == key)
            {
                return _values[slot];
            }

            if (k == 0)
            {
                return missing;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
