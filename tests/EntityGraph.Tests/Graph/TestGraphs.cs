using System;
using System.Collections.Generic;
using EntityGraph.Graph;
using EntityGraph.Recognition;
using EntityGraph.Relations;

namespace EntityGraph.Tests.Graph;

/// <summary>Small graphs with known answers, built from parts.</summary>
internal sealed class TestGraphs
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly List<Relation> _relations = new();
    private readonly List<DocumentRecord> _documents = new();

    public TestGraphs Node(string id, EntityType type = EntityType.Person, string? value = null)
    {
        _entities[id] = new Entity(id, type, value ?? id) { Value = value };
        return this;
    }

    public TestGraphs Edge(string source, string target, string type = RelationTypes.MetWith, double weight = 1, params Evidence[] evidence)
    {
        if (!_entities.ContainsKey(source))
        {
            Node(source);
        }

        if (!_entities.ContainsKey(target))
        {
            Node(target);
        }

        Evidence[] ev = evidence.Length > 0 ? evidence : [new Evidence("d1", 0, 10)];
        _relations.Add(new Relation(_entities[source], _entities[target], type, weight, ev));
        return this;
    }

    /// <summary>An undirected edge for every pair of consecutive ids in <paramref name="ids"/>.</summary>
    public TestGraphs Path(params string[] ids)
    {
        for (int i = 0; i + 1 < ids.Length; i++)
        {
            Edge(ids[i], ids[i + 1], RelationTypes.MentionedWith);
        }

        return this;
    }

    public TestGraphs Clique(params string[] ids)
    {
        for (int i = 0; i < ids.Length; i++)
        {
            for (int j = i + 1; j < ids.Length; j++)
            {
                Edge(ids[i], ids[j], RelationTypes.MentionedWith);
            }
        }

        return this;
    }

    /// <summary>A document mentioning the given entity ids in order.</summary>
    public TestGraphs Document(string id, string? dct, params string[] mentions)
    {
        var records = new List<MentionRecord>();
        int offset = 0;
        foreach (string m in mentions)
        {
            if (!_entities.ContainsKey(m))
            {
                Node(m);
            }

            records.Add(new MentionRecord(offset, offset + m.Length, m, _entities[m].Type, m));
            offset += m.Length + 1;
        }

        _documents.Add(new DocumentRecord(id, id + ".txt", dct, records));
        return this;
    }

    public KnowledgeGraph Build()
    {
        var entities = new List<Entity>(_entities.Values);
        entities.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new KnowledgeGraph(_documents, entities, _relations);
    }

    public static string[] Ids(string prefix, int count)
    {
        var ids = new string[count];
        for (int i = 0; i < count; i++)
        {
            ids[i] = prefix + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        }

        return ids;
    }
}
