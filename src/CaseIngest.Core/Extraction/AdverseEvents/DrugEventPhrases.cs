using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Phrases between a drug and an event that tie the event to that drug whatever its class: a compound of the drug
/// before the event ("lamotrigine-associated rash"), a compound after it that names the event a drug's adverse event
/// ("… was considered a rifampicin-related adverse event"), the event dated a span of time into the drug's course
/// ("… occurred two weeks into amiodarone therapy") and the drug held, stopped or reduced because of the event
/// ("the dose of carbamazepine was reduced because of hyponatraemia"); and the phrase of a drug paused while the event
/// lasted ("midostaurin was held during the period of febrile neutropenia"), which does not make it the cause when the
/// event's clause names the treatment it followed.
/// </summary>
internal static partial class DrugEventPhrases
{
    /// <summary>Whether the words from a drug to the event make a compound of the drug naming the event's cause: "-associated ", "-related grade 3 ".</summary>
    public static bool CompoundBefore(ReadOnlySpan<char> gap) =>
        gap.Length is > 0 and <= 40 && gap[0] == '-' && CompoundBeforeRegex().IsMatch(gap);

    /// <summary>Whether the drug named before the event is the subject of a verb that makes it the cause: "oxaliplatin caused cold-induced paraesthesia", "imatinib had induced periorbital oedema".</summary>
    public static bool CausingVerbBefore(ReadOnlySpan<char> gap) =>
        gap.Length is > 0 and <= 60 && gap.IndexOfAny(";:,()") < 0 && CausingVerbRegex().IsMatch(gap);

    /// <summary>
    /// Whether a drug named after the event, a few words on, heads a compound that names the event an adverse event of
    /// it: the event "was considered a" or ", a" … "rifampicin-related adverse event", "valproate-induced toxicity".
    /// </summary>
    public static bool CompoundNounAfter(string text, ReadOnlySpan<char> gap, int drugEnd, int sentenceEnd)
    {
        if (drugEnd >= sentenceEnd || text[drugEnd] != '-' || gap.IndexOfAny(";:()") >= 0 || EventGrade.Words(gap) > 6)
        {
            return false;
        }

        var after = text.AsSpan(drugEnd, Math.Min(sentenceEnd, drugEnd + 64) - drugEnd);
        return CompoundNounRegex().IsMatch(after);
    }

    /// <summary>Whether the words from the event to a drug date the event a span of time into the drug's course: "occurred two weeks into ".</summary>
    public static bool DatedInto(ReadOnlySpan<char> gap) =>
        gap.Length <= 80 && gap.Contains(" into ", StringComparison.OrdinalIgnoreCase) && DatedIntoRegex().IsMatch(gap);

    /// <summary>Whether the words from a drug to the event tell the drug held, stopped or reduced because of it: " was withheld because of grade 3 ".</summary>
    public static bool StoppedBecause(ReadOnlySpan<char> gap) =>
        gap.Length <= 96 && gap.IndexOfAny(";:,()") < 0 && StoppedBecauseRegex().IsMatch(gap);

    /// <summary>Whether the words from a drug to the event tell the drug paused while the event lasted: " was briefly paused during the episode of ".</summary>
    public static bool PausedDuring(ReadOnlySpan<char> gap) =>
        gap.Length <= 80 && gap.IndexOfAny(";:,()") < 0 && DuringWords.ContainsWord(gap) && PausedDuringRegex().IsMatch(gap);

    private static readonly CueSet DuringWords = new("during", "throughout");

    /// <summary>Whether the patient of <paramref name="drug"/> was given the same drug at a mention before it.</summary>
    public static bool GivenBefore(IEnumerable<DrugFact> drugs, DrugFact drug) =>
        drugs.Any(d => d.Status == TreatmentStatus.Given && d.Patient == drug.Patient && d.Evidence.Start < drug.Evidence.Start
            && string.Equals(d.Name, drug.Name, StringComparison.Ordinal));

    // from a drug to the event, a compound of the drug (at most three words, a grade or a severity, before the event):
    //   "-associated "                 -> compound
    //   "-related grade 3 "            -> compound
    //   "- mediated severe "           -> compound
    //   "-resistant "                  -> not a cause ("imatinib-resistant" names a tumour's state)
    //   "-naive "                      -> not a cause
    [GeneratedRegex(@"^-\s?(?:associated|related|mediated|triggered|provoked|elicited)\s+(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex CompoundBeforeRegex();

    // from a drug to the event after it, a past verb of causing with the drug as its subject (at most three words after it):
    //   " caused cold-induced "                 -> causing
    //   " therapy had induced severe "          -> causing
    //   " probably provoked an "                -> causing
    //   " rarely causes "                       -> not this phrase (what the drug does in general)
    //   " was given for "                       -> not causing
    [GeneratedRegex(@"^\s+(?:(?:therapy|treatment|infusion|administration)\s+)?(?:(?:has|had|also|then|subsequently|probably|likely|most\s+likely|eventually)\s+)*(?:caused|induced|provoked|triggered|precipitated)\s+(?:(?:a|an|the|her|his|severe|grade\s+\d|mild|moderate|marked|[\w]+-induced|[\w]+-related)\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex CausingVerbRegex();

    // from a drug named after the event, a compound whose noun makes the event a drug's adverse event:
    //   "-related adverse event"        -> adverse event
    //   "-induced toxicity"             -> adverse event
    //   "-associated side effect"       -> adverse event
    //   "-related hepatotoxicity"       -> not this phrase (an event of its own, read as one)
    //   "-resistant disease"            -> not a cause
    [GeneratedRegex(@"^-\s?(?:related|induced|associated|mediated)\s+(?:(?:drug|immune|severe|serious|known|rare|typical|late|delayed|acute|grade\s+\d)\s+)?(?:adverse\s+(?:events?|effects?|reactions?|drug\s+reactions?)|toxicit(?:y|ies)|side[\s-]effects?|drug\s+reactions?|reactions?|complications?)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex CompoundNounRegex();

    // from the event to a drug, a span of time into the drug's course:
    //   " occurred two weeks into "                     -> dated
    //   " developed 10 days into "                      -> dated
    //   ", three cycles into "                          -> not read (a comma ends the clause)
    //   " began several months into treatment with "    -> dated
    //   " was looked into by "                          -> not dated
    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,3}?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a)\s+(?:days?|weeks?|months?|years?|cycles?|courses?|doses?|infusions?)\s+into\s+(?:(?:the|her|his|their|a|an|treatment|therapy|course|with|of)\s+){0,4}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex DatedIntoRegex();

    // from a drug to the event, the drug paused while the event lasted (a few words of its time or severity before it):
    //   " was briefly paused during the episode of "       -> paused during
    //   " was held throughout the period of grade 3 "      -> paused during
    //   " was held because of "                            -> not this phrase (stopped because)
    //   " was continued during "                           -> not paused
    [GeneratedRegex(@"^\s*(?:was|were|had\s+to\s+be|had\s+been)\s+(?:(?:then|therefore|subsequently|temporarily|briefly)\s+)?(?:held|withheld|halted|paused|stopped|interrupted|suspended|discontinued|omitted)\s+(?:during|throughout)\s+(?:(?:the|an?|her|his|this|that|period|periods|episode|episodes|time|course|of|grade\s+\d|severe|prolonged|profound)\s+){0,5}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex PausedDuringRegex();

    // from a drug to the event, the drug held, stopped or reduced because of the event (at most three words of grade or
    // severity before it):
    //   " was held for grade 3 "                        -> stopped because
    //   " was reduced because of "                      -> stopped because
    //   " was therefore discontinued due to severe "    -> stopped because
    //   " had to be withdrawn owing to "                -> stopped because
    //   " was continued despite "                       -> not stopped
    //   " was started for "                             -> not stopped (the drug's indication)
    [GeneratedRegex(@"^\s*(?:dose\s+|dosage\s+)?(?:was|were|had\s+to\s+be|had\s+been)\s+(?:(?:then|therefore|subsequently|temporarily|permanently|promptly|immediately|later)\s+)?(?:held|withheld|stopped|discontinued|interrupted|suspended|ceased|reduced|decreased|lowered|withdrawn)\s+(?:for|because\s+of|due\s+to|owing\s+to|in\s+view\s+of|on\s+account\s+of)\s+(?:(?:the|an?|her|his|grade\s+\d|severe|symptomatic|recurrent|persistent|new|worsening|progressive)\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex StoppedBecauseRegex();
}
