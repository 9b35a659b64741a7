namespace CaseIngest.Core.Model;

/// <summary>
/// Contract values of a fact's <c>source</c>. Facts of the rules carry none; a fact only an optional second reader
/// found carries that reader's name; a fact the rules found and the second reader confirmed carries both names.
/// </summary>
public static class FactSource
{
    public const string Rules = "rules";

    public const string TextAnalytics = "text-analytics";

    /// <summary>Found by the rules and by Text Analytics for Health.</summary>
    public const string RulesAndTextAnalytics = Rules + "+" + TextAnalytics;
}
