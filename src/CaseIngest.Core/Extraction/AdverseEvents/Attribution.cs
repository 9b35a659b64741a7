namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Whether a mention of an event counts as an adverse event of the case, and the treatments the text ties it to:
/// named in its sentence, or inferred as the treatments started most recently before it.
/// </summary>
internal readonly record struct Attribution(bool Counts, IReadOnlyList<string> Therapy, bool Inferred = false)
{
    public static readonly Attribution None = new(false, []);
}
