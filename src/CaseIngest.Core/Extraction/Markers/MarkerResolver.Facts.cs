using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>The fact a resolved mention states: its marker, result, value with unit, variant, method and evidence.</summary>
internal sealed partial class MarkerResolver
{
    private MarkerFact NewFact(PhraseMatch<MarkerEntry> mention, MarkerReading reading, string? variant, string? method, MarkerResult? result, (int Start, int End) evidence)
    {
        var entry = GeneOfAStain(mention, result);
        var unit = reading.Unit;
        if (entry.Name == "TMB" && reading.Value is not null)
        {
            unit = "mut/Mb";
        }

        return new MarkerFact
        {
            Patient = _context.PatientAt(mention.Start),
            Name = entry.Name,
            Gene = entry.Gene,
            Variant = variant,
            Value = reading.Value,
            Unit = reading.Value is null ? null : unit,
            Method = method,
            Result = result?.ToContract(),
            Evidence = _context.Evidence(evidence.Start, Math.Max(evidence.End, evidence.Start)),
        };
    }

    /// <summary>
    /// A stain named by its oncogene's old name ("c-kit" for CD117) whose result is a gene's ("a c-kit exon 11 mutation",
    /// "no mutations in c-kit") is the gene (KIT), not the stain; a stain's pattern ("p53 wild-type pattern") stays.
    /// </summary>
    private MarkerEntry GeneOfAStain(PhraseMatch<MarkerEntry> mention, MarkerResult? result)
    {
        var entry = mention.Value;
        return entry.Kind == MarkerKind.Stain && result is MarkerResult.Mutated or MarkerResult.WildType && entry.Gene is { } gene
            && OncogeneOldName(mention)
            && _doc.Lexicon.EntryOf(gene) is { Kind: MarkerKind.Gene } geneEntry
            ? geneEntry
            : entry;
    }

    /// <summary>Whether a stain's mention is its oncogene's old name ("c-kit" for CD117, "c-erbB-2" for HER2).</summary>
    private bool OncogeneOldName(PhraseMatch<MarkerEntry> mention) =>
        mention.Value.Kind == MarkerKind.Stain && _text.AsSpan(mention.Start).StartsWith("c-", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The fact of a second result read on another specimen ("… and 3+ on the resection specimen"): its result is its
    /// own stated one or the one its figure reads by (a staining share, a proliferation index, a PD-L1 cut-off), with
    /// the method of the first result where it names none.
    /// </summary>
    private MarkerFact? SecondFact(PhraseMatch<MarkerEntry> mention, (MarkerReading Reading, int Start, int End) second, string? method)
    {
        var (reading, start, end) = second;
        var entry = mention.Value;
        var result = reading.Explicit ? reading.Result : null;
        result ??= MarkerResultRules.FromValue(entry, reading) ?? reading.Result;
        result = MarkerResultRules.ForKind(result, entry);
        result = MarkerResultRules.ProliferationIndex(entry, reading, result, reading.Explicit);
        result = MarkerScoreCutoffs.PdL1(entry, reading, result);
        result = MarkerResultRules.HybridisationRatio(reading, result);
        if (result is null && reading.Value is null)
        {
            return null;
        }

        return NewFact(mention, reading, null, reading.Method ?? method, result, (start, end));
    }
}
