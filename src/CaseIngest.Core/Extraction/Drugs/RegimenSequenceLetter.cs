using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// An anthracycline and cyclophosphamide regimen followed in sequence by a taxane written as its letter ("AC followed by
/// T", "EC then D", "FEC followed by weekly T"), as breast cancer regimens are written: the letter is the taxane of the
/// sequence, paclitaxel (T) or docetaxel (D), and stands with the regimen, so it counts where the regimen counts. A
/// letter joined to more ("T2", "T-cell"), or after a regimen of another kind ("BEP followed by D. Smith"), is none.
/// </summary>
internal static partial class RegimenSequenceLetter
{
    /// <summary>Adds a candidate for the taxane letter after each regimen with cyclophosphamide already found.</summary>
    public static void AddCandidates(string text, DrugLexicon lexicon, List<DrugCandidate> candidates)
    {
        var count = candidates.Count;
        for (var i = 0; i < count; i++)
        {
            var regimen = candidates[i];
            if (regimen.Kind is not (DrugCandidateKind.Regimen or DrugCandidateKind.ContextRegimen)
                || !regimen.Drugs.Any(d => d.Name == "cyclophosphamide") || regimen.End + 8 > text.Length || !(text[regimen.End] == ' ' || text[regimen.End] == '→'))
            {
                continue;
            }

            var match = LetterAfterRegex().Match(text, regimen.End, Math.Min(text.Length - regimen.End, 40));
            if (match.Success && lexicon.Find(match.Groups["t"].Value == "T" ? "paclitaxel" : "docetaxel") is { } taxane)
            {
                var letter = match.Groups["t"];
                candidates.Add(new DrugCandidate(letter.Index, letter.Index + 1, [taxane], regimen.Kind));
            }
        }
    }

    // right after the regimen, its taxane in sequence:
    //   " followed by T"          -> paclitaxel
    //   " then D"                 -> docetaxel
    //   " followed by weekly T"   -> paclitaxel
    //   " → T"                    -> paclitaxel
    //   " followed by T2"         -> none
    //   " followed by T-cell"     -> none
    [GeneratedRegex(@"\G\s*(?:(?:and\s+)?then|followed\s+by|→|->)\s+(?:(?:weekly|dose-dense|\d{1,2}\s*(?:x|×)?|\d{1,2}\s+cycles\s+of)\s+)?(?<t>[TD])(?![\w-])", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex LetterAfterRegex();
}
