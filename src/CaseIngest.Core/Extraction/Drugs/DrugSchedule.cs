using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>One step of a course whose schedule changes: how often the drug is given and, when counted, how many times.</summary>
public sealed record DrugSchedule(Frequency Frequency, int? Cycles);
