using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Reads the clause between or right after a drug and an event for what ties them: the drug's dose or schedule
/// changed by the event, the drug not tolerated because of it, a treatment noun the event followed, or a phrase of the
/// drug's administration ("after a course of", "one dose of … was followed by") the event followed, or the drug
/// replaced by another because of the event.
/// </summary>
internal sealed partial class ClauseReader(AttributionCues cues)
{
    /// <summary>Nouns of a drug's dose or schedule, and verbs of changing one, that mark the drug as the one an event changed.</summary>
    private static readonly CueSet ScheduleWords = new("dose", "doses", "dosage", "frequency", "schedule", "interval");

    private static readonly CueSet ChangeWords = new("reduced", "decreased", "lowered", "modified", "delayed", "postponed", "omitted", "skipped");

    /// <summary>Nouns of a drug's course that "with" and the drug's name follow: "during treatment with".</summary>
    private static readonly CueSet CourseNouns = new("treatment", "therapy");

    /// <summary>A temporal word the after cues lack: "two days into a course of nitrofurantoin".</summary>
    private static readonly CueSet Into = new("into");

    /// <summary>The words that may tell a drug's course as complicated by an event, the complication words among them: "vancomycin therapy was complicated by".</summary>
    private static readonly CueSet CourseWords = new("was", "were", "therapy", "treatment", "course", "use", "administration", "infusion", "complicated", "followed", "by");

    /// <summary>The verbs of a switch from one drug to another, looked for before a switch pattern is read (here and in <see cref="LaterStart"/>).</summary>
    internal static readonly CueSet SwitchVerbs = new("switched", "changed", "converted", "replaced", "substituted");

    /// <summary>Words after a cause phrase that set the drugs after them apart from the cause it names: "attributed to ipilimumab rather than nivolumab".</summary>
    private static readonly CueSet ApartWords = new("rather than", "instead of", "not", "but", "whereas", "while", "although");

    /// <summary>
    /// Whether the words from a cause phrase to a drug set the drug apart from the cause the phrase names: "attributed to
    /// ipilimumab rather than nivolumab", "attributed to ipilimumab; nivolumab alone was resumed".
    /// </summary>
    public static bool SetApart(ReadOnlySpan<char> afterCause) =>
        afterCause.IndexOf(';') >= 0 || ApartWords.ContainsWord(afterCause);

    /// <summary>Whether the words from an event to a drug named after it ascribe the event to the drug: "which was attributed to".</summary>
    public bool Ascribes(ReadOnlySpan<char> gap)
    {
        var link = cues.Ascribe.LastWordEnd(gap);
        return link >= 0 && EventGrade.Words(gap[link..]) <= 6 && !SetApart(gap[link..]);
    }

    /// <summary>
    /// Whether the words from a drug to the event tell the drug replaced because of the event: "imatinib was switched to
    /// dasatinib owing to pleural effusion", "cisplatin was replaced by carboplatin after acute kidney injury". The
    /// switch words name the successor, not a remedy of the event; the drug replaced is the event's cause.
    /// </summary>
    public static bool Replaced(ReadOnlySpan<char> gap) =>
        gap.Length <= 96 && SwitchVerbs.ContainsWord(gap) && ReplacedRegex().IsMatch(gap);

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
        // "after the third dose of pembrolizumab" dates the event by a dose of the drug; it changed no dose
        var schedule = ScheduleWords.ContainsWord(gap[Math.Max(0, gap.Length - 24)..]) && !DatingDoseRegex().IsMatch(gap);
        return schedule || ScheduleWords.ContainsWord(clause)
            || ChangeWords.ContainsWord(clause) || cues.Tie.ContainsWord(clause) || cues.Stop.ContainsWord(clause);
    }

    /// <summary>Whether the words from a drug to the event tell the drug's course complicated by it: " therapy was complicated by ", " was complicated by grade 2 ".</summary>
    public bool Complicated(ReadOnlySpan<char> gap)
    {
        var complication = cues.Complication.LastWordEnd(gap);
        return complication >= 0 && gap.IndexOfAny(",;:()") < 0 && EventGrade.Words(gap) <= 8 && EventGrade.Words(gap[complication..]) <= 3 && CourseOnly(gap[..complication]);
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
    public bool TreatmentNounAfter(string text, Sentence sentence, int end) => !TreatmentWordsAfter(text, sentence, end).IsEmpty;

    /// <summary>
    /// The words of the treatment a temporal or cause word right after the event leads to in its clause ("following the
    /// induction chemotherapy", "related to the earlier immunotherapy"), as <see cref="TreatmentNounAfter"/> reads them;
    /// empty when the clause names none.
    /// </summary>
    public ReadOnlySpan<char> TreatmentWordsAfter(string text, Sentence sentence, int end)
    {
        var clause = text.AsSpan(end, Math.Min(sentence.End, end + 48) - end);
        var stop = clause.IndexOfAny(",;:.()");
        clause = stop >= 0 ? clause[..stop] : clause;
        var link = cues.Link.LastWordEnd(clause);
        // "the pain improved after antibiotic treatment" tells the treatment ending the event, not causing it
        return link >= 0 && EventGrade.Words(clause[..link]) <= 3 && cues.Treatment.ContainsWord(clause[link..])
            && !cues.Resolution.ContainsWord(clause[..link]) && cues.Remedy.LastWordEnd(clause) < 0
            ? clause[link..]
            : [];
    }

    /// <summary>
    /// Whether a drug named before the event is named as given in a phrase of its administration that the event
    /// followed: a temporal word before a dose or course of it ("after a course of amoxicillin", "within minutes of the
    /// first infusion of iron sucrose", "two days into a course of nitrofurantoin"), or the drug's course told as
    /// complicated or followed by the event ("one dose of ceftriaxone was followed by", "vancomycin therapy was
    /// complicated by"). <paramref name="gap"/> is the text from the drug to the event: one clause of a few words.
    /// </summary>
    public bool Administered(string text, Sentence sentence, int drugStart, ReadOnlySpan<char> gap)
    {
        // one clause of a few words; a comma may close the opening phrase ("after a course of amoxicillin, she developed")
        var comma = gap.IndexOf(',');
        if (gap.IndexOfAny(";:()") >= 0 || (comma >= 0 && gap[(comma + 1)..].Contains(',')) || EventGrade.Words(gap) > 8)
        {
            return false;
        }

        if (comma < 0 && Complicated(gap))
        {
            return true;
        }

        var from = Math.Max(sentence.Start, drugStart - 48);
        var before = text.AsSpan(from, drugStart - from);
        if (!EndsWithAdministration(before, out var head))
        {
            return false;
        }

        // "the weakness resolved after treatment with potassium citrate, and grade 1 hypokalaemia persisted": a drug
        // something resolved after is a remedy, not the cause of what the clause tells next
        var temporal = Math.Max(cues.After.LastWordEnd(head), Into.LastWordEnd(head));
        return temporal >= 0 && EventGrade.Words(head[temporal..]) <= 5 && !ConcessionIn(before) && !cues.Resolution.ContainsWord(head[..temporal]);
    }

    /// <summary>
    /// Whether the words from an event to a drug named after it tell the event following one giving of the drug:
    /// "myocarditis followed one dose of pembrolizumab", "colitis complicated the second course of ipilimumab", "a rash
    /// appeared within days of the first dose of lamotrigine".
    /// </summary>
    public bool FollowedAdministration(ReadOnlySpan<char> gap)
    {
        // a parenthesis right after the event grades or names it: "grade 3 rash (CTCAE v5.0) occurred during treatment with"
        if (gap.TrimStart().StartsWith('(') && gap.IndexOf(')') is var close and > 0)
        {
            gap = gap[(close + 1)..];
        }

        if (gap.IndexOfAny(";:,()") >= 0 || EventGrade.Words(gap) > 9 || !EndsWithAdministration(gap, out var head))
        {
            return false;
        }

        var complication = cues.Complication.LastWordEnd(head);
        if (complication >= 0 && CourseOnly(head[..complication]) && EventGrade.Words(head[complication..]) <= 4)
        {
            return true;
        }

        // "a rash appeared within days of the first dose of lamotrigine": a verb of onset at most before the temporal word
        var temporal = Math.Max(cues.After.LastWordEnd(head), Into.LastWordEnd(head));
        var after = temporal >= 0 ? EventGrade.Words(head[temporal..]) : int.MaxValue;
        return after <= 5 && EventGrade.Words(head) - after <= 3;
    }

    /// <summary>
    /// Whether <paramref name="span"/> ends with an administration noun and "of" ("a single course of") or a verb of
    /// giving ("after starting"); <paramref name="head"/> is the span less "of".
    /// </summary>
    private bool EndsWithAdministration(ReadOnlySpan<char> span, out ReadOnlySpan<char> head)
    {
        head = span.TrimEnd();
        if (head.EndsWith(" of", StringComparison.OrdinalIgnoreCase))
        {
            head = head[..^3].TrimEnd();
        }

        // "during treatment with", "on therapy with": the course noun stands for the giving of the drug named after it
        if (head.EndsWith(" with", StringComparison.OrdinalIgnoreCase) && CourseNouns.LastWordEnd(head[..^5]) == head.Length - 5)
        {
            head = head[..^5];
            return true;
        }

        return !head.IsEmpty && cues.Administration.LastWordEnd(head) == head.Length;
    }

    /// <summary>Whether the words before a complication word are only those of the drug's course ("therapy was"), or none.</summary>
    private static bool CourseOnly(ReadOnlySpan<char> words)
    {
        foreach (var range in words.SplitAny(" \t"))
        {
            var word = words[range];
            if (!word.IsEmpty && !CourseWords.ContainsWord(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a concession opens the words before the drug ("despite a course of amoxicillin"): what the drug failed to prevent is not its event.</summary>
    private bool ConcessionIn(ReadOnlySpan<char> before)
    {
        foreach (var phrase in cues.ConcessionPhrases)
        {
            if (before.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from an event to a drug named after it date the event within the drug's course behind a
    /// temporal word, with nothing but words of dating between them: "developed on day 10 of the first cycle of",
    /// "occurred within 48 hours of the first dose of", "was noted at the start of the fifth cycle of".
    /// </summary>
    public static bool DatedInCourse(ReadOnlySpan<char> gap) =>
        gap.Length <= 120 && gap.IndexOfAny(";:,()") < 0 && (DatedInCourseRegex().IsMatch(gap) || WithCourseRegex().IsMatch(gap));

    // from the event to the drug, a dating phrase of the drug's course (at most six words before its preposition):
    //   "developed on day 10 of the first cycle of"              -> dated
    //   "occurred within 48 hours of the first dose of"          -> dated
    //   "began at the end of the third week of"                  -> dated
    //   "developed during the first five days of the second course of" -> dated
    //   "was found at a routine visit on the first day of the sixth cycle of" -> dated
    //   "was treated with"                                       -> not dated (no preposition of time)
    //   "resolved before the second cycle of"                    -> not dated ("before" dates it ahead of the drug)
    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,6}?(?:on|at|in|during|after|following|within|from|by)\s+(?:(?:the|a|an|of|with|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|final|\d+(?:st|nd|rd|th)?|days?|weeks?|months?|hours?|start|end|beginning|middle|cycles?|courses?|doses?|infusions?|administration|treatment|therapy|receiving|starting|initiation|induction|consolidation)\s+){1,10}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex DatedInCourseRegex();

    // from the event to the drug, the course of it the event came with (at most six words before "with"):
    //   " with the first cycle of"                     -> dated
    //   " occurred with the second course of"          -> dated
    //   " developed with each infusion of"             -> dated
    //   " was treated with"                            -> not dated (no course of the drug)
    //   " with fever after"                            -> not dated
    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,6}?with\s+(?:the|his|her|each|every)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|initial|subsequent|\d+(?:st|nd|rd|th))\s+)?(?:cycles?|courses?|infusions?|administrations?)\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex WithCourseRegex();

    // from the event to a drug named after it, a dose of the drug the event followed (the drug and those coordinated with it):
    //   "after the third dose of"                       -> dating
    //   "following two doses of"                        -> dating
    //   "after the second dose of carboplatin and"      -> dating
    //   "after which the dose of"                       -> not dating (the dose the event changed)
    //   "requiring a dose reduction of"                 -> not dating
    [GeneratedRegex(@"\b(?:after|following|with|since|from|at|on|during|within|by)\s+(?:(?:the|a|an|each|every|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|final|initial|single|subsequent|\d+(?:st|nd|rd|th)?)\s+){0,3}doses?\s+of\s+[^,;:()]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex DatingDoseRegex();

    // from the drug replaced to the event: "was switched to dasatinib because of grade 3", "were replaced by carboplatin after"
    [GeneratedRegex(@"^\s*(?:was|were|had\s+been|has\s+been)\s+(?:then\s+|subsequently\s+|therefore\s+|later\s+)?(?:switched|changed|converted|replaced|substituted)\s+(?:to|by|with)\s+[^,;:.()]{1,40}?\b(?:because\s+of|owing\s+to|due\s+to|secondary\s+to|in\s+view\s+of|after|following|for)\s+(?:the\s+|an?\s+|her\s+|his\s+)?(?:onset\s+of\s+|development\s+of\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex ReplacedRegex();
}
