namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// A mention of a given treatment: a drug's generic name, or "radiotherapy" for a course of radiation; anticancer when
/// the drug's class is an anticancer one, or it is radiotherapy; <see cref="Secondary"/> when its words are a regimen's
/// name ("R-CHOP", "FOLFOX") and the drug is not the first of the regimen's drugs in the record.
/// </summary>
internal readonly record struct TreatmentMention(int Start, int End, string Name, string Patient, bool Anticancer, bool Secondary = false);
