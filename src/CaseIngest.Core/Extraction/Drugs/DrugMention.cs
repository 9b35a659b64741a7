using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// One place in the text that names one or more drugs: a drug name, an abbreviation, or a regimen acronym whose
/// components all share its span. Status and attributes are those of this mention;
/// <paramref name="MoreDoses"/> are further doses of the same drugs stated in sequence ("200 mg on day 1, 100 mg on day 6"),
/// <paramref name="MoreSchedules"/> the later steps of a schedule that changes ("every 2 weeks for 3 doses, then every 8 weeks").
/// </summary>
public sealed record DrugMention(
    int Start,
    int End,
    IReadOnlyList<DrugEntry> Drugs,
    string Status,
    DrugAttributes Attributes,
    IReadOnlyList<DrugDoseStep>? MoreDoses = null,
    IReadOnlyList<DrugSchedule>? MoreSchedules = null);
