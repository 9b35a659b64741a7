using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The treatments an event's sentence tells as started after the event, which therefore cannot have caused it: a
/// start told after the event ("a pulmonary embolism was found, and sorafenib was then started"; "she had ascites, and
/// was then started on sorafenib") or the event dated before the treatment ("before the first dose of sunitinib, she
/// developed a deep vein thrombosis"; "… thrombosis prior to starting sunitinib"). A treatment behind a temporal or
/// cause preposition ("colitis developed after nivolumab was started") is the event's cause, not a later start; a cause
/// word in the event's own clause does not reach a start joined to it by "and" ("a pneumonia caused by Mycoplasma and was
/// started on azithromycin"). The
/// drug another was switched to ("imatinib was switched to dasatinib owing to pleural effusion", "cisplatin was replaced
/// by carboplatin") is started because of the event, so it is a later start wherever it stands.
/// </summary>
internal static partial class LaterStart
{
    private const int StartReach = 60;

    /// <summary>How far before a drug the words of a switch to it are looked for.</summary>
    private const int SwitchReach = 48;

    private static readonly HashSet<string> None = new(StringComparer.Ordinal);

    public static IReadOnlySet<string> Read(string text, TreatmentIndex treatments, Sentence sentence, int start, int end, string patient)
    {
        HashSet<string>? later = null;
        foreach (var mention in treatments.Between(sentence.Start, sentence.End))
        {
            if (mention.Patient != patient)
            {
                continue;
            }

            bool first;
            if (mention.End <= start)
            {
                first = BeforeTreatmentRegex().IsMatch(text.AsSpan(sentence.Start, mention.Start - sentence.Start))
                    || SwitchedTo(text, sentence, mention.Start);
            }
            else if (mention.Start >= end)
            {
                var gap = text.AsSpan(end, mention.Start - end);
                var after = text.AsSpan(mention.End, Math.Min(sentence.End, mention.End + StartReach) - mention.End);
                // the preposition counts in the drug's own clause: "the hemolysis settled within a week, and azacitidine
                // was started" starts azacitidine after the event
                var clause = gap[(gap.LastIndexOfAny(',', ';') + 1)..];
                // a start coordinated after the event is a clause of its own: in "a pneumonia caused by Mycoplasma and
                // was started on azithromycin" the cause word is the pneumonia's, not the drug's
                if (clause.Contains("and ", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var coordinated in CoordinatedStartRegex().EnumerateMatches(clause))
                    {
                        clause = clause[coordinated.Index..];
                        break;
                    }
                }

                first = BeforeTreatmentRegex().IsMatch(gap) || SwitchedTo(text, sentence, mention.Start)
                    || (!PrepositionRegex().IsMatch(clause) && (StartedAfterRegex().IsMatch(after) || StartedOnRegex().IsMatch(gap)));
            }
            else
            {
                continue;
            }

            if (first)
            {
                (later ??= new(StringComparer.Ordinal)).Add(mention.Name);
            }
        }

        return later ?? None;
    }

    /// <summary>
    /// Whether the event's sentence opens by dating it before the treatment as a whole ("Before chemotherapy started,
    /// she had been anaemic", "Prior to the initiation of immunotherapy, he had hypothyroidism"): what it tells came
    /// before any treatment and was caused by none. A later cycle ("before the third cycle of chemotherapy") follows
    /// the earlier ones and dates nothing before the treatment.
    /// </summary>
    public static bool OpensBeforeTreatment(string text, Sentence sentence, int start)
    {
        var opening = text.AsSpan(sentence.Start, start - sentence.Start).TrimStart();
        return (opening.StartsWith("before", StringComparison.OrdinalIgnoreCase) || opening.StartsWith("prior", StringComparison.OrdinalIgnoreCase))
            && opening.IndexOf(';') < 0 && OpensBeforeTreatmentRegex().IsMatch(opening);
    }

    /// <summary>Whether the words right before a drug tell it as the one another drug was switched to ("was replaced by", "switched from imatinib to").</summary>
    private static bool SwitchedTo(string text, Sentence sentence, int drugStart)
    {
        var from = Math.Max(sentence.Start, drugStart - SwitchReach);
        var before = text.AsSpan(from, drugStart - from);
        return ClauseReader.SwitchVerbs.ContainsWord(before) && SwitchedToRegex().IsMatch(before);
    }

    // right before the treatment, the switch to it: "was switched to", "was replaced by", "switched from imatinib to"
    [GeneratedRegex(@"\b(?:switched|changed|converted|replaced|substituted)\s+(?:from\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:to|by|with)\s+(?:the\s+|treatment\s+with\s+|therapy\s+with\s+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex SwitchedToRegex();

    // right before the treatment, a word dating what follows before it: "before the first dose of", "prior to starting"
    [GeneratedRegex(@"\b(?:before|prior\s+to|preceding|until)\s+(?:(?:the|her|his|their|starting|initiating|initiation|commencing|commencement|start|first|dose|doses|cycle|course|of|treatment|therapy|with|administration|receiving)\s+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeTreatmentRegex();

    // the sentence's opening, up to the event, dating it before the treatment as a whole:
    //   "Before chemotherapy started, she had been"               -> before the treatment
    //   "Prior to the initiation of immunotherapy, he had"        -> before the treatment
    //   "Before starting any treatment, she reported"             -> before the treatment
    //   "Before the third cycle of chemotherapy, she developed"   -> not (a later cycle)
    //   "Before chemotherapy was resumed, she developed"          -> not (a pause of the treatment)
    [GeneratedRegex(@"^(?:before|prior\s+to)\s+(?:(?:the|her|his|their|any|starting|initiating|commencing|beginning|start|initiation|commencement|first|cycle|course|dose|of)\s+){0,5}(?:chemotherapy|chemoradiotherapy|chemoradiation|immunotherapy|treatment|therapy|radiotherapy|radiation\s+therapy)\b(?!\s+(?:was|were|had\s+been)\s+(?:resumed|restarted|reintroduced|continued))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex OpensBeforeTreatmentRegex();

    // right after the treatment, its start: "was then started", "were subsequently initiated"
    [GeneratedRegex(@"^\s*(?:was|were|had\s+been|has\s+been)\s+(?:then\s+|subsequently\s+|therefore\s+|thus\s+|later\s+|eventually\s+|finally\s+|promptly\s+)?(?:started|initiated|commenced|begun|introduced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartedAfterRegex();

    // right before the treatment, its start with the patient as subject: "was then started on", "subsequently began",
    // "was started empirically on", "was commenced on intravenous", "started on antibiotic treatment with"
    [GeneratedRegex(@"\b(?:started|initiated|commenced|began|begun)\s+(?:[a-z]+ly\s+)?(?:on\s+|with\s+)?(?:(?:a|an|course|of|treatment|therapy|with|intravenous|iv|oral|empirical|empiric|broad-spectrum|antibiotic|antibiotics|antifungal|antiviral|antimicrobial)\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex StartedOnRegex();

    // a start the sentence adds to the event by "and", up to the treatment: "and was started on", "and she was then
    // commenced on", "and started empirically on"
    [GeneratedRegex(@"\band\s+(?:(?:she|he|they|the\s+patient)\s+)?(?:was\s+|were\s+)?(?:then\s+|subsequently\s+|promptly\s+|therefore\s+)?(?:started|initiated|commenced|began|begun)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatedStartRegex();

    // a word between the event and the treatment that makes the treatment its cause or its time ("after", "due to")
    [GeneratedRegex(@"\b(?:after|following|during|while|since|under|within|from|due|caused|induced|attributed|attributable|secondary|related|associated|because)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionRegex();
}
