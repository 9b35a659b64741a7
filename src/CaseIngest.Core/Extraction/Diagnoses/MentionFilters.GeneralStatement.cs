using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is the subject of a statement about the disease in general.</summary>
internal static partial class MentionFilters
{
    private const int GeneralStatementReach = 120;

    private static readonly CueSet PresentTenseVerbs = new(" is ", " are ");

    /// <summary>
    /// Whether the disease is the subject of a sentence in the present tense that tells what it is in general ("hepatitis
    /// is a known side effect of methotrexate", "colitis and hepatitis are well-known adverse effects of ipilimumab",
    /// "osteonecrosis of the jaw is a rare complication of denosumab"): a statement about the disease, not a diagnosis of
    /// the patient. The patient's own disease so described ("her melanoma is a rare acral subtype") and a clause that
    /// describes it after a diagnosis ("… was diagnosed, which is a rare tumour") are left alone.
    /// </summary>
    public static bool StatedInGeneral(string text, Sentence sentence, int start, int end)
    {
        var to = Math.Min(sentence.End, end + GeneralStatementReach);
        if (to <= end || !PresentTenseVerbs.ContainsAny(text.AsSpan(end, to - end)))
        {
            return false;
        }

        var from = Math.Max(sentence.Start, start - 24);
        return GeneralPredicateRegex().Match(text, end, to - end).Success
            && !OwnedDiseaseRegex().IsMatch(text.AsSpan(from, start - from));
    }

    // " is a known side effect", " are well-known adverse effects", " of the jaw is a rare complication", ", hepatitis and
    // pneumonitis are common", " (ONJ) is a recognised": the verb right after the name (its site, its initialism and up to
    // two more names of a list between), then a word that tells how known, common or rare the disease is
    //   matches:     " is a known side effect of methotrexate", " and hepatitis are well-known adverse effects"
    //   no match:    " was a known side effect", ", which is a rare tumour", " is seen in the biopsy"
    [GeneratedRegex(@"\G(?:\s+of\s+the\s+[A-Za-z-]+)?(?:\s*\([^)]{1,12}\))?(?:(?:,|,?\s+(?:and|or))\s+(?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w'-]*){0,2}\s+(?:is|are)\s+(?:(?:a|an)\s+)?(?:(?:also|very|relatively|extremely|well|widely|increasingly|often|frequently|commonly)[\s-]+)?(?:known|recogni[sz]ed|documented|described|reported|established|rare|uncommon|common|frequent|infrequent|unusual|typical)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GeneralPredicateRegex();

    // "her ", "his ", "their ", "this ", "the patient's ": the case's own disease right before the name
    [GeneratedRegex(@"\b(?:her|his|their|this|the\s+patient[’']s)\s+(?:[A-Za-z-]+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnedDiseaseRegex();
}
