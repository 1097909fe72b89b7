using System;
using System.Collections.Generic;
using EntityGraph.Recognition;

namespace EntityGraph.Resolution;

/// <summary>The entities one document was grouped into: the input to an <see cref="EntityResolver"/>. Immutable.</summary>
public sealed class DocumentEntities
{
    /// <summary>Creates the input for one document.</summary>
    /// <param name="documentId">The document's id, unique in the collection.</param>
    /// <param name="entities">Its local entities (see <see cref="IMentionGrouper"/>).</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public DocumentEntities(string documentId, IReadOnlyList<LocalEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(entities);
        DocumentId = documentId;
        Entities = entities;
    }

    /// <summary>The document's id.</summary>
    public string DocumentId { get; }

    /// <summary>Its local entities.</summary>
    public IReadOnlyList<LocalEntity> Entities { get; }

    /// <summary>Mention count per local entity; defaults to the length of <see cref="LocalEntity.Mentions"/>.</summary>
    internal int MentionCount(int index) => Entities[index].Mentions.Count;
}

/// <summary>One real-world entity across the collection, with the local entities it was made from. Immutable.</summary>
public sealed class ResolvedEntity
{
    internal ResolvedEntity(string key, EntityType type, string label)
    {
        Key = key;
        Type = type;
        Label = label;
    }

    /// <summary>
    /// Deterministic key: the type and the smallest normalised name key of its members
    /// (<c>person|zhanghanfu</c>). It depends only on the set of documents, never on their order.
    /// </summary>
    public string Key { get; }

    /// <summary>Entity type.</summary>
    public EntityType Type { get; }

    /// <summary>The fullest name: a gazetteer's canonical name for linked places, else the longest name used.</summary>
    public string Label { get; }

    /// <summary>Other names used for it, sorted ordinally.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>Titles and roles stated for it in any document, sorted ordinally.</summary>
    public IReadOnlyList<string> Roles { get; init; } = Array.Empty<string>();

    /// <summary>Gazetteer identifier (<c>geo:CN</c>) when linked, else null.</summary>
    public string? KnowledgeId { get; init; }

    /// <summary>ISO country code (agencies: their state; places: the country they lie in), or null.</summary>
    public string? Country { get; init; }

    /// <summary>Latitude of a linked place, or null.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude of a linked place, or null.</summary>
    public double? Longitude { get; init; }

    /// <summary>The local entities it was made from, sorted by document id then index.</summary>
    public IReadOnlyList<LocalEntityRef> Members { get; init; } = Array.Empty<LocalEntityRef>();

    /// <summary>Why its members were merged, sorted; empty for an entity made from one local entity.</summary>
    public IReadOnlyList<MergeReason> MergeReasons { get; init; } = Array.Empty<MergeReason>();

    /// <summary>Number of mentions across all documents.</summary>
    public int MentionCount { get; init; }

    internal ResolvedEntity WithKey(string key) => new(key, Type, Label)
    {
        Aliases = Aliases,
        Roles = Roles,
        KnowledgeId = KnowledgeId,
        Country = Country,
        Latitude = Latitude,
        Longitude = Longitude,
        Members = Members,
        MergeReasons = MergeReasons,
        MentionCount = MentionCount,
    };

    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>
/// The result of resolving a collection: resolved entities and the map from each document's local
/// entities to them. Add documents with <see cref="Add"/>; the result equals resolving every document at
/// once, in any order. Immutable and thread-safe.
/// </summary>
public sealed class EntityResolution
{
    private readonly Dictionary<LocalEntityRef, ResolvedEntity> _byLocal;

    internal EntityResolution(EntityResolver resolver, IReadOnlyList<ResolverDocument> documents, IReadOnlyList<ResolvedEntity> entities, Dictionary<LocalEntityRef, ResolvedEntity> byLocal)
    {
        Resolver = resolver;
        PreparedDocuments = documents;
        Entities = entities;
        _byLocal = byLocal;
    }

    internal EntityResolver Resolver { get; }

    internal IReadOnlyList<ResolverDocument> PreparedDocuments { get; }

    /// <summary>Resolved entities, sorted by <see cref="ResolvedEntity.Key"/>.</summary>
    public IReadOnlyList<ResolvedEntity> Entities { get; }

    /// <summary>Ids of the documents resolved, sorted ordinally.</summary>
    public IReadOnlyList<string> DocumentIds
    {
        get
        {
            var ids = new List<string>(PreparedDocuments.Count);
            foreach (ResolverDocument d in PreparedDocuments)
            {
                ids.Add(d.Id);
            }

            return ids;
        }
    }

    /// <summary>The resolved entity a document's local entity belongs to.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="localIndex">The local entity's index.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="KeyNotFoundException">When the document or index is not part of the resolution.</exception>
    public ResolvedEntity EntityOf(string documentId, int localIndex) =>
        _byLocal.TryGetValue(new LocalEntityRef(documentId, localIndex), out ResolvedEntity? e)
            ? e
            : throw new KeyNotFoundException("No local entity " + localIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) + " in document '" + documentId + "'.");

    /// <summary>Resolves further documents together with those already resolved.</summary>
    /// <param name="documents">New documents; their ids must not be resolved already.</param>
    /// <returns>A new resolution; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="documents"/> is null.</exception>
    /// <exception cref="EntityGraphException">When a document id repeats.</exception>
    public EntityResolution Add(IEnumerable<DocumentEntities> documents) => Resolver.Add(this, documents);
}
