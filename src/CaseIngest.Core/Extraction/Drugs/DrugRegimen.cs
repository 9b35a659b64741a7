namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>A regimen acronym (FOLFOX, R-CHOP …) and its component drugs; short acronyms count only near regimen words.</summary>
public sealed record DrugRegimen(string Acronym, IReadOnlyList<DrugEntry> Components, bool NeedsContext);
