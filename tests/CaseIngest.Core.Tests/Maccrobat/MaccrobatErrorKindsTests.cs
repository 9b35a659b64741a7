namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>How misses and wrong facts are sorted into kinds, on a standoff snippet written for these tests.</summary>
public sealed class MaccrobatErrorKindsTests
{
    // "Cisplatin 75 mg/m2 was given for 4 cycles. History of asthma. An osteosarcoma relapsed. Possible gout."
    private static readonly BratDocument Document = BratDocument.Parse(
    [
        "T1\tMedication 0 9\tCisplatin",
        "E1\tMedication:T1 ",
        "T2\tDosage 10 18\t75 mg/m2",
        "R1\tMODIFY Arg1:T2 Arg2:E1\t",
        "T3\tFrequency 33 41\t4 cycles",
        "R2\tMODIFY Arg1:T3 Arg2:E1\t",
        "T4\tHistory 43 60\tHistory of asthma",
        "T5\tDisease_disorder 65 77\tosteosarcoma",
        "E5\tDisease_disorder:T5 ",
        "T6\tSign_symptom 78 86\trelapsed",
        "E6\tSign_symptom:T6 ",
        "T7\tDisease_disorder 97 101\tgout",
        "E7\tDisease_disorder:T7 ",
        "A1\tPOLARITY E7 UNCERTAIN",
    ]);

    private static GoldItem Gold(string category, string keyPrefix) =>
        MaccrobatGold.Map(Document, MaccrobatVocabulary.Default)[category].Single(g => g.Key.StartsWith(keyPrefix, StringComparison.Ordinal));

    private static EngineItem Fact(string category, int start, int end, string key) => new(category, start, end, [key], "fact");

    [Theory]
    [InlineData(MaccrobatCategory.Doses, "75|", "not read (drug found)", true)]
    [InlineData(MaccrobatCategory.Doses, "75|", "drug absent", false)]
    [InlineData(MaccrobatCategory.Regimen, "cycles|", "cycles: not read (drug found)", true)]
    [InlineData(MaccrobatCategory.Regimen, "cycles|", "cycles: drug absent", false)]
    [InlineData(MaccrobatCategory.Drugs, "", "absent", false)]
    public void ATreatmentItemMissedSaysWhetherItsDrugWasFound(string category, string keyPrefix, string kind, bool drugFound)
    {
        List<EngineItem> facts = drugFound ? [Fact(MaccrobatCategory.Drugs, 0, 9, "given")] : [];

        Assert.Equal(kind, MaccrobatErrorKinds.Miss(Gold(category, keyPrefix), facts));
    }

    [Fact]
    public void ARegimenItemReadWithAnotherValueIsAnotherValue()
    {
        List<EngineItem> facts = [Fact(MaccrobatCategory.Drugs, 0, 9, "given"), Fact(MaccrobatCategory.Regimen, 0, 9, "cycles|6")];

        Assert.Equal("cycles: another value", MaccrobatErrorKinds.Miss(Gold(MaccrobatCategory.Regimen, "cycles|"), facts));
    }

    [Fact]
    public void AnOutcomeMissedNamesItsKind()
    {
        Assert.Equal("recurrence: absent", MaccrobatErrorKinds.Miss(Gold(MaccrobatCategory.Outcomes, "recurrence"), []));
        Assert.Equal("recurrence: another kind",
            MaccrobatErrorKinds.Miss(Gold(MaccrobatCategory.Outcomes, "recurrence"), [Fact(MaccrobatCategory.Outcomes, 78, 86, "death")]));
    }

    [Theory]
    [InlineData(MaccrobatCategory.AdverseEvents, 54, 60, "asthma", "over past history")]
    [InlineData(MaccrobatCategory.AdverseEvents, 65, 77, "osteosarcoma", "over the neoplasm")]
    [InlineData(MaccrobatCategory.Diagnoses, 97, 101, "gout", "over a hedged mention")]
    [InlineData(MaccrobatCategory.Diagnoses, 20, 30, "something", "over nothing annotated")]
    [InlineData(MaccrobatCategory.Doses, 0, 9, "80|mg/m2", "another value")]
    public void AWrongFactSaysWhatLiesUnderIt(string category, int start, int end, string key, string kind)
    {
        Assert.Equal(kind, MaccrobatErrorKinds.Wrong(Fact(category, start, end, key), Document, MaccrobatVocabulary.Default));
    }
}
