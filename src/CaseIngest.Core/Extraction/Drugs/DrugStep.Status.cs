using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>The status of a drug mention: its ConText assertion, and a decision to treat before it.</summary>
public sealed partial class DrugStep
{
    /// <summary>
    /// Negated treatments were not given ("was not given", "no anticoagulants"); uncertain ones stay given, since a drug
    /// named as the possible cause of an event ("possibly related to nivolumab") was given.
    /// </summary>
    internal static string StatusOf(Assertion assertion) => assertion switch
    {
        Assertion.NotGiven or Assertion.Negated => TreatmentStatus.NotGiven,
        Assertion.Planned => TreatmentStatus.Planned,
        _ => TreatmentStatus.Given,
    };

    /// <summary>
    /// Where a decision to treat ends in the sentence ("it was decided to initiate", "the decision was made to start"),
    /// or -1: the drugs it names are planned, not yet given.
    /// </summary>
    private static int DecisionEnd(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (!OrdinalIgnoreCase.Contains(span, "decid") && !OrdinalIgnoreCase.Contains(span, "decision"))
        {
            return -1;
        }

        var m = DecisionRegex().Match(text, start, end - start);
        return m.Success ? m.Index + m.Length : -1;
    }

    [GeneratedRegex(@"\b(?:decided|decision\s+was\s+made|decision)\s+to\s+(?:initiate|start|begin|commence|administer|treat|add|give)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionRegex();

    [GeneratedRegex(@"[;:]|\b(?:but|however|then|after|later|subsequently|thereafter|until|which|followed|instead|was|were|received|receiving|underwent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreakRegex();
}
