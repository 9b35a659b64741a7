namespace CaseIngest.Core.Tests.Golden;

/// <summary>Counts of one category, summed over documents (micro-average).</summary>
public sealed class GoldenScore
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    /// <summary>No predictions at all counts as full precision: nothing wrong was said.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>No expected facts counts as full recall: nothing was missed.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(GoldenComparison comparison)
    {
        TruePositives += comparison.Matched;
        FalsePositives += comparison.Extras.Count;
        FalseNegatives += comparison.Misses.Count;
    }
}
