namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// What a sentence says as a whole, read once per sentence of a document: treatment nouns, an operation, a tie word,
/// a cause or temporal word followed by a treatment ("after two cycles"), a cause or temporal word at all, and the
/// course of the tumour ("progressed").
/// </summary>
internal readonly record struct SentenceCues(bool Treatment, bool Surgery, bool Tie, bool LinkedTreatment, bool Link, bool Progression);
