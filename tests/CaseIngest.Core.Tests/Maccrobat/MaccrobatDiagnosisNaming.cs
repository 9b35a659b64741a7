namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// Whether an engine diagnosis name states every telling word of an annotated mention: "gastric adenocarcinoma" states
/// "adenocarcinoma", "diffuse large b-cell lymphoma" states "primary malignant lymphoma". "Primary" and "malignant" are
/// not telling, "cancer" is stated by a malignant head ("gastric cancer" by "gastric adenocarcinoma"), and a mention of generic heads alone ("tumor", "malignancy") is stated by no name, because it could be
/// any of the patient's neoplasms.
/// </summary>
internal static class MaccrobatDiagnosisNaming
{
    private static readonly HashSet<string> Qualifiers = new(["primary", "malignant"], StringComparer.Ordinal);

    private static readonly HashSet<string> GenericHeads = new(
        ["tumor", "neoplasm", "neoplasia", "cancer", "malignancy", "carcinoma", "lesion", "mass", "disease", "metastasis"],
        StringComparer.Ordinal);

    public static bool States(string name, BratEntity mention)
    {
        var telling = Words(mention.Text).Where(w => !Qualifiers.Contains(w)).ToList();
        if (telling.Count == 0 || telling.TrueForAll(GenericHeads.Contains))
        {
            return false;
        }

        var stated = Words(name).ToHashSet(StringComparer.Ordinal);
        return telling.TrueForAll(w => stated.Contains(w) || (w == "cancer" && NamesACancer(name)));
    }

    /// <summary>Whether the name's head is a malignant one, which "cancer" in a mention stands for ("gastric cancer" of a "gastric adenocarcinoma").</summary>
    private static bool NamesACancer(string name) =>
        Array.Exists(MalignantHeads, head => name.EndsWith(head, StringComparison.Ordinal));

    private static readonly string[] MalignantHeads = ["carcinoma", "sarcoma", "melanoma", "lymphoma", "leukemia", "myeloma", "blastoma"];

    /// <summary>The words, lower case and singular, British "tumour" read as "tumor".</summary>
    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries).Select(Singular);

    private static string Singular(string word)
    {
        var singular = word switch
        {
            _ when word.EndsWith("ases", StringComparison.Ordinal) => word[..^2] + "is",
            _ when word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
                && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) => word[..^1],
            _ => word,
        };
        return singular == "tumour" ? "tumor" : singular;
    }
}
