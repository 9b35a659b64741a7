namespace CaseIngest.TextAnalytics.Client;

/// <summary>A member of a relation: a JSON pointer to the entity (<c>#/results/documents/0/entities/2</c>) and its role.</summary>
public sealed record HealthcareRelationEntity
{
    public required string Ref { get; init; }
    public required string Role { get; init; }

    /// <summary>The entity index the pointer ends with, or -1 when it does not end with <c>/entities/N</c>.</summary>
    public int EntityIndex()
    {
        const string marker = "/entities/";
        var at = Ref.LastIndexOf(marker, StringComparison.Ordinal);
        return at >= 0 && int.TryParse(Ref.AsSpan(at + marker.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index
            : -1;
    }
}
