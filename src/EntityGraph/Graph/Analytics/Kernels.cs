using System;

namespace EntityGraph.Graph.Analytics;

/// <summary>The numeric cores of the analyses, over <see cref="GraphIndex"/> arrays. Stateless.</summary>
internal static class Kernels
{
    public static (double[] Scores, int Iterations, bool Converged) PageRank(GraphIndex g, double damping, double tolerance, int maxIterations, bool weighted)
    {
        int n = g.N;
        var x = new double[n];
        if (n == 0)
        {
            return (x, 0, true);
        }

        int[] off = g.OutOffsets, tgt = g.OutTargets;
        var w = new double[tgt.Length];
        var outWeight = new double[n];
        for (int u = 0; u < n; u++)
        {
            for (int a = off[u]; a < off[u + 1]; a++)
            {
                double v = weighted ? g.OutWeights[a] : 1.0;
                w[a] = v > 0 ? v : 0; // NaN and negative weights carry no rank
                outWeight[u] += w[a];
            }
        }

        var next = new double[n];
        Array.Fill(x, 1.0 / n);
        for (int it = 1; it <= maxIterations; it++)
        {
            double dangling = 0;
            for (int u = 0; u < n; u++)
            {
                if (outWeight[u] <= 0)
                {
                    dangling += x[u];
                }
            }

            // Dangling nodes spread their rank evenly over every node, as if linked to all.
            Array.Fill(next, ((1 - damping) / n) + (damping * dangling / n));
            for (int u = 0; u < n; u++)
            {
                if (outWeight[u] <= 0)
                {
                    continue;
                }

                double share = damping * x[u] / outWeight[u];
                for (int a = off[u]; a < off[u + 1]; a++)
                {
                    next[tgt[a]] += share * w[a];
                }
            }

            double change = 0;
            for (int u = 0; u < n; u++)
            {
                change += Math.Abs(next[u] - x[u]);
            }

            (x, next) = (next, x);
            if (change < tolerance)
            {
                return (x, it, true);
            }
        }

        return (x, maxIterations, false);
    }

    /// <summary>
    /// Brandes' accumulation from the given sources over the unweighted undirected adjacency. Returns the sum of
    /// dependencies per node and, when asked, the sum of their squares (for the sampling error).
    /// </summary>
    public static (double[] Sum, double[]? SumSquares) Dependencies(GraphIndex g, int[] sources, bool squares)
    {
        int n = g.N;
        int[] off = g.AdjOffsets, adj = g.AdjTargets;
        var sum = new double[n];
        double[]? sq = squares ? new double[n] : null;
        var dist = new int[n];
        var sigma = new double[n];
        var delta = new double[n];
        var order = new int[n];
        Array.Fill(dist, -1);
        foreach (int s in sources)
        {
            int head = 0, tail = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            while (head < tail)
            {
                int v = order[head++];
                int dv = dist[v] + 1;
                double sv = sigma[v];
                for (int a = off[v]; a < off[v + 1]; a++)
                {
                    int w = adj[a];
                    if (dist[w] < 0)
                    {
                        dist[w] = dv;
                        order[tail++] = w;
                    }

                    if (dist[w] == dv)
                    {
                        sigma[w] += sv;
                    }
                }
            }

            // Reverse BFS order: a node's dependency is complete before its predecessors read it.
            for (int i = tail - 1; i > 0; i--)
            {
                int w = order[i];
                int dw = dist[w] - 1;
                double coeff = (1 + delta[w]) / sigma[w];
                for (int a = off[w]; a < off[w + 1]; a++)
                {
                    int v = adj[a];
                    if (dist[v] == dw)
                    {
                        delta[v] += sigma[v] * coeff;
                    }
                }

                sum[w] += delta[w];
                if (sq is not null)
                {
                    sq[w] += delta[w] * delta[w];
                }
            }

            for (int i = 0; i < tail; i++)
            {
                int v = order[i];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }

        return (sum, sq);
    }
}
