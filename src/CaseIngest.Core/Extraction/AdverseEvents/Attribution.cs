namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Whether a mention of an event counts as an adverse event of the case, and the treatments the text ties it to:
/// named in its sentence, or inferred as the treatments started most recently before it; when it does not count,
/// whether the text told it as something else. <see cref="Tied"/> says its sentence ties it to a treatment (a grade, a tie
/// word, a drug named as its cause), not only the order of the narrative; <see cref="Ascribed"/> that its sentence
/// ascribes it to its therapy alone ("attributed to dabrafenib", the drug stopped for it).
/// </summary>
internal readonly record struct Attribution(bool Counts, IReadOnlyList<string> Therapy, bool Inferred = false, bool SomethingElse = false, bool Tied = false, bool Ascribed = false)
{
    public static readonly Attribution None = new(false, []);

    /// <summary>Not an adverse event because the text tells it as something else: past history, the tumour's, another cause's, a complaint before the treatment.</summary>
    public static readonly Attribution Other = new(false, [], SomethingElse: true);
}
