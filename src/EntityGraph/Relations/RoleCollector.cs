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

            AddRole(list, r.Role);
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

    /// <summary>
    /// Adds a role unless a fuller form of it is known; a fuller form replaces the shorter ones it ends with
    /// (<c>Foreign Ministry spokesman</c> replaces the bare title <c>spokesman</c> found by the resolver).
    /// </summary>
    private static void AddRole(List<string> list, string role)
    {
        for (int i = list.Count - 1; i >= 0; i--)
        {
            string known = list[i];
            if (EndsWithWords(known, role))
            {
                return;
            }

            if (EndsWithWords(role, known))
            {
                list.RemoveAt(i);
            }
        }

        list.Add(role);
    }

    private static bool EndsWithWords(string longer, string shorter) =>
        longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase)
        && (longer.Length == shorter.Length || longer[longer.Length - shorter.Length - 1] == ' ');
}
