namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A PD-L1 score reads by its usual cut-offs, whatever result word stands beside it: a tumour proportion score (TPS, or
/// a share of tumour cells) of 50% or more and a combined positive score (CPS) of 10 or more are high, a lower score of
/// 1 or more is positive, a score under 1 is negative. A range or bound reads by both its ends ("≥50%" high, "1-49%"
/// positive, "&lt;1%" negative); a stated negative or low stays.
/// </summary>
internal static class MarkerScoreCutoffs
{
    private const string PdL1Gene = "CD274";

    public static MarkerResult? PdL1(MarkerEntry entry, MarkerReading reading, MarkerResult? result)
    {
        if (entry.Gene != PdL1Gene || result is not (null or MarkerResult.Positive or MarkerResult.High))
        {
            return result;
        }

        var highFrom = reading.Method == "CPS" ? 10 : reading.Unit == "%" || reading.Method == "TPS" ? 50 : (double?)null;
        if (highFrom is not { } cut)
        {
            return result;
        }

        var (low, high) = reading.Value is { } value && !reading.LessThan ? (value, value) : reading.Range ?? (double.NaN, null);
        if (double.IsNaN(low))
        {
            return result;
        }

        if (low >= cut)
        {
            return MarkerResult.High;
        }

        if (high is { } top && (top < 1 || (reading.LessThan && top <= 1)))
        {
            return MarkerResult.Negative;
        }

        return low >= 1 ? MarkerResult.Positive : result;
    }
}
