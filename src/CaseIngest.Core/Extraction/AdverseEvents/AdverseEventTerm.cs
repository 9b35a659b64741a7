namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// What a matched phrase names: the event's short lower-case term, the CTCAE term it maps to when one fits, and
/// whether it is one of the toxicities authors commonly report (the hand table) rather than a term known only to CTCAE.
/// </summary>
internal sealed record AdverseEventTerm(string Term, CtcaeTerm? Ctcae, bool Common)
{
    /// <summary>A phrase that looks like an event but names something else ("hepatitis B surface antigen").</summary>
    public static readonly AdverseEventTerm Blocked = new("-", null, true);

    public bool IsBlocked => ReferenceEquals(this, Blocked);
}
