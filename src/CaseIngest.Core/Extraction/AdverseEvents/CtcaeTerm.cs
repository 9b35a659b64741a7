namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>A CTCAE v5.0 term with its MedDRA code and system organ class (Lexicons/Data/ctcae-terms.tsv).</summary>
internal sealed record CtcaeTerm(string Term, string MeddraCode, string Soc);
