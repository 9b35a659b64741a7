using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A sentence that defines the categories of a response criterion: "according to RECIST, complete response,
/// disappearance of all target lesions; partial response, a decrease of at least 30% …", "by mRECIST, a complete
/// response was defined as …". The responses it names are definitions, not outcomes of the patient; a sentence that
/// reports a response by a criterion ("a partial response according to RECIST 1.1") is no definition.
/// </summary>
internal static partial class CriteriaDefinition
{
    public static bool Is(ReadOnlySpan<char> sentence)
    {
        if (!CriterionRegex().IsMatch(sentence))
        {
            return false;
        }

        if (DefinedRegex().IsMatch(sentence))
        {
            return true;
        }

        // two or more categories each followed by what it means
        var defined = 0;
        foreach (var _ in CategoryMeaningRegex().EnumerateMatches(sentence))
        {
            if (++defined >= 2)
            {
                return true;
            }
        }

        return false;
    }

    // "RECIST 1.1", "mRECIST", "iRECIST", "the Choi criteria", "Lugano classification criteria", "RANO"
    [GeneratedRegex(@"\b(?:m|i|ir)?RECIST\b|\bChoi\b|\bLugano\b|\bCheson\b|\bRANO\b|\bcriteri(?:a|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CriterionRegex();

    // "a complete response was defined as", "progressive disease is defined by"
    [GeneratedRegex(@"\b(?:response|disease|progression|CR|PR|SD|PD)\s+(?:(?:was|is|were|are)\s+)?defined\s+(?:as|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefinedRegex();

    // "complete response, disappearance of …", "partial response (PR), a decrease …", "stable disease: neither …"
    [GeneratedRegex(@"\b(?:(?:complete|partial)\s+(?:metabolic\s+|radiological\s+)?response|stable\s+disease|progressive\s+disease)(?:\s*\([A-Z]{2,3}\))?\s*[,:=]\s*(?:(?:a|an|the)\s+)?(?:disappearance|decrease|increase|reduction|appearance|no\s|not\s|neither|at\s+least|(?:more|less)\s+than|≥|>|<)", RegexOptions.IgnoreCase)]
    private static partial Regex CategoryMeaningRegex();
}
