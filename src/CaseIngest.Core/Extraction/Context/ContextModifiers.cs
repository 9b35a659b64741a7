namespace CaseIngest.Core.Extraction.Context;

/// <summary>Whose and when a mention is, beside its assertion: past history, a relative's.</summary>
[Flags]
public enum ContextModifiers
{
    None = 0,
    /// <summary>Past history: "history of", "previously", "prior".</summary>
    Historical = 1,
    /// <summary>A relative's: "her mother", "family history of".</summary>
    Family = 2,
}
