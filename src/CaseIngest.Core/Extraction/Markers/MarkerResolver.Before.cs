using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// What a sentence says of a marker before naming it: the fusion partner joined to a gene ("EML4-ALK"), a protein
/// change or an exon alteration named before its gene, the PD-L1 score named before the marker, and a proliferation
/// index or a share of cells stated before the marker.
/// </summary>
internal sealed partial class MarkerResolver
{
    /// <summary>"FGFR3-TACC3": the partner written after the driver becomes its variant and the end of its evidence; returns the partner.</summary>
    private string? ApplyPartnerAfter(int index, MarkerReading reading, ref int evidenceEnd)
    {
        var after = MarkerDriverFusions.PartnerAfter(_doc, index);
        if (after < 0)
        {
            return null;
        }

        var partner = _mentions[after].Value.Name;
        if (reading.Variant is null)
        {
            reading.Variant = partner;
            reading.ReadAsFusion();
        }

        evidenceEnd = Math.Max(evidenceEnd, _mentions[after].End);
        if (reading.Result is null)
        {
            reading.Apply(MarkerResult.Rearranged, isExplicit: false);
        }

        return partner;
    }

    /// <summary>A fusion partner written before the gene becomes its variant and the start of its evidence; returns the partner.</summary>
    private string? ApplyFusionPartner(PhraseMatch<MarkerEntry> mention, MarkerReading reading, ref int evidenceStart)
    {
        var partnerStart = _doc.FusionPartner(mention.Start, out var partner);
        if (partner is null || _doc.RatioAfter(mention.End))
        {
            return null;
        }

        if (reading.Variant is null)
        {
            // "EML4-ALK variant 3": the word "variant" names the fusion's variant, not a mutation
            reading.Variant = partner;
            reading.ReadAsFusion();
        }

        evidenceStart = partnerStart;
        if (reading.Result is null)
        {
            reading.Apply(MarkerResult.Rearranged, isExplicit: false);
        }

        return partner;
    }

    /// <summary>
    /// The alteration located in exons before the gene before this one, carried over to this one by a second exon phrase:
    /// "no mutations in exons 9 and 11 of KIT or in exons 12 and 18 of PDGFRA"; null when none.
    /// </summary>
    private (MarkerResult Result, string? Variant, int Start)? SecondGeneOfExons(int index, Sentence sentence) =>
        index > 0 && _mentions[index - 1] is { Value.Kind: MarkerKind.Gene } previous && previous.Start >= sentence.Start
            && MarkerExonBefore.Find(_text, sentence.Start, _mentions[index].Start) is { } located && located.Start < previous.Start
            ? located
            : null;

    /// <summary>Reads a variant, index or share the sentence names before the mention, widening the evidence to it.</summary>
    private void ReadBefore(int index, int[] ends, Sentence sentence, MarkerReading reading, string? partner, ref int evidenceStart)
    {
        var mention = _mentions[index];
        var entry = mention.Value;
        if (entry.Kind == MarkerKind.Gene && reading.Variant is null && entry.Variant is null && partner is null
            && MarkerVariantBefore.Find(_text, ReadFrom(index, ends, sentence), mention.Start) is { } earlier)
        {
            // "a p.Arg273His variant of TP53": the change named before its gene
            reading.Variant = earlier.Variant;
            reading.Apply(MarkerResult.Mutated, isExplicit: false);
            evidenceStart = Math.Min(evidenceStart, earlier.Start);
        }
        else if ((entry.Kind is MarkerKind.Gene or MarkerKind.Protein || OncogeneOldName(mention)) && reading.Variant is null && entry.Variant is null && partner is null
            && (MarkerExonBefore.Find(_text, ReadFrom(index, ends, sentence), mention.Start) ?? SecondGeneOfExons(index, sentence)) is { } located)
        {
            // "a deletion in exon 11 of KIT", "no mutation was detected in exons 5-8 of TP53": the exon named before its gene;
            // "a mutation in exon 11 of c-kit": a stain named by its oncogene's old name is the gene there
            reading.Variant = located.Variant;
            reading.Apply(located.Result, isExplicit: located.Result == MarkerResult.WildType);
            evidenceStart = Math.Min(evidenceStart, located.Start);
        }

        if (entry.Gene == "CD274" && entry.Method is null && reading.Method is null && index > 0
            && _mentions[index - 1] is { Value: { Gene: "CD274", Method: { } scoreMethod } } score
            && score.End <= mention.Start && IsFor(_text.AsSpan(score.End, mention.Start - score.End)))
        {
            // "the tumour proportion score for PD-L1 was 70%": the score named before the marker is its method
            reading.Method = scoreMethod;
            evidenceStart = Math.Min(evidenceStart, score.Start);
            if (reading.Value is null && !reading.Bounded)
            {
                // "the combined positive score for PD-L1 was 12": the score's number needs no unit once the score is named
                ReadBareScore(entry, mention.End, sentence.End, reading);
            }
        }

        if (entry.Gene == "MKI67" && reading.Value is null && !reading.Bounded
            && MarkerIndexBefore.Read(_text, ReadFrom(index, ends, sentence), mention.Start, reading) is { } figureStart)
        {
            // "the proliferation index was below 3% as assessed by immunostaining for Ki-67": the figure named first
            evidenceStart = Math.Min(evidenceStart, figureStart);
        }

        if (entry.Kind is MarkerKind.Stain or MarkerKind.Protein && reading.Value is null && !reading.Bounded && MarkerShareBefore.Read(_text, ReadFrom(index, ends, sentence), mention.Start, reading) is { } shareStart)
        {
            // "approximately 70% of the tumour cells showed strong PD-L1 staining": the share named first
            evidenceStart = Math.Min(evidenceStart, shareStart);
        }
    }

    /// <summary>The number of a score after its marker, " was 12", " is 4", ": 25": read when only a verb or colon stands between.</summary>
    private void ReadBareScore(MarkerEntry entry, int from, int sentenceEnd, MarkerReading reading)
    {
        var limit = Math.Min(sentenceEnd, from + 12);
        var at = from;
        while (at < limit && !char.IsDigit(_text[at]))
        {
            at++;
        }

        if (at < limit && IsScoreGap(_text.AsSpan(from, at - from)))
        {
            MarkerValues.ReadNumber(_text, entry, at, sentenceEnd, reading);
        }
    }

    /// <summary>" was ", " is ", ": ", " of ": the gap between a scored marker and its number.</summary>
    private static bool IsScoreGap(ReadOnlySpan<char> gap)
    {
        var word = gap.Trim().TrimEnd(':').Trim();
        return word.IsEmpty || word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("is", StringComparison.OrdinalIgnoreCase)
            || word.Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>" for ", " of ": the gap between a score's name and the marker it scores.</summary>
    private static bool IsFor(ReadOnlySpan<char> gap)
    {
        var word = gap.Trim();
        return word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase);
    }
}
