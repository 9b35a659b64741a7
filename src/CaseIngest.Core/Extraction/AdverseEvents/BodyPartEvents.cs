using System.Buffers;
using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Events told by what the patient feels or shows and where, which CTCAE defines by that description: skin changes of
/// the palms and soles ("erythema and desquamation of the palms and soles", "painful peeling of the hands and feet") are
/// palmar-plantar erythrodysesthesia; loss or change of feeling in the hands and feet ("numbness and tingling in the
/// fingers and toes", "loss of sensation in both feet") is peripheral sensory neuropathy. The reader looks for a region
/// word first and reads the words before it only there; pain, tenderness or swelling alone name neither.
/// </summary>
internal static partial class BodyPartEvents
{
    /// <summary>How far before a region word its description may start.</summary>
    private const int Reach = 120;

    /// <summary>How far after the first region word a coordinated region may end ("palms of the hands and soles of the feet").</summary>
    private const int After = 48;

    private static readonly SearchValues<string> Regions = SearchValues.Create(
        ["palms", "soles", "feet", "toes", "fingertips", "fingers", "hands", "extremities", "limbs"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Skin changes that, on the palms and soles, make palmar-plantar erythrodysesthesia.</summary>
    private static readonly CueSet SkinWords = new("erythema", "erythematous", "redness", "desquamation", "peeling", "blistering", "blisters", "cracking",
        "fissures", "fissuring", "hyperkeratosis", "scaling", "dysesthesia", "dysesthesias", "dysaesthesia", "dysaesthesiae", "dysaesthesias");

    /// <summary>Changes of feeling that make a sensory neuropathy.</summary>
    private static readonly CueSet FeelingWords = new("numbness", "tingling", "paresthesia", "paresthesias", "paraesthesia", "paraesthesiae",
        "paraesthesias", "hypoesthesia", "hypoaesthesia", "pins and needles", "sensation", "sensory", "feeling", "burning");

    /// <summary>Signs of the skin or of blood flow that no sensory neuropathy shows.</summary>
    private static readonly CueSet Redness = new("erythema", "erythematous", "redness", "swelling", "edema", "oedema", "dryness", "thickening");

    /// <summary>Region words of the palms and soles.</summary>
    private static readonly CueSet PalmsAndSoles = new("palm", "palms", "sole", "soles");

    /// <summary>
    /// The descriptions of <paramref name="text"/> as spans from the first symptom to the region, with
    /// <paramref name="handFoot"/> or <paramref name="neuropathy"/>, in text order.
    /// </summary>
    public static List<PhraseMatch<AdverseEventTerm>> Find(string text, AdverseEventTerm handFoot, AdverseEventTerm neuropathy)
    {
        var found = new List<PhraseMatch<AdverseEventTerm>>();
        var span = text.AsSpan();
        var from = 0;
        var floor = 0;
        while (from < span.Length)
        {
            var at = span[from..].IndexOfAny(Regions);
            if (at < 0)
            {
                break;
            }

            at += from;
            from = at + 1;
            // the description is in the region word's sentence
            var start = Math.Max(floor, at - Reach);
            var stop = span[start..at].LastIndexOfAny(".;\n");
            start = stop >= 0 ? start + stop + 1 : start;
            var end = Math.Min(span.Length, at + After);
            var match = DescriptionRegex().Match(text, start, end - start);
            if (!match.Success || match.Index + match.Length <= at
                || Classify(span.Slice(match.Index, match.Length), match.Groups["region"].ValueSpan, handFoot, neuropathy) is not { } term)
            {
                continue;
            }

            found.Add(new PhraseMatch<AdverseEventTerm>(match.Index, match.Index + match.Length, term));
            floor = from = match.Index + match.Length;
        }

        return found;
    }

    /// <summary>
    /// The event a description names: skin changes on the palms or soles (or both hands and feet) are
    /// <paramref name="handFoot"/>; otherwise changes of feeling with no skin change are <paramref name="neuropathy"/>;
    /// else none, and the phrases inside the description name their own events.
    /// </summary>
    private static AdverseEventTerm? Classify(ReadOnlySpan<char> description, ReadOnlySpan<char> region, AdverseEventTerm handFoot, AdverseEventTerm neuropathy)
    {
        var symptoms = description[..^region.Length];
        var palmsOrSoles = PalmsAndSoles.ContainsWord(region)
            || (region.Contains("hands", StringComparison.OrdinalIgnoreCase) && region.Contains("feet", StringComparison.OrdinalIgnoreCase));
        if (palmsOrSoles && SkinWords.ContainsWord(symptoms))
        {
            return handFoot;
        }

        // a skin change told with the feeling elsewhere ("erythema and numbness of the fingertips") is not one event
        return FeelingWords.ContainsWord(symptoms) && !SkinWords.ContainsWord(symptoms) && !Redness.ContainsWord(symptoms) ? neuropathy : null;
    }

    // "erythema and desquamation of the palms and soles", "numbness and tingling in the fingers and toes", "painful
    // blistering of the soles of both feet", "redness and cracking of the skin of both hands and feet", "peeling skin on
    // his palms", "painful, erythematous swelling of both palms"
    [GeneratedRegex(@"\b(?:(?:painful|severe|mild|moderate|persistent|progressive|marked|intermittent|symmetric(?:al)?|burning|diffuse|erythematous)(?:\s*,\s*|\s+)){0,2}(?:numbness|tingling|parae?sthesi(?:a|ae|as)|dysae?sthesi(?:a|ae|as)|hypoa?esthesia|pins and needles|(?:loss|decrease|reduction) of (?:sensation|feeling)|(?:reduced|decreased|diminished|altered) sensation|sensory loss|pain|erythema|redness|desquamation|peeling|blister(?:s|ing)|swelling|o?edema|tenderness|cracking|fissur(?:es|ing)|hyperkeratosis|scaling|thickening|dryness|burning)(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)(?:(?:painful|severe|mild|moderate|persistent|progressive|marked|intermittent|burning|diffuse|erythematous)\s+){0,2}(?:numbness|tingling|parae?sthesi(?:a|ae|as)|dysae?sthesi(?:a|ae|as)|hypoa?esthesia|pins and needles|(?:loss|decrease|reduction) of (?:sensation|feeling)|(?:reduced|decreased|diminished|altered) sensation|sensory loss|pain|erythema|redness|desquamation|peeling|blister(?:s|ing)|swelling|o?edema|tenderness|cracking|fissur(?:es|ing)|hyperkeratosis|scaling|thickening|dryness|burning)){0,4}(?:\s+skin)?\s+(?:of|in|on|over|affecting|involving)\s+(?:(?:the|both|his|her|their|bilateral)\s+)?(?:skin\s+(?:of|on|over)\s+(?:(?:the|both|his|her|their)\s+)?)?(?<region>(?:palms?|soles?|hands|feet|fingers|fingertips|toes|(?:upper\s+|lower\s+|distal\s+)?(?:extremities|limbs))(?:\s+of\s+(?:(?:the|both|his|her|their)\s+)?(?:hands|feet))?(?:\s*,?\s*(?:and|or|&)\s+(?:(?:the|both|his|her|their)\s+)?(?:palms?|soles?|hands|feet|fingers|fingertips|toes)(?:\s+of\s+(?:(?:the|both|his|her|their)\s+)?(?:hands|feet))?)?)\b",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionRegex();
}
