using System;
using System.Collections.Generic;
using EntityGraph.Resolution;

namespace EntityGraph.Relations;

/// <summary>
/// Copies the titles found by relation extraction (<see cref="RelationMention.Role"/> of every relation,
/// including <see cref="RelationTypes.Role"/> relations that have no organisation) into the head entity's
/// <see cref="LocalEntity.Roles"/>. Stateless and thread-safe.
/// </summary>
public static class RoleCollector
{
    /// <summary>Returns the entities with the roles stated for them added (each role once, ignoring case, in text order).</summary>
    /// <param name="entities">The document's entities.</param>
    /// <param name="relations">The document's relations.</param>
    /// <returns>A list with the same indices; entities that gain no role are the same instances.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IReadOnlyList<LocalEntity> WithRoles(IReadOnlyList<LocalEntity> entities, IReadOnlyList<RelationMention> relations)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relations);
        var added = new Dictionary<int, List<string>>();
        foreach (RelationMention r in relations)
        {
            if (string.IsNullOrWhiteSpace(r.Role) || (uint)r.Head >= (uint)entities.Count)
            {
                continue;
            }

            if (!added.TryGetValue(r.Head, out List<string>? list))
            {
                list = new List<string>(entities[r.Head].Roles);
                added[r.Head] = list;
            }

            if (!Contains(list, r.Role))
            {
                list.Add(r.Role);
            }
        }

        if (added.Count == 0)
        {
            return entities;
        }

        var result = new LocalEntity[entities.Count];
        for (int i = 0; i < entities.Count; i++)
        {
            LocalEntity e = entities[i];
            result[i] = added.TryGetValue(i, out List<string>? roles)
                ? new LocalEntity(e.Index, e.Type, e.Name, e.Mentions) { Aliases = e.Aliases, KnowledgeId = e.KnowledgeId, Roles = roles.ToArray() }
                : e;
        }

        return result;
    }

    private static bool Contains(List<string> list, string role)
    {
        foreach (string r in list)
        {
            if (string.Equals(r, role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
