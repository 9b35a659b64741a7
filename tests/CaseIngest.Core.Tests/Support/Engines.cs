namespace CaseIngest.Core.Tests.Support;

/// <summary>Engines shared across tests: loading lexicons once keeps the suite fast.</summary>
internal static class Engines
{
    private static readonly Lazy<CaseEngine> DefaultEngine = new(() => new CaseEngine());
    private static readonly Lazy<CaseEngine> DrugBankEngine = new(() => new CaseEngine(new EngineOptions { DrugBankVocabularyPath = Corpus.DrugBankVocabulary }));

    public static CaseEngine Default => DefaultEngine.Value;

    public static CaseEngine WithDrugBank => DrugBankEngine.Value;

    public static Model.CaseRecord Extract(string text, string name = "test.txt") =>
        Default.Process(name, System.Text.Encoding.UTF8.GetBytes(text), includeText: true).Record
        ?? throw new InvalidOperationException("The test document was rejected.");
}
