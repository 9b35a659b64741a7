namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Regimens named by numbers joined with "+" ("7+3" induction: seven days of cytarabine and three of an
/// anthracycline), written tight or with spaces ("7 + 3"). The phrase matcher splits words on "+", so each acronym
/// is searched as a string; a match inside a longer figure ("17+3", "7+3.5", "7+3=10") is none.
/// </summary>
internal static class DrugPlusRegimens
{
    public static void AddCandidates(string text, IReadOnlyList<DrugRegimen> regimens, List<DrugCandidate> candidates)
    {
        foreach (var regimen in regimens)
        {
            Add(text, regimen, regimen.Acronym, candidates);
            Add(text, regimen, regimen.Acronym.Replace("+", " + ", StringComparison.Ordinal), candidates);
        }
    }

    private static void Add(string text, DrugRegimen regimen, string written, List<DrugCandidate> candidates)
    {
        var kind = regimen.NeedsContext ? DrugCandidateKind.ContextRegimen : DrugCandidateKind.Regimen;
        var at = text.IndexOf(written, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + written.Length;
            if (StandsAlone(text, at, end))
            {
                candidates.Add(new DrugCandidate(at, end, regimen.ComponentsIn(text), kind));
            }

            at = text.IndexOf(written, end, StringComparison.Ordinal);
        }
    }

    /// <summary>No letter, digit or arithmetic joins the match to the text either side.</summary>
    private static bool StandsAlone(string text, int start, int end) =>
        (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '+' or '.' or ',' or '=' or '/'))
        && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '+' or '=' or '/'
            || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsDigit(text[end + 1]))));
}
