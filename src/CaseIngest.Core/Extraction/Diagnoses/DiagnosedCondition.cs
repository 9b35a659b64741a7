namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A non-neoplastic condition's name and whether it is a disease in its own right (an infection, an organ failure),
/// which the case developing it diagnoses, rather than a symptom or finding that only the report's diagnosis makes one.
/// </summary>
internal sealed record DiagnosedCondition(string Name, bool Disease);
