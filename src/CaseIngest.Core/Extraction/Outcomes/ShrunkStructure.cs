using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "The pseudoaneurysm decreased in size", "the liver abscess became smaller", "the effusion decreased in volume": what
/// shrank is a structure of another condition (a vessel, a collection, a clot), so the words tell that condition's course,
/// not a response of the tumour. A sentence that also names the tumour or its lesions keeps its shrinkage.
/// </summary>
internal static partial class ShrunkStructure
{
    public static bool IsSomethingElse(string text, Sentence sentence)
    {
        var words = text.AsSpan(sentence.Start, sentence.Length);
        return StructureRegex().IsMatch(words) && !TumourRegex().IsMatch(words);
    }

    // "pseudoaneurysm", "aneurysms", "haematoma", "abscess", "effusion", "thrombus", "thrombi", "collection", "cyst",
    // "pseudocyst", "vegetation", "consolidation", "oedema"
    [GeneratedRegex(@"\b(?:pseudo)?aneurysms?\b|\bh(?:a)?ematomas?\b|\babscess(?:es)?\b|\beffusions?\b|\bthromb(?:us|i)\b|\bcollections?\b|\b(?:pseudo)?cysts?\b|\bvegetations?\b|\bconsolidations?\b|\b(?:o)?edema\b|\binfarcts?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StructureRegex();

    // a word of the tumour or its lesions: "lesion", "mass", "nodules", "metastases", "tumour", "carcinoma", "lymphoma"
    [GeneratedRegex(@"lesion|\bmass(?:es)?\b|nodul|metasta|tumou?r|cancer|carcino|sarcoma|melanoma|lymphoma|myeloma|glioma|blastoma|malignan|neoplas", RegexOptions.IgnoreCase)]
    private static partial Regex TumourRegex();
}
