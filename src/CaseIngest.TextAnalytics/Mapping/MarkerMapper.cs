using System.Globalization;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Markers;
using CaseIngest.Core.Model;
using CaseIngest.TextAnalytics.Reading;

namespace CaseIngest.TextAnalytics.Mapping;

/// <summary>
/// Markers from the service's genes, variants and examinations, as the rules read them: a gene or protein with a
/// variant (mutated), an expression (positive, negative, high, lost) or a mutation type (mutated, amplified,
/// rearranged); an examination of a gene product or serum tumour marker with a value. <c>gene</c> is the approved
/// HGNC symbol the name resolves to, else null.
/// </summary>
internal static class MarkerMapper
{
    private static readonly HashSet<string> SerumMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "CEA", "AFP", "CA 19-9", "CA19-9", "CA-19-9", "CA 125", "CA-125", "CA125", "PSA", "LDH", "beta-hCG", "β-hCG", "hCG", "Ki-67", "Ki67", "TMB", "PD-L1",
    };

    public static void Map(ExtractionContext context, HealthcareReading reading, RelationIndex relations, List<MarkerFact> markers)
    {
        var genes = HgncGenes.LoadDefault();
        for (var i = 0; i < reading.Entities.Count; i++)
        {
            var entity = reading.Entities[i];
            if (entity.Category is not ("GeneOrProtein" or "ExaminationName") || !context.IsAboutCase(entity.Start) || Assertions.Of(entity.Entity.Assertion) != AssertionVerdict.Affirmed)
            {
                continue;
            }

            var name = entity.Entity.Text;
            var gene = genes.Resolve(name) ?? genes.Resolve(name.ToUpperInvariant());
            var marker = entity.Category == "GeneOrProtein" ? FromGene(relations, i) : FromExamination(relations, i, gene is not null || SerumMarkers.Contains(name));
            if (marker is null)
            {
                continue;
            }

            markers.Add(marker with
            {
                Patient = context.PatientAt(entity.Start),
                Name = name,
                Gene = gene,
                Links = VocabularyLinks.Of(entity.Entity),
                Evidence = context.Evidence(entity.Start, entity.End),
            });
        }
    }

    private static MarkerFact? FromGene(RelationIndex relations, int index)
    {
        if (relations.Related(index, "VariantOfGene", "Variant") is { } variant)
        {
            var text = variant.Entity.Text;
            return Blank() with { Variant = text.StartsWith("p.", StringComparison.Ordinal) ? text[2..] : text, Result = "mutated" };
        }

        if (relations.Related(index, "ExpressionOfGene", "Expression") is { } expression && Expression(expression.Entity.Text) is { } result)
        {
            return Blank() with { Result = result };
        }

        return relations.Related(index, "MutationTypeOfGene", "MutationType") is { } mutation && MutationType(mutation.Entity.Text) is { } kind
            ? Blank() with { Result = kind }
            : null;
    }

    private static MarkerFact? FromExamination(RelationIndex relations, int index, bool isMarker)
    {
        if (!isMarker || relations.Related(index, "ValueOfExamination", "MeasurementValue") is not { } value
            || !double.TryParse(value.Entity.Text.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var unit = relations.Related(index, "UnitOfExamination", "MeasurementUnit")?.Entity.Text ?? (value.Entity.Text.EndsWith('%') ? "%" : null);
        return Blank() with { Value = number, Unit = unit };
    }

    internal static string? Expression(string words) => words.ToLowerInvariant().Trim() switch
    {
        "positive" or "+" or "positivity" or "expressed" or "expression" or "immunoreactive" => "positive",
        "negative" or "-" or "negativity" or "not expressed" => "negative",
        "overexpression" or "overexpressed" or "high" or "strongly positive" => "high",
        "low" or "weakly positive" => "low",
        "loss" or "lost" or "loss of expression" => "lost",
        "intact" or "retained" => "intact",
        _ => null,
    };

    internal static string? MutationType(string words)
    {
        var w = words.ToLowerInvariant();
        return w switch
        {
            _ when w.Contains("amplif", StringComparison.Ordinal) => "amplified",
            _ when w.Contains("rearrang", StringComparison.Ordinal) || w.Contains("fusion", StringComparison.Ordinal) || w.Contains("translocation", StringComparison.Ordinal) => "rearranged",
            _ when w.Contains("wild", StringComparison.Ordinal) => "wild-type",
            _ when w.Contains("mutat", StringComparison.Ordinal) || w.Contains("deletion", StringComparison.Ordinal) || w.Contains("insertion", StringComparison.Ordinal) => "mutated",
            _ => null,
        };
    }

    private static MarkerFact Blank() => new()
    {
        Patient = ExtractionContext.DefaultPatient,
        Name = string.Empty,
        Source = FactSource.TextAnalytics,
        Evidence = new Evidence(0, 0, string.Empty, string.Empty),
    };
}
