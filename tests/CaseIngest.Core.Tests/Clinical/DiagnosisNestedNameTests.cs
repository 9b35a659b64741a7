using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A condition whose name holds another condition's name ("lupus nephritis", "autoimmune hepatitis", "graft-versus-host
/// disease of the gut") is one diagnosis under its whole name; two named conditions joined by "and" ("Sjögren syndrome
/// and Raynaud phenomenon", "Hodgkin and non-Hodgkin lymphoma") are both diagnoses when the text diagnoses both, and a
/// name after "non-" is no part of the longer name.
/// </summary>
public sealed class DiagnosisNestedNameTests
{
    [Theory]
    [InlineData("Case presentation\nA 31-year-old woman was diagnosed with lupus nephritis on renal biopsy.", "lupus nephritis", "nephritis")]
    [InlineData("Case presentation\nA 45-year-old woman was diagnosed with autoimmune hepatitis after a liver biopsy.", "autoimmune hepatitis", "hepatitis")]
    [InlineData("Case presentation\nA 28-year-old man with acute myeloid leukaemia underwent transplantation. Graft-versus-host disease of the gut was confirmed by colonic biopsy.", "graft-versus-host disease", "gut")]
    [InlineData("Case presentation\nA 50-year-old man was diagnosed with alcoholic hepatitis.", "alcoholic hepatitis", "hepatitis")]
    public void AConditionWhoseNameHoldsAnotherStaysWhole(string text, string whole, string part)
    {
        var names = Engines.Extract(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.Contains(names, n => n.Contains(whole, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(names, n => string.Equals(n, part, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Case presentation\nA 39-year-old woman was diagnosed with Sjögren syndrome and Raynaud phenomenon.", "sjögren syndrome", "raynaud phenomenon")]
    [InlineData("Case presentation\nA 52-year-old man was diagnosed with Hashimoto thyroiditis and Addison disease.", "hashimoto", "addison")]
    [InlineData("Case presentation\nA 26-year-old man was diagnosed with Crohn disease and Behçet disease.", "crohn", "behcet")]
    [InlineData("Case presentation\nA 34-year-old woman was diagnosed with composite Hodgkin and non-Hodgkin lymphoma in the same node.", "hodgkin lymphoma", "non-hodgkin lymphoma")]
    public void TwoNamedConditionsDiagnosedTogetherAreBoth(string text, string first, string second)
    {
        var names = Engines.Extract(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.Contains(names, n => n.Contains(first, StringComparison.OrdinalIgnoreCase) && !n.StartsWith("non-", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains(second, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Case presentation\nA 39-year-old woman with Sjögren syndrome and Raynaud phenomenon since her twenties was admitted with pneumonia.", "raynaud")]
    [InlineData("Case presentation\nA 48-year-old man was diagnosed with pneumonia. Hodgkin and non-Hodgkin lymphoma were considered in the differential diagnosis of his adenopathy.", "hodgkin")]
    public void ConditionsTheTextDoesNotDiagnoseAreNone(string text, string part) =>
        Assert.DoesNotContain(Engines.Extract(text).Diagnoses, d => d.Name.Contains(part, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Case presentation\nA 57-year-old man was diagnosed with non-Hodgkin lymphoma of the stomach.", "non-hodgkin lymphoma", "hodgkin lymphoma")]
    [InlineData("Case presentation\nA 63-year-old woman was diagnosed with non-small cell lung cancer.", "non-small cell", "small cell lung")]
    public void ANameDeniedWithNonNamesNoOtherCondition(string text, string name, string denied)
    {
        var names = Engines.Extract(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.Contains(names, n => n.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith(denied, StringComparison.Ordinal));
    }
}
