namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Marks the drugs given as part of a regimen with its anticancer drugs, so that they share its events: a drug named
/// between anticancer drugs of its sentence ("oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and fluorouracil"), or one a
/// regimen's name stands for with them ("FOLFOX" for leucovorin).
/// </summary>
internal static class RegimenPartners
{
    /// <summary>
    /// A drug named within a regimen, between anticancer drugs of its sentence and close to them ("oxaliplatin 85 mg/m2,
    /// leucovorin 400 mg/m2 and fluorouracil", or a regimen's name that stands for all of its drugs), is given as part of
    /// it and shares its events.
    /// </summary>
    public static void Mark(List<TreatmentMention> mentions, ExtractionContext context)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!mention.Anticancer && WithinRegimen(mentions, context, i))
            {
                mentions[i] = mention with { Anticancer = true };
            }
        }
    }

    /// <summary>
    /// Whether anticancer drugs of the same patient stand both at or before and at or after mention
    /// <paramref name="index"/>, in its sentence and within <see cref="PartnerReach"/> of it.
    /// </summary>
    private static bool WithinRegimen(List<TreatmentMention> mentions, ExtractionContext context, int index)
    {
        var mention = mentions[index];
        var sentence = context.SentenceAt(mention.Start);
        var (before, after) = (false, false);
        for (var i = index - 1; i >= 0 && mention.Start - mentions[i].End <= PartnerReach && sentence.Contains(mentions[i].Start); i--)
        {
            before |= Regimen(mentions[i], mention);
            after |= Regimen(mentions[i], mention) && mentions[i].Start == mention.Start;
        }

        for (var i = index + 1; i < mentions.Count && mentions[i].Start - mention.End <= PartnerReach && sentence.Contains(mentions[i].Start); i++)
        {
            after |= Regimen(mentions[i], mention);
            before |= Regimen(mentions[i], mention) && mentions[i].Start == mention.Start;
        }

        return before && after;
    }

    private static bool Regimen(TreatmentMention other, TreatmentMention mention) =>
        other.Anticancer && other.Patient == mention.Patient && other.Name != TreatmentIndex.Radiotherapy;

    private const int PartnerReach = 60;
}
