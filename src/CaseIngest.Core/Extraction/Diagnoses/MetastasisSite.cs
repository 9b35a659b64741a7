using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A site cancer written "metastatic &lt;site&gt; cancer" for a patient with a cancer of another tissue names where the
/// primary spread ("suggesting metastatic brain cancer" in a prostate adenocarcinoma), not a second primary.
/// </summary>
internal static class MetastasisSite
{
    private const string Metastatic = "metastatic ";

    public static IEnumerable<(string Patient, string Name)> Find(
        string text,
        IReadOnlyList<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found,
        Func<string, OncoTreeNode?> nodeOf,
        Func<string, bool> isCancer)
    {
        foreach (var item in found)
        {
            if (!item.Name.EndsWith(" cancer", StringComparison.Ordinal) || item.Start < Metastatic.Length
                || !text.AsSpan(item.Start - Metastatic.Length, Metastatic.Length).Equals(Metastatic, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var tissue = nodeOf(item.Name)?.Tissue;
            foreach (var other in found)
            {
                if (other.Patient == item.Patient && other.Name != item.Name && isCancer(other.Name)
                    && nodeOf(other.Name)?.Tissue is { } otherTissue && otherTissue != tissue)
                {
                    yield return (item.Patient, item.Name);
                    break;
                }
            }
        }
    }
}
