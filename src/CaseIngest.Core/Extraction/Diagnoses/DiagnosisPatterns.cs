using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Cancers the lexicons lack, named from the words before a head noun: "gallbladder carcinoma", "carcinoma of the appendix".</summary>
internal static partial class DiagnosisPatterns
{
    internal static readonly string[] Generic =
    [
        "metastatic", "advanced", "primary", "recurrent", "invasive", "poorly", "well", "moderately", "differentiated",
        "undifferentiated", "the", "a", "an", "of", "stage", "locally", "residual", "malignant", "high", "low", "grade",
        "high-grade", "low-grade", "this", "that", "her", "his", "its", "their", "with", "and", "or", "to", "in", "for",
        "as", "known", "new", "secondary", "unresectable", "resectable", "refractory", "relapsed", "aggressive",
        "rare", "common", "other", "such", "any", "no", "diagnosed", "from", "by", "on", "at", "is", "was", "had",
        "disseminated", "widespread", "extensive", "multiple", "synchronous", "metachronous", "early", "late",
        "iv", "iii", "ii", "i", "large", "small", "solid", "occult", "underlying", "concurrent", "previous", "prior",
        "suspected", "possible", "cell", "type", "tumor", "tumour", "mass", "lesion", "human", "patient", "patients",
        "developed", "showed", "revealed", "confirmed", "consistent", "compatible", "suggestive", "having", "presented",
        "cases", "case", "treatment", "therapy", "history", "diagnosis", "biopsy", "nodal", "distant",
        "recurrence", "progression", "metastasis", "metastases", "those", "these", "which", "most", "many", "some",
        "systemic", "active", "concomitant", "second", "another", "overt", "certain", "various", "specific", "different",
        "older", "younger", "elderly", "pediatric", "paediatric", "adult", "adults", "childhood",
        "clinical", "pathological", "histological", "confirmed", "advanced-stage", "end-stage", "bilateral", "right", "left",
        "situ",
    ];

    /// <summary>
    /// The name of a pattern match, or null: the telling words just before the head noun ("gallbladder
    /// carcinoma"), stopping at the first generic word ("metastatic", "had"), plus "of the &lt;organ&gt;". At least one
    /// telling word must remain. <paramref name="start"/> moves to the first kept word.
    /// </summary>
    internal static string? PatternName(ReadOnlySpan<char> value, ref int start)
    {
        var text = value.ToString();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (Heads.Contains(words[i]))
            {
                head = i;
                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        var first = head;
        while (first > 0 && first > head - 2)
        {
            var word = words[first - 1].ToLowerInvariant();
            if (word.Length < 4 || Array.IndexOf(Generic, word) >= 0 || word.EndsWith("ed", StringComparison.Ordinal)
                || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal))
            {
                break;
            }

            first--;
        }

        var hasOrgan = head + 3 < words.Length && Array.IndexOf(Generic, words[head + 3].ToLowerInvariant()) < 0;
        if (first == head && !hasOrgan)
        {
            return null;
        }

        var last = hasOrgan ? head + 3 : head;
        var offset = 0;
        for (var i = 0; i < first; i++)
        {
            offset = text.IndexOf(words[i], offset, StringComparison.Ordinal) + words[i].Length;
        }

        offset = text.IndexOf(words[first], offset, StringComparison.Ordinal);
        start += offset;
        return string.Join(' ', words[first..(last + 1)]).ToLowerInvariant();
    }

    internal static readonly HashSet<string> Heads =
        new(["carcinoma", "sarcoma", "lymphoma", "cancer", "adenocarcinoma", "carcinosarcoma", "blastoma"], StringComparer.Ordinal);

    // "<word> <word> carcinoma", "<word> sarcoma", "carcinoma of the <organ>"
    [GeneratedRegex(@"\b(?:[A-Za-z][a-z\-]+ ){0,3}(?:carcinoma|sarcoma|lymphoma|cancer|adenocarcinoma|carcinosarcoma|blastoma)\b(?: of the [a-z]+)?")]
    internal static partial Regex PatternRegex();
}
