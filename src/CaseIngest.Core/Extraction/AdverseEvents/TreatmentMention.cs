namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// A mention of a given treatment: a drug's generic name, or "radiotherapy" for a course of radiation; anticancer when
/// the drug's class is an anticancer one, or it is radiotherapy.
/// </summary>
internal readonly record struct TreatmentMention(int Start, int End, string Name, string Patient, bool Anticancer);
