namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// How a result word reads for a kind of marker: a negation reverses it ("no EGFR mutation" is wild-type), a
/// score gives it ("TPS 80%" is positive), a proliferation index reads high or low, and an MMR protein or MSI
/// reads in its own words (MarkerResult.Negative MLH1 is lost, MarkerResult.High MSI is msi-high).
/// </summary>
internal static class MarkerResultRules
{
    public static MarkerResult? Negate(MarkerResult? result, MarkerKind kind) => result switch
    {
        MarkerResult.Mutated => MarkerResult.WildType,
        null when kind == MarkerKind.Gene => MarkerResult.WildType,
        MarkerResult.Positive or MarkerResult.Amplified or MarkerResult.Rearranged or MarkerResult.High or null => MarkerResult.Negative,
        MarkerResult.Lost => MarkerResult.Intact,
        _ => result,
    };

    /// <summary>A result an alias states, denied: "no MSI-H" is msi-stable, "no 1p/19q codeletion" intact, "no MGMT methylation" negative.</summary>
    public static MarkerResult DeniedAlias(MarkerResult result) => result switch
    {
        MarkerResult.Lost => MarkerResult.Intact,
        MarkerResult.MsiHigh => MarkerResult.MsiStable,
        _ => MarkerResult.Negative,
    };

    /// <summary>
    /// The verdict of a mutation or sequencing test reads by what was tested: "EGFR mutation testing was negative" is
    /// wild-type and "positive" mutated, while a stain of the protein keeps negative and positive. A germline test of the
    /// mismatch repair genes is one too ("germline testing for MLH1 and MSH2 was negative"), not a stain that lost them.
    /// </summary>
    public static MarkerResult? OfMutationTest(MarkerResult? result, MarkerKind kind, bool mutationTest) =>
        (mutationTest && kind is MarkerKind.Gene or MarkerKind.Protein or MarkerKind.Mmr, result) switch
        {
            (true, MarkerResult.Negative) => MarkerResult.WildType,
            (true, MarkerResult.Positive) => MarkerResult.Mutated,
            _ => result,
        };

    public static MarkerResult? FromValue(MarkerEntry entry, MarkerReading reading)
    {
        var scored = reading.Unit == "%" || reading.Method is "TPS" or "CPS" or MarkerScanner.HistoscoreMethod;
        if (!scored || entry.Kind != MarkerKind.Protein)
        {
            return null;
        }

        if (reading.LessThan)
        {
            return MarkerResult.Negative;
        }

        if (reading.Bounded)
        {
            return MarkerResult.Positive;
        }

        return reading.Value switch
        {
            null => null,
            >= 1 => MarkerResult.Positive,
            _ => MarkerResult.Negative,
        };
    }

    /// <summary>
    /// A proliferation index (Ki-67) with a percentage reads high or low rather than positive: 20% or more is high,
    /// under 10% low, a range ("70-80%", "&lt;5%") by both its bounds; an explicit negative stays.
    /// </summary>
    public static MarkerResult? ProliferationIndex(MarkerEntry entry, MarkerReading reading, MarkerResult? result, bool isExplicit)
    {
        if (entry.Gene != "MKI67" || reading.Unit != "%" || result is MarkerResult.Negative or MarkerResult.High or MarkerResult.Low && isExplicit)
        {
            return result;
        }

        var (low, high) = reading.Value is { } value ? (value, value) : reading.Range ?? (0, null);
        if (reading.Value is null && reading.Range is null)
        {
            return result;
        }

        return (low, high) switch
        {
            (>= 20, _) => MarkerResult.High,
            (_, < 10) => MarkerResult.Low,
            _ => result ?? MarkerResult.Positive,
        };
    }

    public static MarkerResult? ForKind(MarkerResult? result, MarkerEntry entry) => (entry.Kind, result) switch
    {
        (MarkerKind.Mmr, MarkerResult.Positive or MarkerResult.Normal) => MarkerResult.Intact,
        (MarkerKind.Serum, MarkerResult.Normal) => MarkerResult.Negative,
        (_, MarkerResult.Normal) => null,
        (MarkerKind.Mmr, MarkerResult.Negative) => MarkerResult.Lost,
        // a signature counts mutations and is never itself mutated: "TMB was measured in mutations per megabase"
        (MarkerKind.Signature, MarkerResult.Mutated or MarkerResult.WildType) => null,
        // a hormone receptor has no high band; strong or high expression is positive
        (MarkerKind.Protein, MarkerResult.High) when entry.Gene is "ESR1" or "PGR" or "AR" => MarkerResult.Positive,
        (MarkerKind.Signature, MarkerResult.High or MarkerResult.Positive) when entry.Name == "MSI" => MarkerResult.MsiHigh,
        (MarkerKind.Signature, MarkerResult.Negative or MarkerResult.Low) when entry.Name == "MSI" => MarkerResult.MsiStable,
        (_, MarkerResult.MsiStable or MarkerResult.MsiHigh) when entry.Name != "MSI" => null,
        _ => result,
    };

    /// <summary>The ratio at or above which an in-situ hybridisation ratio of HER2 to its centromere reads positive.</summary>
    private const double AmplificationRatio = 2.0;

    /// <summary>
    /// A HER2 in-situ hybridisation ratio without a stated verdict reads by the amplification cutoff: 2.0 or more is
    /// positive ("HER2 FISH ratio of 2.3"), less is negative ("HER2/CEP17 ratio 1.4").
    /// </summary>
    public static MarkerResult? HybridisationRatio(MarkerReading reading, MarkerResult? result) =>
        result is null && reading.Ratio && reading.Value is { } ratio && !reading.Bounded
            ? ratio >= AmplificationRatio ? MarkerResult.Positive : MarkerResult.Negative
            : result;
}
