namespace CaseIngest.Storage;

/// <summary>
/// One condition of a query over the article index: the article is in any of <see cref="Partitions"/> (one
/// partition, or several meaning OR), or in any partition from <see cref="From"/> up to <see cref="To"/> (exclusive),
/// a range of ordered values such as ages or marker values. Conditions of one query all hold (AND).
/// </summary>
public sealed record IndexFilter
{
    public IReadOnlyList<string> Partitions { get; init; } = [];
    public string? From { get; init; }
    public string? To { get; init; }

    public bool IsRange => From is not null && To is not null;

    public static IndexFilter Any(IEnumerable<string> partitions) => new() { Partitions = [.. partitions.Distinct(StringComparer.Ordinal)] };

    public static IndexFilter Range(string from, string to) => new() { From = from, To = to };
}
