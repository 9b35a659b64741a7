using CaseIngest.TextAnalytics.Client;

namespace CaseIngest.TextAnalytics.Mapping;

/// <summary>Reads the service's assertion (certainty, conditionality, association, temporality) as one verdict.</summary>
internal static class Assertions
{
    public static AssertionVerdict Of(HealthcareAssertion? assertion)
    {
        if (assertion is null)
        {
            return AssertionVerdict.Affirmed;
        }

        if (string.Equals(assertion.Association, "other", StringComparison.OrdinalIgnoreCase))
        {
            return AssertionVerdict.SomeoneElse;
        }

        return assertion.Certainty?.ToLowerInvariant() switch
        {
            "negative" or "negativepossible" => AssertionVerdict.Negated,
            _ when assertion.Conditionality is { Length: > 0 } => AssertionVerdict.Hypothetical,
            _ when string.Equals(assertion.Temporality, "future", StringComparison.OrdinalIgnoreCase) => AssertionVerdict.Hypothetical,
            "positivepossible" or "neutralpossible" => AssertionVerdict.Uncertain,
            _ => AssertionVerdict.Affirmed,
        };
    }

    /// <summary>Whether the entity is said to belong to the patient's past (history, not this course).</summary>
    public static bool IsPast(HealthcareAssertion? assertion) =>
        string.Equals(assertion?.Temporality, "past", StringComparison.OrdinalIgnoreCase);
}
