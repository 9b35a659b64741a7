using CaseIngest.TextAnalytics.Reading;

namespace CaseIngest.TextAnalytics.Mapping;

/// <summary>For each entity of a reading, the entities it is related to and by which relation type.</summary>
internal sealed class RelationIndex
{
    private readonly Dictionary<int, List<(string Type, int Other)>> _related = [];
    private readonly IReadOnlyList<PlacedEntity> _entities;

    public RelationIndex(HealthcareReading reading)
    {
        _entities = reading.Entities;
        foreach (var relation in reading.Relations)
        {
            foreach (var (_, entity) in relation.Members)
            {
                foreach (var (_, other) in relation.Members)
                {
                    if (other != entity)
                    {
                        (_related.TryGetValue(entity, out var list) ? list : _related[entity] = []).Add((relation.RelationType, other));
                    }
                }
            }
        }
    }

    /// <summary>The first entity related to <paramref name="entity"/> by <paramref name="relationType"/> whose category is one of <paramref name="categories"/>.</summary>
    public PlacedEntity? Related(int entity, string relationType, params string[] categories)
    {
        if (!_related.TryGetValue(entity, out var list))
        {
            return null;
        }

        foreach (var (type, other) in list)
        {
            if (string.Equals(type, relationType, StringComparison.OrdinalIgnoreCase) && categories.Contains(_entities[other].Category, StringComparer.OrdinalIgnoreCase))
            {
                return _entities[other];
            }
        }

        return null;
    }

    public bool HasRelation(int entity, string relationType) =>
        _related.TryGetValue(entity, out var list) && list.Exists(r => string.Equals(r.Type, relationType, StringComparison.OrdinalIgnoreCase));
}
