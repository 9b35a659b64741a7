namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>The other reading of a regimen acronym: its drugs, which hold unless the document names <see cref="Unless"/>.</summary>
public sealed record DrugRegimenReading(IReadOnlyList<DrugEntry> Components, string Unless);
