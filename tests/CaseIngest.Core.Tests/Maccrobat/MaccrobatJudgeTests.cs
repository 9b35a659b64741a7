namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>How engine facts that match no gold item are judged, on standoff snippets written for these tests.</summary>
public sealed class MaccrobatJudgeTests
{
    // "No anticoagulant therapy: heparin was withheld. History of hypertension. The tumour caused fever; she developed a rash.
    // Carboplatin AUC 5 was given intravenously. A remission was possibly reached; recurrence followed."
    private static readonly BratDocument Document = BratDocument.Parse(
    [
        "T1\tMedication 26 33\theparin",
        "E1\tMedication:T1 ",
        "A1\tPOLARITY E1 NEG",
        "T2\tHistory 48 71\tHistory of hypertension",
        "T3\tDisease_disorder 73 83\tThe tumour",
        "E3\tDisease_disorder:T3 ",
        "T4\tSign_symptom 91 96\tfever",
        "E4\tSign_symptom:T4 ",
        "R1\tCAUSE Arg1:E3 Arg2:E4\t",
        "T5\tSign_symptom 114 118\trash",
        "E5\tSign_symptom:T5 ",
        "T6\tMedication 120 131\tCarboplatin",
        "E6\tMedication:T6 ",
        "T7\tDosage 132 137\tAUC 5",
        "R2\tMODIFY Arg1:T7 Arg2:E6\t",
        "T8\tAdministration 148 162\tintravenously",
        "R3\tMODIFY Arg1:T8 Arg2:E6\t",
        "T9\tSign_symptom 170 179\tremission",
        "E9\tSign_symptom:T9 ",
        "A2\tPOLARITY E9 MAYBE_POS",
        "T10\tSign_symptom 190 200\trecurrence",
        "E10\tSign_symptom:T10 ",
    ]);

    private static Verdict Judge(string category, int start, int end, params string[] keys)
    {
        var item = new EngineItem(category, start, end, keys, "fact");
        var gold = MaccrobatGold.Map(Document, MaccrobatVocabulary.Default)[category];
        return gold.Exists(g => MaccrobatJudge.Matches(item, g)) ? Verdict.Correct : MaccrobatJudge.Unmatched(item, Document, gold, MaccrobatVocabulary.Default);
    }

    [Fact]
    public void ADrugStatedGivenOverANegatedMedicationIsWrongAndNotGivenIsRight()
    {
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.Drugs, 26, 33, "given"));
        Assert.Equal(Verdict.Correct, Judge(MaccrobatCategory.Drugs, 26, 33, "not-given"));
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.Drugs, 0, 10, "given"));
    }

    [Fact]
    public void AdverseEventsOverHistoryTheDiseaseOrADiseaseSymptomAreWrongAndUnlinkedOnesUnjudged()
    {
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.AdverseEvents, 59, 71, "hypertension"));
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.AdverseEvents, 77, 83, "tumour"));
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.AdverseEvents, 91, 96, "fever"));
        Assert.Equal(Verdict.Unjudged, Judge(MaccrobatCategory.AdverseEvents, 114, 118, "rash"));
    }

    [Fact]
    public void RouteAndDoseAreJudgedAgainstTheAnnotatedOnesAndAnUnannotatedFrequencyIsNotJudged()
    {
        Assert.Equal(Verdict.Correct, Judge(MaccrobatCategory.Regimen, 120, 131, "route|intravenous"));
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.Regimen, 120, 131, "route|oral"));
        Assert.Equal(Verdict.Unjudged, Judge(MaccrobatCategory.Regimen, 120, 131, "every|21|day"));
        Assert.Equal(Verdict.Correct, Judge(MaccrobatCategory.Doses, 120, 131, "5|auc"));
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.Doses, 120, 131, "6|auc"));
    }

    [Fact]
    public void ADeathOrADiagnosisOverNothingAnnotatedIsWrong()
    {
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.Outcomes, 0, 5, "death", "death"));
        Assert.Equal(Verdict.Unjudged, Judge(MaccrobatCategory.Outcomes, 0, 5, "tumor-shrinkage", "tumor-shrinkage"));
        Assert.Equal(Verdict.Unjudged, Judge(MaccrobatCategory.Outcomes, 170, 179, "partial-response", "remission"));
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.Outcomes, 190, 200, "progressive-disease", "progressive-disease"));
        Assert.Equal(Verdict.Correct, Judge(MaccrobatCategory.Outcomes, 190, 200, "recurrence", "recurrence"));
        Assert.Equal(Verdict.Wrong, Judge(MaccrobatCategory.Diagnoses, 0, 5, "lymphoma"));
        Assert.Equal(Verdict.Unjudged, Judge(MaccrobatCategory.Diagnoses, 59, 71, "hypertension"));
    }
}
