namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The drugs a treatment mention in an event's own sentence credits: a drug's name, the drug itself; a regimen's
/// acronym ("neuropathy during FOLFOX"), the drugs of the regimen known to cause the event (<see cref="EventCauses"/>:
/// the oxaliplatin of FOLFOX), or, when none is known to, the first of its drugs in the record; an event worded as the
/// steroids' ("steroid-induced hyperglycaemia after R-CHOP") the corticosteroid of it. Only the narrative order credits
/// every drug of a regimen.
/// </summary>
internal static class RegimenCredit
{
    private static readonly EventCauses Causes = EventCauses.LoadDefault();

    /// <summary>The drug class of the case record for corticosteroids.</summary>
    private const string Corticosteroid = "corticosteroid";

    /// <summary>
    /// The drugs mention <paramref name="index"/> of <paramref name="mentions"/> (the treatments of one sentence in text
    /// order, a regimen's drugs at its acronym's span in the order of the record) credits with the event of <paramref name="term"/>;
    /// <paramref name="steroid"/> says the event's words name corticosteroids as its cause.
    /// </summary>
    public static List<string> Of(List<TreatmentMention> mentions, int index, AdverseEventTerm term, TreatmentIndex treatments, bool steroid)
    {
        var mention = mentions[index];
        var drugs = new List<string> { mention.Name };
        for (var i = index + 1; i < mentions.Count && mentions[i].Start == mention.Start && mentions[i].End == mention.End; i++)
        {
            if (mentions[i].Secondary && mentions[i].Patient == mention.Patient && !drugs.Contains(mentions[i].Name))
            {
                drugs.Add(mentions[i].Name);
            }
        }

        if (drugs.Count == 1)
        {
            return drugs;
        }

        // "steroid-induced hyperglycaemia after R-CHOP": the corticosteroid of the regimen
        if (steroid && drugs.FindAll(d => treatments.ClassOf(d) == Corticosteroid) is { Count: > 0 } corticosteroids)
        {
            return corticosteroids;
        }

        var known = Causes.Causing(drugs, term.Term, term.Ctcae?.Term, treatments.ClassOf);
        return known.Count > 0 ? known : [mention.Name];
    }
}
