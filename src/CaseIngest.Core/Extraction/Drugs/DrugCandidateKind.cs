namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>How a drug candidate was found; on equal spans the earlier kind wins.</summary>
internal enum DrugCandidateKind
{
    Name,
    Regimen,
    ContextRegimen,
    Abbreviation,
    Stem,
}
