namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// How a result word reads for a kind of marker: a negation reverses it ("no EGFR mutation" is wild-type), a
/// score gives it ("TPS 80%" is positive), a proliferation index reads high or low, and an MMR protein or MSI
/// reads in its own words ("negative" MLH1 is lost, "high" MSI is msi-high).
/// </summary>
internal static class MarkerResultRules
{
    public static string? Negate(string? result, MarkerKind kind) => result switch
    {
        "mutated" => "wild-type",
        null when kind == MarkerKind.Gene => "wild-type",
        "positive" or "amplified" or "rearranged" or "high" or null => "negative",
        "lost" => "intact",
        _ => result,
    };

    public static string? FromValue(MarkerEntry entry, MarkerReading reading)
    {
        var scored = reading.Unit == "%" || reading.Method is "TPS" or "CPS";
        if (!scored || entry.Kind != MarkerKind.Protein)
        {
            return null;
        }

        if (reading.LessThan)
        {
            return "negative";
        }

        if (reading.Bounded)
        {
            return "positive";
        }

        return reading.Value switch
        {
            null => null,
            >= 1 => "positive",
            _ => "negative",
        };
    }

    /// <summary>
    /// A proliferation index (Ki-67) with a percentage reads high or low rather than positive: 20% or more is high,
    /// under 10% low; an explicit negative stays.
    /// </summary>
    public static string? ProliferationIndex(MarkerEntry entry, MarkerReading reading, string? result, bool isExplicit)
    {
        if (entry.Gene != "MKI67" || reading.Value is not { } value || reading.Unit != "%" || result is "negative" or "high" or "low" && isExplicit)
        {
            return result;
        }

        return value switch
        {
            >= 20 => "high",
            < 10 => "low",
            _ => result ?? "positive",
        };
    }

    public static string? ForKind(string? result, MarkerEntry entry) => (entry.Kind, result) switch
    {
        (MarkerKind.Mmr, "positive" or MarkerCue.Normal) => "intact",
        (MarkerKind.Serum, MarkerCue.Normal) => "negative",
        (_, MarkerCue.Normal) => null,
        (MarkerKind.Mmr, "negative") => "lost",
        (MarkerKind.Signature, "high" or "positive") when entry.Name == "MSI" => "msi-high",
        (MarkerKind.Signature, "negative" or "low") when entry.Name == "MSI" => "msi-stable",
        (_, "msi-stable" or "msi-high") when entry.Name != "MSI" => null,
        _ => result,
    };
}
