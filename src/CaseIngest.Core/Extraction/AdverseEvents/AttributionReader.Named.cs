using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>The treatments an event's own sentence names as its cause or precursor.</summary>
internal sealed partial class AttributionReader
{
    /// <summary>
    /// The given treatments of the patient that the sentence names before the event (unless as its remedy: "prednisone
    /// for colitis") or after it behind a cause or temporal word ("attributed to ipilimumab and nivolumab"). A drug
    /// that is not an anticancer one (an antibiotic, a steroid, a supplement) must be tied to the event itself:
    /// "steroid-induced hyperglycaemia", "hyperglycaemia secondary to prednisone". <paramref name="remedied"/> says a
    /// drug before the event is given for it; <paramref name="caused"/> that a drug is tied to the event itself
    /// ("-induced", "attributed to", "three weeks after nivolumab", "after a course of amoxicillin", "followed one dose of
/// pembrolizumab"); <paramref name="changed"/> that every drug named
    /// follows the event behind a temporal word or "on", not a cause phrase, and has its clause tell it reduced or
    /// stopped: the drug whose dose or schedule the event changed ("…, after which the fluorouracil dose was reduced"; "…, and then etoposide was withheld").
    /// </summary>
    private List<string> Named(string text, TreatmentIndex treatments, Sentence sentence, int start, int end, string patient,
        AdverseEventTerm term, IReadOnlyList<(int Start, int End)> others, out bool remedied, out bool caused, out bool changed, out bool ascribes)
    {
        var named = new List<string>();
        remedied = false;
        caused = false;
        var followed = 0;
        var chained = -1; // the end of the last drug named after the event as its cause, which a drug coordinated with it joins
        var ascribed = new List<string>(); // the drugs named after the event behind an ascription ("attributed to ipilimumab")
        List<TreatmentMention> mentions = [.. treatments.Between(sentence.Start, sentence.End)];
        var strong = false; // an ascription by "attributed to", which no other mention of the event widens
        // "grade 2 neuropathy after paclitaxel and febrile neutropenia during AC": each event of the sentence goes to the
        // treatments of its own coordinate; a treatment past the next event is that event's once the event has one of its own
        var nextOther = int.MaxValue;
        for (var o = 0; o < others.Count; o++)
        {
            var other = others[o];
            if (other.Start >= end)
            {
                nextOther = other.Start;
                break;
            }
        }

        var steroid = SteroidWorded(text, sentence, start, end);
        List<string>? own = null; // the drugs named after the event, before the next event of its sentence (made when there is one)
        List<string>? behind = null; // the drugs named before the event, after another event of its sentence
        for (var i = 0; i < mentions.Count; i++)
        {
            // in the event's own sentence a regimen's name credits the drugs of it known to cause the event, else the
            // first of its drugs in the record
            var mention = mentions[i];
            if (mention.Patient != patient || mention.Secondary)
            {
                continue;
            }

            if (named.Contains(mention.Name))
            {
                // "after dabrafenib and trametinib … pyrexia attributed to dabrafenib": the drug named again as the cause
                if (mention.Start >= end && _clauses.Ascribes(text.AsSpan(end, mention.Start - end)))
                {
                    ascribed.Add(mention.Name);
                    strong |= Attributed(text.AsSpan(end, mention.Start - end));
                }

                continue;
            }

            var credited = RegimenCredit.Of(mentions, i, term, treatments, steroid);

            if (mention.End <= start)
            {
                // "bleomycin pneumonitis and peripheral neuropathy": a drug naming the noun of another event is that event's
                if (ModifiesOther(text, others, mention.End, start))
                {
                    continue;
                }

                var gap = text.AsSpan(mention.End, start - mention.End);
                // "midostaurin was held during the febrile neutropenia after chemotherapy": a drug told paused while the
                // event lasted is not its cause when the event's own clause names the treatment it followed
                if (DrugEventPhrases.PausedDuring(gap) && _clauses.TreatmentNounAfter(text, sentence, end))
                {
                    continue;
                }

                // "cisplatin was replaced by carboplatin because of acute kidney injury": the drug replaced is the cause
                if (ClauseReader.Replaced(gap))
                {
                    caused = true;
                    named.AddRange(credited.Where(c => !named.Contains(c)));
                    continue;
                }

                // "lamotrigine was held for grade 3 rash", "the dose of carbamazepine was reduced because of hyponatraemia"
                if (DrugEventPhrases.StoppedBecause(gap))
                {
                    caused = true;
                    named.AddRange(credited.Where(c => !named.Contains(c)));
                    continue;
                }

                // "prednisone for colitis" names the remedy; "nivolumab was held for colitis" the cause
                var remedy = cues.Remedy.LastWordEnd(gap);
                if (remedy >= 0 && EventGrade.Words(gap[remedy..]) <= 3 && cues.Tie.LastWordEnd(gap[..remedy]) < 0)
                {
                    remedied = true;
                    continue;
                }

                // a drug of any class given in a phrase the event followed: "after a course of amoxicillin she developed"
                var tied = (gap.Length <= 12 && cues.Tie.ContainsWord(gap)) || _clauses.Intolerance(gap) || DrugEventPhrases.CompoundBefore(gap)
                    || DrugEventPhrases.CausingVerbBefore(gap)
                    || (mention.Anticancer && _clauses.Complicated(gap))
                    || (!mention.Anticancer && _clauses.Administered(text, sentence, mention.Start, gap) && !_other.Ending(text, sentence, start, end));
                if (!mention.Anticancer && !tied)
                {
                    continue;
                }

                caused |= tied;
                named.AddRange(credited.Where(c => !named.Contains(c)));
                if (AnyEndsBy(others, mention.Start))
                {
                    (behind ??= []).AddRange(credited);
                }
            }
            else if (mention.Start < end)
            {
                caused = true;
                named.AddRange(credited.Where(c => !named.Contains(c))); // "ipilimumab-induced colitis" as one phrase
            }
            else if (mention.Start > nextOther && own is { Count: > 0 })
            {
                chained = -1; // "neuropathy after paclitaxel and febrile neutropenia during AC": AC is the neutropenia's
            }
            else if (!_other.QualifiesOtherCause(text, mention.End, sentence.End))
            {
                var count = named.Count;
                var gap = text.AsSpan(end, mention.Start - end);
                var link = cues.Link.LastWordEnd(gap);
                if (link >= 0 && cues.Remedy.LastWordEnd(gap) < link && EventGrade.Words(gap[link..]) <= 6
                    && (mention.Anticancer || (cues.Cause.LastWordEnd(gap) == link && gap[link..].IndexOf(',') < 0)) && !ClauseReader.SetApart(gap[link..]))
                {
                    caused = true;
                    var before = named.Count;
                    named.AddRange(credited.Where(c => !named.Contains(c)));
                    if (cues.Ascribe.LastWordEnd(gap) == link)
                    {
                        ascribed.AddRange(credited);
                        strong |= Attributed(gap);
                    }

                    followed += cues.Ascribe.LastWordEnd(gap) < 0 && _clauses.Changed(text, gap, mention.End, sentence.End) ? named.Count - before : 0;
                }
                else if ((_clauses.FollowedAdministration(gap) || DrugEventPhrases.DatedInto(gap)
                        || DrugEventPhrases.CompoundNounAfter(text, gap, mention.End, sentence.End) || (mention.Anticancer && ClauseReader.DatedInCourse(gap) && cues.Remedy.LastWordEnd(gap) < 0))
                    && !_other.Ending(text, sentence, start, end))
                {
                    caused = true; // "myocarditis followed one dose of pembrolizumab", "neutropenia on day 10 of the first cycle of docetaxel", "two weeks into amiodarone therapy"
                    named.AddRange(credited.Where(c => !named.Contains(c)));
                }
                else if (mention.Anticancer && chained >= 0 && IsDrugCoordination(text.AsSpan(chained, mention.Start - chained)))
                {
                    named.AddRange(credited.Where(c => !named.Contains(c))); // "… of the first cycle of docetaxel, doxorubicin and cyclophosphamide"
                    if (ascribed.Count > 0)
                    {
                        ascribed.AddRange(credited); // "attributed to ipilimumab and nivolumab"
                    }
                }

                chained = credited.Exists(named.Contains) ? mention.End : -1;
                if (named.Count > count && mention.Start < nextOther)
                {
                    (own ??= []).AddRange(credited);
                }
            }
        }

        if (own is { Count: > 0 } && behind is { Count: > 0 })
        {
            for (var k = named.Count - 1; k >= 0; k--)
            {
                if (behind.Contains(named[k]) && !own.Contains(named[k]))
                {
                    named.RemoveAt(k);
                }
            }
        }

        // "Because of grade 3 neuropathy, oxaliplatin was stopped and she continued on capecitabine": the drugs stopped
        if (StoppedForEvent.OpensAsCause(text.AsSpan(sentence.Start, start - sentence.Start))
            && StoppedForEvent.OpeningStopped(text, end, sentence.End, mentions, patient) is { Count: > 0 } stopped)
        {
            caused = true;
            named.AddRange(stopped.Where(s => !named.Contains(s)));
            ascribed.AddRange(stopped);
            strong = true;
        }

        changed = followed > 0 && followed == named.Count;
        // an event ascribed to some drugs of those named in its sentence is theirs alone: "he received dabrafenib and
        // trametinib and developed pyrexia attributed to dabrafenib"
        if (ascribed.Count > 0 && ascribed.Count < named.Count)
        {
            named.RemoveAll(n => !ascribed.Contains(n));
        }

        ascribes = strong && named.Count > 0 && named.TrueForAll(ascribed.Contains);
        return named;
    }

    /// <summary>Whether another event of the sentence ends at or before <paramref name="at"/>.</summary>
    private static bool AnyEndsBy(IReadOnlyList<(int Start, int End)> others, int at)
    {
        for (var o = 0; o < others.Count; o++)
        {
            if (others[o].End <= at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another event of the sentence, before this one's start, follows the drug ending at <paramref name="drugEnd"/> with nothing but a space between: the drug is its modifier ("bleomycin pneumonitis").</summary>
    private static bool ModifiesOther(string text, IReadOnlyList<(int Start, int End)> others, int drugEnd, int start)
    {
        for (var o = 0; o < others.Count; o++)
        {
            var otherStart = others[o].Start;
            if (otherStart >= drugEnd && otherStart < start)
            {
                return otherStart > drugEnd && text.AsSpan(drugEnd, otherStart - drugEnd).IsWhiteSpace();
            }
        }

        return false;
    }

    private static bool Attributed(ReadOnlySpan<char> gap) =>
        gap.Contains("attributed to", StringComparison.OrdinalIgnoreCase) || gap.Contains("attributable to", StringComparison.OrdinalIgnoreCase);

    private static bool IsDrugCoordination(ReadOnlySpan<char> between) =>
        between.Trim() is "," or "and" or ", and" or "/" or "plus" or "+";
}
