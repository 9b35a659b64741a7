namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// An umbrella term (a CTCAE "Other, specify" category: "gastrointestinal toxicity", "hematologic toxicity") told
/// with the events it gathers — in its own sentence ("gastrointestinal toxicity (diarrhea, nausea)") or right after
/// them ("grade 2 nausea, vomiting and diarrhea. These gastrointestinal toxicities resolved") — names those events
/// again, not one more. It stays an event of its own when no counted event of its organ class stands in its sentence
/// or the one before ("dose adjustments for hematological toxicity; stopped for neuropathy").
/// </summary>
internal static class UmbrellaTerms
{
    private const string Umbrella = " - Other, specify";

    /// <summary>The mentions without the umbrella terms that restate events counted next to them.</summary>
    public static List<EventMention> WithoutRestated(List<EventMention> mentions)
    {
        if (!mentions.Exists(IsUmbrella))
        {
            return mentions;
        }

        return mentions.FindAll(m => !IsUmbrella(m) || !mentions.Exists(other => Gathers(m, other)));
    }

    private static bool IsUmbrella(EventMention mention) =>
        mention.Ctcae?.Term.EndsWith(Umbrella, StringComparison.Ordinal) == true;

    private static bool Gathers(EventMention umbrella, EventMention other) =>
        !IsUmbrella(other) && other.Ctcae is { } ctcae && other.Fact.Patient == umbrella.Fact.Patient
        && other.Sentence >= 0 && umbrella.Sentence - other.Sentence is 0 or 1
        && SameClass(umbrella.Ctcae!, ctcae);

    /// <summary>Blood counts are CTCAE investigations ("Platelet count decreased") that a blood umbrella gathers too.</summary>
    private static bool SameClass(CtcaeTerm umbrella, CtcaeTerm other) =>
        umbrella.Soc == other.Soc || (umbrella.Soc == BloodClass && other.Soc == InvestigationsClass && IsBloodCount(other.Term));

    private static bool IsBloodCount(string term) =>
        term.Contains(" count ", StringComparison.Ordinal) || term.StartsWith("White blood cell", StringComparison.Ordinal);

    private const string BloodClass = "Blood and lymphatic system disorders";

    private const string InvestigationsClass = "Investigations";
}
