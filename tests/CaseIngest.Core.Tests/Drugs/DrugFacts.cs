using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Runs the default engine over a snippet and returns its drug facts.</summary>
internal static class DrugFacts
{
    public static IReadOnlyList<DrugFact> Of(string text) => Engines.Extract(text).Drugs;

    public static DrugFact Single(string text, string name)
    {
        var drugs = Of(text);
        var matching = drugs.Where(d => d.Name == name).ToList();
        Assert.True(matching.Count == 1, $"expected one '{name}' fact, found: {string.Join(", ", drugs.Select(d => $"{d.Name}/{d.Status}"))}");
        return matching[0];
    }
}
