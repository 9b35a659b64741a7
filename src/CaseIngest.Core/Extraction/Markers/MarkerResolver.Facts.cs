using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>The fact a resolved mention states: its marker, result, value with unit, variant, method and evidence.</summary>
internal sealed partial class MarkerResolver
{
    private MarkerFact NewFact(PhraseMatch<MarkerEntry> mention, MarkerReading reading, string? variant, string? method, MarkerResult? result, (int Start, int End) evidence)
    {
        var entry = mention.Value;
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
}
