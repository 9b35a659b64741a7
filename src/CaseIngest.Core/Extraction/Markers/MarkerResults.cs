namespace CaseIngest.Core.Extraction.Markers;

/// <summary>The contract's result words of <see cref="MarkerResult"/>, in both directions.</summary>
public static class MarkerResults
{
    public static string ToContract(this MarkerResult result) => result switch
    {
        MarkerResult.Positive => "positive",
        MarkerResult.Negative => "negative",
        MarkerResult.High => "high",
        MarkerResult.Low => "low",
        MarkerResult.Mutated => "mutated",
        MarkerResult.WildType => "wild-type",
        MarkerResult.Amplified => "amplified",
        MarkerResult.Rearranged => "rearranged",
        MarkerResult.Intact => "intact",
        MarkerResult.Lost => "lost",
        MarkerResult.MsiHigh => "msi-high",
        MarkerResult.MsiStable => "msi-stable",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Not a result of the record."),
    };

    /// <summary>The result a lexicon word names ("wild-type", "msi-high", and "normal" for cues).</summary>
    public static bool TryParse(string word, out MarkerResult result)
    {
        (var known, result) = word switch
        {
            "positive" => (true, MarkerResult.Positive),
            "negative" => (true, MarkerResult.Negative),
            "high" => (true, MarkerResult.High),
            "low" => (true, MarkerResult.Low),
            "mutated" => (true, MarkerResult.Mutated),
            "wild-type" => (true, MarkerResult.WildType),
            "amplified" => (true, MarkerResult.Amplified),
            "rearranged" => (true, MarkerResult.Rearranged),
            "intact" => (true, MarkerResult.Intact),
            "lost" => (true, MarkerResult.Lost),
            "msi-high" => (true, MarkerResult.MsiHigh),
            "msi-stable" => (true, MarkerResult.MsiStable),
            "normal" => (true, MarkerResult.Normal),
            _ => (false, default),
        };
        return known;
    }
}
