namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A patient's one site cancer and an unsited histology named elsewhere in the report make one diagnosis when the
/// OncoTree vocabulary knows the composed name: "rectal cancer" … "biopsy showed adenocarcinoma" → "rectal
/// adenocarcinoma". Two site cancers leave the histology unplaced.
/// </summary>
internal static class DiagnosisComposition
{
    private static readonly string[] Histologies = ["adenocarcinoma", "squamous cell carcinoma"];

    /// <summary>Renames, in place, each patient's single "&lt;site&gt; cancer" for the histology found beside it.</summary>
    public static void Compose(
        List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found,
        Func<string, bool> known)
    {
        var byPatient = new Dictionary<string, (HashSet<string> Sites, HashSet<string> Histologies)>(StringComparer.Ordinal);
        foreach (var (patient, name, _, _, _) in found)
        {
            if (!byPatient.TryGetValue(patient, out var names))
            {
                byPatient[patient] = names = ([], []);
            }

            if (Array.IndexOf(Histologies, name) >= 0)
            {
                names.Histologies.Add(name);
            }
            else if (IsSiteCancer(name))
            {
                names.Sites.Add(name);
            }
        }

        var renamed = new Dictionary<(string, string), string>();
        foreach (var (patient, (sites, histologies)) in byPatient)
        {
            if (sites.Count != 1 || histologies.Count != 1)
            {
                continue;
            }

            var site = sites.First();
            var composed = string.Concat(site.AsSpan(0, site.Length - "cancer".Length), histologies.First());
            if (known(composed))
            {
                renamed[(patient, site)] = composed;
            }
        }

        for (var i = 0; i < found.Count && renamed.Count > 0; i++)
        {
            var (patient, name, start, end, broader) = found[i];
            if (renamed.TryGetValue((patient, name), out var composed))
            {
                found[i] = (patient, composed, start, end, [.. broader, name]);
            }
        }
    }

    // "rectal cancer", "prostate cancer": one site word before "cancer"
    private static bool IsSiteCancer(string name) =>
        name.EndsWith(" cancer", StringComparison.Ordinal) && name.IndexOf(' ') == name.Length - " cancer".Length;
}
