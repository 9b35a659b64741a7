using CaseIngest.Core.Extraction.Outcomes;

namespace CaseIngest.Core.Vocabulary;

/// <summary>Outcome kinds from query values: the kind itself, its words, or what the extraction patterns read it as.</summary>
internal static class OutcomeNames
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "complete-response", "partial-response", "stable-disease", "progressive-disease", "tumor-shrinkage", "regression",
        "remission", "recurrence", "progression-free-survival", "overall-survival", "death", "no-evidence-of-disease",
    };

    private static readonly OutcomePattern[] Patterns =
    [
        OutcomePatterns.Response, OutcomePatterns.Stable, OutcomePatterns.Progression, OutcomePatterns.Remission,
        OutcomePatterns.Recurrence, OutcomePatterns.Death, OutcomePatterns.Regression, OutcomePatterns.NoDisease,
        OutcomePatterns.ShrinkWords,
    ];

    public static Interpretation Interpret(string value, string text)
    {
        var lower = text.ToLowerInvariant();
        var hyphenated = lower.Replace(' ', '-');
        if (Kinds.Contains(hyphenated))
        {
            return new(value, hyphenated, "name");
        }

        var upper = text.ToUpperInvariant();
        foreach (var abbreviation in new[] { OutcomePatterns.Abbreviation, OutcomePatterns.Ned })
        {
            if (Whole(abbreviation, upper) is { } kind)
            {
                return new(value, kind, "abbreviation");
            }
        }

        if (upper is "PFS" or "OS")
        {
            return new(value, upper == "PFS" ? "progression-free-survival" : "overall-survival", "abbreviation");
        }

        foreach (var pattern in Patterns)
        {
            if (Whole(pattern, text) is { } kind)
            {
                return new(value, kind, "synonym");
            }
        }

        return new(value, lower, Interpretation.Literal);
    }

    private static string? Whole(OutcomePattern pattern, string text)
    {
        var match = pattern.Regex.Match(text);
        return match.Success && match.Index == 0 && match.Length == text.Length ? pattern.Kind(match.Value) : null;
    }
}
