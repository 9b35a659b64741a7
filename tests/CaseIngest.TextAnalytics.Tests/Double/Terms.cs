using System.Text.Json.Nodes;

namespace CaseIngest.TextAnalytics.Tests.Double;

/// <summary>Terms and relations the tests' reports use, with links as the service gives them.</summary>
internal static class Terms
{
    public static Term Medication(string text, string? name = null, string rxnorm = "1547545") =>
        new(text, "MedicationName", name ?? text.ToLowerInvariant(), [("UMLS", "C3658706"), ("RXNORM", rxnorm), ("CHV", "0000001")]);

    public static JsonObject Negated => new() { ["certainty"] = "negative" };

    public static JsonObject Hypothetical => new() { ["conditionality"] = "hypothetical" };

    public static JsonObject SomeoneElse => new() { ["association"] = "other" };

    public static JsonObject Past => new() { ["temporality"] = "past" };
}
