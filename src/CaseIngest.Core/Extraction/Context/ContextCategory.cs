namespace CaseIngest.Core.Extraction.Context;

/// <summary>
/// The categories of <c>context-rules.tsv</c>. Assertion categories decide what a mention is (the strongest in scope
/// wins: not-given, negated, planned, uncertain/hypothetical); modifier categories (historical, family) say whose or
/// when it is and combine with any assertion; terminators end a trigger's scope; pseudo-triggers assert nothing.
/// </summary>
internal static class ContextCategory
{
    public const string Negated = "negated";
    public const string NotGiven = "not-given";
    public const string Planned = "planned";
    public const string Uncertain = "uncertain";
    public const string Hypothetical = "hypothetical";
    public const string Historical = "historical";
    public const string Family = "family";
    public const string Terminate = "terminate";
    public const string Pseudo = "pseudo";

    public static bool IsKnown(string category) => category is Negated or NotGiven or Planned or Uncertain or Hypothetical
        or Historical or Family or Terminate or Pseudo;

    /// <summary>Whether the category decides the assertion of a mention (rather than modifying or bounding it).</summary>
    public static bool IsAssertion(string category) => category is Negated or NotGiven or Planned or Uncertain or Hypothetical;

    /// <summary>The weight of an assertion category: of several triggers in scope the heaviest decides.</summary>
    public static int Rank(string category) => category switch
    {
        NotGiven => 4,
        Negated => 3,
        Planned => 2,
        _ => 1,
    };

    public static Assertion AssertionOf(string category) => category switch
    {
        Negated => Assertion.Negated,
        NotGiven => Assertion.NotGiven,
        Planned => Assertion.Planned,
        _ => Assertion.Uncertain,
    };

    public static ContextModifiers ModifierOf(string category) => category switch
    {
        Historical => ContextModifiers.Historical,
        Family => ContextModifiers.Family,
        _ => ContextModifiers.None,
    };
}
