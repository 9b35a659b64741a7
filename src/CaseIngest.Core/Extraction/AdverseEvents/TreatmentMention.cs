namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// A mention of a given treatment: a drug's generic name, or "radiotherapy" for a course of radiation; supportive when
/// the drug's class treats events rather than causes them (an antibiotic, a corticosteroid).
/// </summary>
internal readonly record struct TreatmentMention(int Start, int End, string Name, string Patient, bool Supportive);
