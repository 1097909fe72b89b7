using System;
using System.Collections.Generic;

namespace EntityGraph.Recognition.Model;

/// <summary>
/// A multiclass averaged perceptron over hashed features with lazy averaging (each weight row carries the
/// time of its last change). Rows are created on first update only. Single-threaded; deterministic.
/// </summary>
internal sealed class AveragedPerceptron : IWeights
{
    private const int S = NerTags.Stride;
    private readonly Dictionary<uint, int> _rows = new();
    private float[] _w = new float[S * 1024];
    private double[] _total = new double[S * 1024];
    private int[] _stamp = new int[1024];
    private int _now;

    internal int Rows => _rows.Count;

    internal void Tick() => _now++;

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        foreach (uint key in features)
        {
            if (_rows.TryGetValue(key, out int r))
            {
                ReadOnlySpan<float> row = _w.AsSpan(r * S, S);
                for (int t = 0; t < NerTags.Count; t++)
                {
                    scores[t] += row[t];
                }
            }
        }
    }

    internal void Update(ReadOnlySpan<uint> features, int gold, int guess)
    {
        foreach (uint key in features)
        {
            if (!_rows.TryGetValue(key, out int r))
            {
                r = _rows.Count;
                _rows.Add(key, r);
                if (r >= _stamp.Length)
                {
                    Array.Resize(ref _stamp, _stamp.Length * 2);
                    Array.Resize(ref _w, _w.Length * 2);
                    Array.Resize(ref _total, _total.Length * 2);
                }

                _stamp[r] = _now;
            }

            int o = r * S;
            int dt = _now - _stamp[r];
            if (dt != 0)
            {
                for (int t = 0; t < NerTags.Count; t++)
                {
                    _total[o + t] += dt * (double)_w[o + t];
                }

                _stamp[r] = _now;
            }

            _w[o + gold] += 1f;
            _w[o + guess] -= 1f;
        }
    }

    /// <summary>
    /// The averaged weights rounded to half precision (as saved), dropping values below
    /// <paramref name="prune"/> in magnitude and rows left empty; keys ascending.
    /// </summary>
    internal (uint[] Keys, float[] Weights) Average(float prune)
    {
        var keys = new uint[_rows.Count];
        _rows.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        var outKeys = new List<uint>(keys.Length);
        var outW = new List<float>(keys.Length * S);
        Span<float> row = stackalloc float[S];
        double now = Math.Max(1, _now);
        foreach (uint key in keys)
        {
            int o = _rows[key] * S;
            bool any = false;
            row.Clear();
            for (int t = 0; t < NerTags.Count; t++)
            {
                double total = _total[o + t] + ((_now - _stamp[o / S]) * (double)_w[o + t]);
                float avg = (float)(Half)(float)(total / now);
                if (MathF.Abs(avg) >= prune && avg != 0f)
                {
                    row[t] = avg;
                    any = true;
                }
            }

            if (any)
            {
                outKeys.Add(key);
                foreach (float v in row)
                {
                    outW.Add(v);
                }
            }
        }

        return (outKeys.ToArray(), outW.ToArray());
    }
}
