namespace CaseIngest.TextAnalytics.Mapping;

/// <summary>What the service's assertion of an entity means for our facts.</summary>
internal enum AssertionVerdict
{
    /// <summary>Stated of the patient, positively, now or in the past.</summary>
    Affirmed,
    /// <summary>Negated (certainty negative or negativePossible): a treatment not given; no diagnosis, marker or event.</summary>
    Negated,
    /// <summary>Hypothetical, conditional or in the future: a treatment planned; no diagnosis, marker or event.</summary>
    Hypothetical,
    /// <summary>Possible but not asserted (positivePossible, neutralPossible): dropped.</summary>
    Uncertain,
    /// <summary>Said of someone else (association other, a relative say): dropped.</summary>
    SomeoneElse,
}
