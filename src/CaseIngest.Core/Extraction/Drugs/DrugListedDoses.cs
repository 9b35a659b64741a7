using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

public static partial class DrugAttributeParser
{
    /// <summary>
    /// Every dose written in <paramref name="segment"/>, in order ("5 mg/kg and 175 mg/m2", "AUC 5 and 175 mg/m2"), each with the rate it is
    /// written with ("/day"), if any; cumulative doses are left out.
    /// </summary>
    public static List<(Dose Dose, Frequency? PerTime)> ListedDoses(ReadOnlySpan<char> segment)
    {
        var doses = new List<(Dose, Frequency?)>();
        if (segment.IndexOfAnyInRange('0', '9') < 0)
        {
            return doses;
        }

        var text = segment.ToString();
        var found = new List<(int Index, Dose Dose, Frequency? PerTime)>();
        for (var m = AucRegex().Match(text); m.Success; m = m.NextMatch())
        {
            if (TryNumber(m.Groups["value"].Value, out var auc))
            {
                found.Add((m.Index, new Dose(auc, "AUC"), null));
            }
        }

        for (var m = DoseRegex().Match(text); m.Success; m = m.NextMatch())
        {
            if (!CumulativeBeforeRegex().IsMatch(text.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)))
                && ToDose(m, out var perTime) is { } dose)
            {
                found.Add((m.Index, dose, perTime));
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        foreach (var (_, dose, perTime) in found)
        {
            doses.Add((dose, perTime));
        }

        return doses;
    }
}
