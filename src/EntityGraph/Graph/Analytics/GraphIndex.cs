using System;
using System.Collections.Generic;

namespace EntityGraph.Graph.Analytics;

/// <summary>
/// Compressed sparse rows built once from a <see cref="KnowledgeGraph"/>: node i is <c>Entities[i]</c>.
/// Two views: directed arcs (an undirected-type relation gives one arc each way) for PageRank and
/// in/out degrees, and a simple undirected adjacency (parallel relations merged with their weights summed,
/// self-loops dropped) for betweenness, components and communities. Immutable after construction.
/// </summary>
internal sealed class GraphIndex
{
    public GraphIndex(KnowledgeGraph graph, ISet<string> undirectedTypes)
    {
        IReadOnlyList<Entity> entities = graph.Entities;
        int n = entities.Count;
        N = n;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            index[entities[i].Id] = i;
        }

        IReadOnlyList<Relation> relations = graph.Relations;
        int m = relations.Count;
        var src = new int[m];
        var dst = new int[m];
        var undirected = new bool[m];
        InDegree = new int[n];
        OutDegree = new int[n];
        Degree = new int[n];
        WeightedIn = new double[n];
        WeightedOut = new double[n];
        WeightedDegree = new double[n];
        var outCount = new int[n + 1];
        var adjCount = new int[n + 1];
        string? lastType = null;
        bool lastUndirected = false;
        for (int e = 0; e < m; e++)
        {
            Relation r = relations[e];
            int s = index[r.Source.Id], t = index[r.Target.Id];
            src[e] = s;
            dst[e] = t;

            // Relation types repeat in long runs (relations are sorted), so the set lookup is mostly skipped.
            if (!ReferenceEquals(r.Type, lastType))
            {
                lastType = r.Type;
                lastUndirected = undirectedTypes.Contains(r.Type);
            }

            bool u = lastUndirected;
            undirected[e] = u;
            double w = r.Weight;
            Degree[s]++;
            Degree[t]++;
            WeightedDegree[s] += w;
            WeightedDegree[t] += w;
            OutDegree[s]++;
            InDegree[t]++;
            WeightedOut[s] += w;
            WeightedIn[t] += w;
            outCount[s]++;
            if (u)
            {
                OutDegree[t]++;
                InDegree[s]++;
                WeightedOut[t] += w;
                WeightedIn[s] += w;
                outCount[t]++;
            }

            if (s != t)
            {
                adjCount[s]++;
                adjCount[t]++;
            }
        }

        // Directed arcs.
        OutOffsets = Prefix(outCount);
        OutTargets = new int[OutOffsets[n]];
        OutWeights = new double[OutOffsets[n]];
        var fill = (int[])OutOffsets.Clone();
        for (int e = 0; e < m; e++)
        {
            double w = relations[e].Weight;
            int s = src[e], t = dst[e];
            OutTargets[fill[s]] = t;
            OutWeights[fill[s]++] = w;
            if (undirected[e])
            {
                OutTargets[fill[t]] = s;
                OutWeights[fill[t]++] = w;
            }
        }

        // Undirected adjacency, then each row sorted by neighbour and merged.
        int[] rawOffsets = Prefix(adjCount);
        var rawTargets = new int[rawOffsets[n]];
        var rawWeights = new double[rawOffsets[n]];
        Array.Copy(rawOffsets, fill, n + 1);
        for (int e = 0; e < m; e++)
        {
            int s = src[e], t = dst[e];
            if (s == t)
            {
                continue;
            }

            double w = relations[e].Weight;
            rawTargets[fill[s]] = t;
            rawWeights[fill[s]++] = w;
            rawTargets[fill[t]] = s;
            rawWeights[fill[t]++] = w;
        }

        AdjOffsets = new int[n + 1];
        int write = 0;
        for (int i = 0; i < n; i++)
        {
            int start = rawOffsets[i], end = rawOffsets[i + 1];
            Array.Sort(rawTargets, rawWeights, start, end - start);
            AdjOffsets[i] = write;
            for (int a = start; a < end; a++)
            {
                if (write > AdjOffsets[i] && rawTargets[write - 1] == rawTargets[a])
                {
                    rawWeights[write - 1] += rawWeights[a];
                }
                else
                {
                    rawTargets[write] = rawTargets[a];
                    rawWeights[write++] = rawWeights[a];
                }
            }
        }

        AdjOffsets[n] = write;
        AdjTargets = rawTargets.AsSpan(0, write).ToArray();
        AdjWeights = rawWeights.AsSpan(0, write).ToArray();
        Entities = entities;
    }

    public int N { get; }

    public IReadOnlyList<Entity> Entities { get; }

    public int[] InDegree { get; }

    public int[] OutDegree { get; }

    public int[] Degree { get; }

    public double[] WeightedIn { get; }

    public double[] WeightedOut { get; }

    public double[] WeightedDegree { get; }

    public int[] OutOffsets { get; }

    public int[] OutTargets { get; }

    public double[] OutWeights { get; }

    public int[] AdjOffsets { get; }

    public int[] AdjTargets { get; }

    public double[] AdjWeights { get; }

    private static int[] Prefix(int[] counts)
    {
        var offsets = new int[counts.Length];
        int sum = 0;
        for (int i = 0; i < counts.Length - 1; i++)
        {
            offsets[i] = sum;
            sum += counts[i];
        }

        offsets[^1] = sum;
        return offsets;
    }
}
