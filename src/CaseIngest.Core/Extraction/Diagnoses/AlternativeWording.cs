using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Two diseases offered as alternatives right after a reading or a question ("compatible with a meningioma or a
/// metastasis", "consistent with a mesothelioma or an adenocarcinoma", "whether it was a meningioma or a
/// hemangiopericytoma"): neither is the patient's diagnosis. Both sides must name a disease, so a disease with two
/// modifiers ("consistent with a primary or metastatic adenocarcinoma") stands.
/// </summary>
internal static partial class AlternativeWording
{
    /// <summary>How far before the mention the reading is looked for.</summary>
    private const int Reach = 120;

    private static readonly CueSet Cues = new("compatible with", "consistent with", "in keeping with", "suggestive of", "whether");

    /// <summary>Whether the mention at [<paramref name="start"/>, <paramref name="end"/>) is one of two diseases offered as alternatives.</summary>
    public static bool Offered(string text, Sentence sentence, int start, int end)
    {
        var from = Math.Max(sentence.Start, start - Reach);
        if (start <= from)
        {
            return false;
        }

        var cueEnd = Cues.LastWordEnd(text.AsSpan(from, start - from));
        if (cueEnd < 0)
        {
            return false;
        }

        var at = from + cueEnd;
        var pair = PairRegex().Match(text, at, sentence.End - at);
        return pair.Success && pair.Index <= start && pair.Index + pair.Length >= end;
    }

    // " a meningioma or a metastasis", " it was a lymphoma or a thymoma", " an infectious colitis or an ischemic colitis":
    // up to four words ending in a disease's head, "or", and up to four words ending in another, right after the reading
    [GeneratedRegex(@"\G(?:\s+it\s+(?:was|is|represented))?\s+(?:(?:an?|the)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]*?(?:omas?|itis|osis|cancer|tumou?rs?|metastas[ie]s|disease|syndrome|cysts?|leuka?emia|infection)\s*,?\s+or\s+(?:(?:an?|the)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]*?(?:omas?|itis|osis|cancer|tumou?rs?|metastas[ie]s|disease|syndrome|cysts?|leuka?emia|infection)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PairRegex();
}
