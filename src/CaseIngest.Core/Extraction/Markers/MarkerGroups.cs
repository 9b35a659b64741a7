using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Results stated for a named group of breast cancer receptors rather than for each marker: "triple-negative"
/// (ER, PR and HER2 negative), "triple-positive", and the hormone receptors (ER and PR: "hormone receptor-positive",
/// "both hormone receptors were negative", "HR+/HER2−"). A marker the case already reports on its own keeps its
/// own fact; the group adds only the members it leaves unreported. Read with one pass over the text, only when
/// the text holds a group word.
/// </summary>
internal static partial class MarkerGroups
{
    private static readonly string[] Receptors = ["ER", "PR", "HER2"];
    private static readonly string[] HormoneReceptors = ["ER", "PR"];

    public static void Add(ExtractionContext context, MarkerLexicon lexicon, List<MarkerFact> facts)
    {
        var text = context.Text;
        if (OrdinalIgnoreCase.Contains(text, "triple"))
        {
            foreach (var match in Triple().EnumerateMatches(text))
            {
                var negative = text.AsSpan(match.Index, match.Length).EndsWith("negative", StringComparison.Ordinal);
                AddGroup(context, lexicon, facts, Receptors, match.Index, match.Index + match.Length, negative ? MarkerResult.Negative : MarkerResult.Positive);
            }
        }

        if (OrdinalIgnoreCase.Contains(text, "hormone") || text.Contains("HR", StringComparison.Ordinal))
        {
            foreach (var match in HormoneReceptor().EnumerateMatches(text))
            {
                var found = text.AsSpan(match.Index, match.Length);
                var negative = found.Contains("neg", StringComparison.OrdinalIgnoreCase) || found.ContainsAny("-−–");
                negative &= !found.Contains("positive", StringComparison.OrdinalIgnoreCase) && !found.Contains('+');
                AddGroup(context, lexicon, facts, HormoneReceptors, match.Index, match.Index + match.Length, negative ? MarkerResult.Negative : MarkerResult.Positive);
            }
        }
    }

    private static void AddGroup(ExtractionContext context, MarkerLexicon lexicon, List<MarkerFact> facts, string[] names, int start, int end, MarkerResult result)
    {
        if (!context.IsAboutCase(start))
        {
            return;
        }

        var patient = context.PatientAt(start);
        foreach (var name in names)
        {
            if (lexicon.EntryOf(name) is not { } entry || facts.Exists(f => f.Patient == patient && f.Name == entry.Name))
            {
                continue;
            }

            facts.Add(new MarkerFact
            {
                Patient = patient,
                Name = entry.Name,
                Gene = entry.Gene,
                Result = result.ToContract(),
                Evidence = context.Evidence(start, end),
            });
        }
    }

    /// <summary>"triple-negative", "triple negative", "triple-positive"; not "non-triple-negative".</summary>
    [GeneratedRegex(@"(?<![\w-])[Tt]riple[- ](?:negative|positive)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Triple();

    /// <summary>
    /// "hormone receptor-positive", "hormone receptor negative", "hormone receptors were both positive",
    /// "negative for hormone receptors", "HR+/HER2-", "HR-positive/HER2-negative".
    /// </summary>
    [GeneratedRegex(@"(?<![\w-])(?:[Hh]ormone[- ]receptors?(?:[- ]|\s+(?:status\s+)?(?:was|were|is|are)\s+(?:both\s+|all\s+|also\s+)?(?:strongly\s+|diffusely\s+)?)(?:positive|negative)\b|(?:positive|negative)\s+for\s+(?:both\s+)?hormone\s+receptors\b|HR(?:\s*[+−–-]|-(?:positive|negative))(?=\s*/\s*HER))", RegexOptions.CultureInvariant)]
    private static partial Regex HormoneReceptor();
}
