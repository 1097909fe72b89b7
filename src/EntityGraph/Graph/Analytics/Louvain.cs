using System;

namespace EntityGraph.Graph.Analytics;

/// <summary>
/// Louvain modularity optimisation (Blondel et al. 2008) over the weighted undirected adjacency of a
/// <see cref="GraphIndex"/>: local moves in a seeded random node order, then aggregation of communities into
/// nodes, repeated while a level still merges something and raises modularity. Arrays only, no dictionaries.
/// </summary>
internal static class Louvain
{
    private const double MinPassGain = 1e-7;

    public static (int[] Membership, double Modularity, int Levels) Run(GraphIndex g, double resolution, int seed, int maxLevels)
    {
        int n = g.N;
        var membership = new int[n];
        for (int i = 0; i < n; i++)
        {
            membership[i] = i;
        }

        var level = new Level(n, g.AdjOffsets, g.AdjTargets, ClampWeights(g.AdjWeights), new double[n]);
        double m2 = level.TotalWeight();
        if (n == 0 || m2 <= 0)
        {
            return (membership, 0, 0);
        }

        var rng = new Random(seed);
        int levels = 0;
        double quality = Modularity(level, membership, m2, resolution);
        while (levels < maxLevels)
        {
            int[] comm = MoveNodes(level, m2, resolution, rng);
            int count = Renumber(comm);
            if (count == level.N)
            {
                break;
            }

            for (int i = 0; i < n; i++)
            {
                membership[i] = comm[membership[i]];
            }

            levels++;
            double q = Modularity(g, membership, m2, resolution);
            level = Aggregate(level, comm, count);
            if (q - quality < MinPassGain)
            {
                quality = q;
                break;
            }

            quality = q;
        }

        return (membership, Modularity(g, membership, m2, resolution), levels);
    }

    /// <summary>Newman's modularity of a partition of the original graph, with a resolution factor.</summary>
    public static double Modularity(GraphIndex g, int[] membership, double m2, double resolution)
    {
        var level = new Level(g.N, g.AdjOffsets, g.AdjTargets, ClampWeights(g.AdjWeights), new double[g.N]);
        return Modularity(level, membership, m2, resolution);
    }

    private static double Modularity(Level g, int[] comm, double m2, double resolution)
    {
        int n = g.N;
        if (m2 <= 0)
        {
            return 0;
        }

        var inside = new double[n];
        var tot = new double[n];
        for (int i = 0; i < n; i++)
        {
            int c = comm[i];
            tot[c] += g.Strength(i);
            inside[c] += g.Self[i];
            for (int a = g.Offsets[i]; a < g.Offsets[i + 1]; a++)
            {
                if (comm[g.Targets[a]] == c)
                {
                    inside[c] += g.Weights[a];
                }
            }
        }

        double q = 0;
        for (int c = 0; c < n; c++)
        {
            if (tot[c] > 0)
            {
                q += (inside[c] / m2) - (resolution * (tot[c] / m2) * (tot[c] / m2));
            }
        }

        return q;
    }

    private static int[] MoveNodes(Level g, double m2, double resolution, Random rng)
    {
        int n = g.N;
        var comm = new int[n];
        var k = new double[n];
        var tot = new double[n];
        for (int i = 0; i < n; i++)
        {
            comm[i] = i;
            k[i] = g.Strength(i);
            tot[i] = k[i];
        }

        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        for (int i = n - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var neighWeight = new double[n];
        Array.Fill(neighWeight, -1);
        var neighComms = new int[n];
        double quality = Modularity(g, comm, m2, resolution);
        while (true)
        {
            int moves = 0;
            foreach (int i in order)
            {
                int ci = comm[i];
                int count = 0;
                neighWeight[ci] = 0;
                neighComms[count++] = ci;
                for (int a = g.Offsets[i]; a < g.Offsets[i + 1]; a++)
                {
                    int c = comm[g.Targets[a]];
                    if (neighWeight[c] < 0)
                    {
                        neighWeight[c] = 0;
                        neighComms[count++] = c;
                    }

                    neighWeight[c] += g.Weights[a];
                }

                tot[ci] -= k[i];
                double scale = resolution * k[i] / m2;
                int best = ci;
                double bestGain = neighWeight[ci] - (tot[ci] * scale);
                for (int x = 1; x < count; x++)
                {
                    int c = neighComms[x];
                    double gain = neighWeight[c] - (tot[c] * scale);
                    if (gain > bestGain + 1e-12)
                    {
                        best = c;
                        bestGain = gain;
                    }
                }

                tot[best] += k[i];
                comm[i] = best;
                if (best != ci)
                {
                    moves++;
                }

                for (int x = 0; x < count; x++)
                {
                    neighWeight[neighComms[x]] = -1;
                }
            }

            if (moves == 0)
            {
                break;
            }

            // Late passes on noisy graphs move a few nodes back and forth for almost nothing; stop there.
            double q = Modularity(g, comm, m2, resolution);
            if (q - quality < MinPassGain)
            {
                break;
            }

            quality = q;
        }

        return comm;
    }

    /// <summary>Renumbers community labels to 0..count-1 in order of first node.</summary>
    private static int Renumber(int[] comm)
    {
        var map = new int[comm.Length];
        Array.Fill(map, -1);
        int count = 0;
        for (int i = 0; i < comm.Length; i++)
        {
            int c = comm[i];
            if (map[c] < 0)
            {
                map[c] = count++;
            }

            comm[i] = map[c];
        }

        return count;
    }

    private static Level Aggregate(Level g, int[] comm, int count)
    {
        // Members of each community, by counting sort.
        var start = new int[count + 1];
        foreach (int c in comm)
        {
            start[c + 1]++;
        }

        for (int c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        var members = new int[g.N];
        var fill = (int[])start.Clone();
        for (int i = 0; i < g.N; i++)
        {
            members[fill[comm[i]]++] = i;
        }

        var offsets = new int[count + 1];
        var targets = new int[g.Targets.Length];
        var weights = new double[g.Targets.Length];
        var self = new double[count];
        var acc = new double[count];
        Array.Fill(acc, -1);
        var touched = new int[count];
        int write = 0;
        for (int c = 0; c < count; c++)
        {
            offsets[c] = write;
            int nt = 0;
            for (int p = start[c]; p < start[c + 1]; p++)
            {
                int i = members[p];
                self[c] += g.Self[i];
                for (int a = g.Offsets[i]; a < g.Offsets[i + 1]; a++)
                {
                    int d = comm[g.Targets[a]];
                    if (d == c)
                    {
                        // Both directions of an internal edge pass here, so the loop holds A_cc in the ordered-pair sense.
                        self[c] += g.Weights[a];
                    }
                    else
                    {
                        if (acc[d] < 0)
                        {
                            acc[d] = 0;
                            touched[nt++] = d;
                        }

                        acc[d] += g.Weights[a];
                    }
                }
            }

            for (int x = 0; x < nt; x++)
            {
                int d = touched[x];
                targets[write] = d;
                weights[write++] = acc[d];
                acc[d] = -1;
            }
        }

        offsets[count] = write;
        return new Level(count, offsets, targets.AsSpan(0, write).ToArray(), weights.AsSpan(0, write).ToArray(), self);
    }

    private static double[] ClampWeights(double[] weights)
    {
        var result = new double[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            double w = weights[i];
            result[i] = w > 0 ? w : 0; // negative and NaN weights would break modularity's null model
        }

        return result;
    }

    /// <summary>One level's graph: symmetric adjacency plus a self-loop weight counted as A_ii.</summary>
    private sealed class Level(int n, int[] offsets, int[] targets, double[] weights, double[] self)
    {
        public int N { get; } = n;

        public int[] Offsets { get; } = offsets;

        public int[] Targets { get; } = targets;

        public double[] Weights { get; } = weights;

        public double[] Self { get; } = self;

        public double Strength(int i)
        {
            double k = Self[i];
            for (int a = Offsets[i]; a < Offsets[i + 1]; a++)
            {
                k += Weights[a];
            }

            return k;
        }

        public double TotalWeight()
        {
            double m2 = 0;
            for (int i = 0; i < N; i++)
            {
                m2 += Strength(i);
            }

            return m2;
        }
    }
}
