using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Reads the clause between or right after a drug and an event for what ties them: the drug's dose or schedule
/// changed by the event, the drug not tolerated because of it, or a treatment noun the event followed.
/// </summary>
internal sealed class ClauseReader(AttributionCues cues)
{
    /// <summary>Nouns of a drug's dose or schedule, and verbs of changing one, that mark the drug as the one an event changed.</summary>
    private static readonly CueSet ScheduleWords = new("dose", "doses", "dosage", "frequency", "schedule", "interval");

    private static readonly CueSet ChangeWords = new("reduced", "decreased", "lowered", "modified", "delayed", "postponed", "omitted", "skipped");

    /// <summary>
    /// Whether the words around a drug named after the event tell its dose or schedule changed ("the fluorouracil dose
    /// was reduced", "the frequency of irinotecan was reduced", "etoposide was withheld"); "febrile neutropenia after
    /// docetaxel" names the drug the event followed, not one it changed.
    /// </summary>
    public bool Changed(string text, ReadOnlySpan<char> gap, int drugEnd, int sentenceEnd)
    {
        var clause = text.AsSpan(drugEnd, Math.Min(sentenceEnd, drugEnd + 40) - drugEnd);
        var stop = clause.IndexOfAny(",;:.()");
        clause = stop >= 0 ? clause[..stop] : clause;
        return ScheduleWords.ContainsWord(gap[Math.Max(0, gap.Length - 24)..]) || ScheduleWords.ContainsWord(clause)
            || ChangeWords.ContainsWord(clause) || cues.Tie.ContainsWord(clause) || cues.Stop.ContainsWord(clause);
    }

    /// <summary>
    /// Whether the words between a drug and the event make the drug the subject of an intolerance or a withdrawal that
    /// the event caused: "nifedipine was not tolerated secondary to orthostatic hypotension", "amlodipine was
    /// discontinued because of dizziness". The tie word comes first, then a cause phrase right before the event, in one
    /// clause of a few words.
    /// </summary>
    public bool Intolerance(ReadOnlySpan<char> gap)
    {
        var cause = cues.Ascribe.LastWordEnd(gap);
        return cause >= 0 && gap[cause..].Trim().IsEmpty && gap.IndexOfAny(';', ':') < 0 && EventGrade.Words(gap) <= 8
            && cues.Tie.LastWordEnd(gap[..cause]) >= 0 && cues.Remedy.LastWordEnd(gap) < 0;
    }

    /// <summary>
    /// Whether a temporal or cause word right after the event, in its clause, leads to a treatment noun ("right upper
    /// quadrant pain after TACE", "fatigue after each infusion"): the event is tied to the treatment as a drug named
    /// there would tie it, even when its first mention was a complaint the patient brought; not when the clause tells
    /// the event ending or treated ("improved after antibiotic treatment", "resolved with steroid therapy").
    /// </summary>
    public bool TreatmentNounAfter(string text, Sentence sentence, int end)
    {
        var clause = text.AsSpan(end, Math.Min(sentence.End, end + 48) - end);
        var stop = clause.IndexOfAny(",;:.()");
        clause = stop >= 0 ? clause[..stop] : clause;
        var link = cues.Link.LastWordEnd(clause);
        // "the pain improved after antibiotic treatment" tells the treatment ending the event, not causing it
        return link >= 0 && EventGrade.Words(clause[..link]) <= 3 && cues.Treatment.ContainsWord(clause[link..])
            && !cues.Resolution.ContainsWord(clause[..link]) && cues.Remedy.LastWordEnd(clause) < 0;
    }
}
