using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// One place in the text that names one or more drugs: a drug name, an abbreviation, or a regimen acronym whose
/// components all share its span. Status and attributes are those of this mention.
/// </summary>
public sealed record DrugMention(int Start, int End, IReadOnlyList<DrugEntry> Drugs, string Status, DrugAttributes Attributes);
