namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A regimen acronym (FOLFOX, R-CHOP …) and its component drugs; short acronyms count only near regimen words. An
/// acronym with two standard readings ("TC": docetaxel-cyclophosphamide in breast cancer, carboplatin-paclitaxel
/// elsewhere) carries the other one, which holds in a document that does not name the first reading's cue word. An
/// initialism whose letters often abbreviate something else ("TP" total protein, "CE" contrast-enhanced) counts only
/// with a regimen word right beside it (<see cref="RegimenWordBeside"/>).
/// </summary>
public sealed record DrugRegimen(string Acronym, IReadOnlyList<DrugEntry> Components, bool NeedsContext, DrugRegimenReading? Elsewhere = null, bool NeedsWordBeside = false)
{
    /// <summary>The drugs the acronym stands for in <paramref name="text"/>.</summary>
    public IReadOnlyList<DrugEntry> ComponentsIn(string text) =>
        Elsewhere is { } other && !text.Contains(other.Unless, StringComparison.OrdinalIgnoreCase) ? other.Components : Components;
}
