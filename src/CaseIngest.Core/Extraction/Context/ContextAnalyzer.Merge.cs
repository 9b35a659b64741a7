using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Context;

public sealed partial class ContextAnalyzer
{
    /// <summary>Whether a forward-looking assertion trigger ends before the comma at <paramref name="closing"/>.</summary>
    private static bool LeadsClause(List<PhraseMatch<ContextRule>> matches, int closing)
    {
        foreach (var match in matches)
        {
            if (match.End <= closing && match.Value.Direction != ContextDirection.Backward && ContextCategory.IsAssertion(match.Value.Category))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Appends to <paramref name="found"/> the matches from <paramref name="next"/> on that start before
    /// <paramref name="before"/>, with the clause-closing comma (when <paramref name="closing"/> is not -1) in its place among them.
    /// </summary>
    private static void TakeBefore(List<PhraseMatch<ContextRule>> matches, ref int next, ref int closing, int before, ContextTrigger[] found, ref int n)
    {
        while (true)
        {
            var start = next < matches.Count ? matches[next].Start : int.MaxValue;
            if (closing >= 0 && closing < start && closing < before)
            {
                found[n++] = new ContextTrigger(ClauseTerminator, closing, closing + 1);
                closing = -1;
                continue;
            }

            if (start >= before)
            {
                return;
            }

            var match = matches[next++];
            found[n++] = new ContextTrigger(match.Value, match.Start, match.End);
        }
    }
}
