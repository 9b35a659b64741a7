namespace CaseIngest.Core.Extraction.Context;

/// <summary>The assertion of a mention in its sentence, in the spirit of ConText.</summary>
public enum Assertion
{
    /// <summary>Stated as happening or present.</summary>
    Affirmed,
    /// <summary>Stated as absent: "no osseous invasion", "negative for".</summary>
    Negated,
    /// <summary>A treatment considered, declined, deferred, precluded or judged too toxic.</summary>
    NotGiven,
    /// <summary>Scheduled or offered for the future: "will receive", "was planned".</summary>
    Planned,
    /// <summary>Possible, uncertain or hypothetical: "suspected", "cannot be excluded", "in case of", "aimed to".</summary>
    Uncertain,
}
