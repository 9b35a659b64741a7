namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>The mapping rules on small standoff snippets written for these tests.</summary>
public sealed class MaccrobatGoldTests
{
    private static Dictionary<string, List<GoldItem>> Map(params string[] lines) =>
        MaccrobatGold.Map(BratDocument.Parse(lines), MaccrobatVocabulary.Default);

    private static IEnumerable<string> Keys(Dictionary<string, List<GoldItem>> items, string category) =>
        items[category].Select(i => $"{string.Join('+', i.Anchors.Select(a => a.Text))} {i.Key}");

    [Fact]
    public void AMedicationCarriesItsDoseRouteAndFrequencyThroughModifyRelations()
    {
        // "He received intravenous cisplatin 75 mg/m2 every 3 weeks for six cycles."
        var items = Map(
            "T1\tAdministration 12 23\tintravenous",
            "T2\tMedication 24 33\tcisplatin",
            "E1\tMedication:T2 ",
            "T3\tDosage 34 42\t75 mg/m2",
            "T4\tFrequency 43 56\tevery 3 weeks",
            "R1\tMODIFY Arg1:T1 Arg2:E1\t",
            "R2\tMODIFY Arg1:T3 Arg2:E1\t",
            "R3\tMODIFY Arg1:T4 Arg2:E1\t",
            "T5\tDosage 61 71\tsix cycles",
            "R4\tMODIFY Arg1:T5 Arg2:E1\t");

        Assert.Equal(["cisplatin -"], Keys(items, MaccrobatCategory.Drugs));
        Assert.Equal(["cisplatin 75|mg/m2"], Keys(items, MaccrobatCategory.Doses));
        Assert.Equal(["cisplatin route|intravenous", "cisplatin every|21|day", "cisplatin cycles|6"], Keys(items, MaccrobatCategory.Regimen));
    }

    [Fact]
    public void ANegatedMedicationMustBeStatedNotGivenAndAClassIsNoDrug()
    {
        // "Chemotherapy was started; warfarin was withheld."
        var items = Map(
            "T1\tMedication 0 12\tChemotherapy",
            "E1\tMedication:T1 ",
            "T2\tMedication 26 34\twarfarin",
            "E2\tMedication:T2 ",
            "A1\tPOLARITY E2 NEG");

        Assert.Equal(["warfarin not-given"], Keys(items, MaccrobatCategory.Drugs));
    }

    [Fact]
    public void RepeatedMentionsAndIdenticalMentionsAreOneItem()
    {
        // "IVIG (intravenous immunoglobulin) ... IVIG was repeated ... cisplatin ... cisplatin"
        var items = Map(
            "T1\tMedication 0 4\tIVIG",
            "E1\tMedication:T1 ",
            "T2\tMedication 6 33\tintravenous immunoglobulin",
            "E2\tMedication:T2 ",
            "R1\tIDENTICAL Arg1:E2 Arg2:E1\t",
            "T3\tMedication 40 44\tIVIG",
            "E3\tMedication:T3 ",
            "T4\tMedication 60 69\tcisplatin",
            "T5\tMedication 80 89\tCisplatin",
            "T6\tMedication 100 109\tsteroids",
            "T7\tMedication 120 128\tsteroid");

        Assert.Equal(["IVIG+intravenous immunoglobulin+IVIG -", "cisplatin+Cisplatin -"], Keys(items, MaccrobatCategory.Drugs));
        var merged = MaccrobatGold.Merge(BratDocument.Parse(["T1\tDisease_disorder 0 13\tovarian tumor", "T2\tDisease_disorder 20 34\tovarian tumors"]),
            [new GoldItem(MaccrobatCategory.Diagnoses, new BratEntity("T1", "Disease_disorder", [(0, 13)], "ovarian tumor"), "-"),
             new GoldItem(MaccrobatCategory.Diagnoses, new BratEntity("T2", "Disease_disorder", [(20, 34)], "ovarian tumors"), "-")]);
        Assert.Equal(2, Assert.Single(merged).Anchors.Count);
    }

    [Fact]
    public void OnlyAffirmedNeoplasmsAreDiagnoses()
    {
        // "Biopsy showed a poorly differentiated adenocarcinoma; hypertension; lymphoma was suspected; no melanoma."
        var items = Map(
            "T1\tDisease_disorder 36 50\tadenocarcinoma",
            "E1\tDisease_disorder:T1 ",
            "T2\tDisease_disorder 52 64\thypertension",
            "E2\tDisease_disorder:T2 ",
            "T3\tDisease_disorder 66 74\tlymphoma",
            "E3\tDisease_disorder:T3 ",
            "A1\tPOLARITY E3 UNCERTAIN",
            "T4\tDisease_disorder 95 103\tmelanoma",
            "E4\tDisease_disorder:T4 ",
            "A2\tPOLARITY E4 NEG",
            "T5\tDisease_disorder 110 128\tgranuloma annulare");

        Assert.Equal(["adenocarcinoma -"], Keys(items, MaccrobatCategory.Diagnoses));
    }

    [Fact]
    public void AStainOrGeneTestWithAResultIsAMarkerAndAScanIsNot()
    {
        // "Tumour cells were positive for CK7, negative for TTF-1, and showed no staining for p63; CT was unremarkable;
        // CRP was negative; serum CEA was 12.4 ng/mL."
        var items = Map(
            "T1\tLab_value 19 27\tpositive",
            "T2\tDiagnostic_procedure 32 35\tCK7",
            "E1\tDiagnostic_procedure:T2 ",
            "R1\tMODIFY Arg1:T1 Arg2:E1\t",
            "T3\tLab_value 37 45\tnegative",
            "T4\tDiagnostic_procedure 50 55\tTTF-1",
            "E2\tDiagnostic_procedure:T4 ",
            "R2\tMODIFY Arg1:T3 Arg2:E2\t",
            "T5\tLab_value 70 78\tstaining",
            "T6\tDiagnostic_procedure 83 86\tp63",
            "E3\tDiagnostic_procedure:T6 ",
            "A1\tPOLARITY E3 NEG",
            "R3\tMODIFY Arg1:T5 Arg2:E3\t",
            "T7\tDiagnostic_procedure 88 90\tCT",
            "E4\tDiagnostic_procedure:T7 ",
            "T8\tLab_value 95 108\tunremarkable",
            "R4\tMODIFY Arg1:T8 Arg2:E4\t",
            "T9\tDiagnostic_procedure 110 113\tCRP",
            "E5\tDiagnostic_procedure:T9 ",
            "T10\tLab_value 118 126\tnegative",
            "R5\tMODIFY Arg1:T10 Arg2:E5\t",
            "T11\tDiagnostic_procedure 128 137\tserum CEA",
            "E6\tDiagnostic_procedure:T11 ",
            "T12\tLab_value 142 152\t12.4 ng/mL",
            "R6\tMODIFY Arg1:T12 Arg2:E6\t");

        Assert.Equal(["CK7 positive", "TTF-1 negative", "p63 negative", "serum CEA value"], Keys(items, MaccrobatCategory.Markers));
    }

    [Fact]
    public void DeathsRecurrencesAndTheirAbsenceAreOutcomes()
    {
        // "She was free of recurrence for two years, then had a local recurrence, remission of symptoms, and passed away;
        // her husband was doing well."
        var items = Map(
            "T1\tSign_symptom 16 26\trecurrence",
            "E1\tSign_symptom:T1 ",
            "A1\tPOLARITY E1 NEG",
            "T2\tSign_symptom 50 66\tlocal recurrence",
            "E2\tSign_symptom:T2 ",
            "T3\tSign_symptom 68 89\tremission of symptoms",
            "E3\tSign_symptom:T3 ",
            "T4\tOutcome 95 106\tpassed away",
            "E4\tOutcome:T4 ",
            "T5\tOutcome 123 133\tdoing well",
            "E5\tOutcome:T5 ");

        Assert.Equal(["recurrence no-evidence-of-disease", "local recurrence recurrence", "passed away death"], Keys(items, MaccrobatCategory.Outcomes));
    }

    [Fact]
    public void AnEventCausedByAMedicationIsAnAdverseEventAndOneCausedByTheDiseaseIsNot()
    {
        // "Docetaxel caused febrile neutropenia and resolution of the effusion; the tumour caused fever."
        var items = Map(
            "T1\tMedication 0 9\tDocetaxel",
            "E1\tMedication:T1 ",
            "T2\tSign_symptom 17 36\tfebrile neutropenia",
            "E2\tSign_symptom:T2 ",
            "R1\tCAUSE Arg1:E1 Arg2:E2\t",
            "T3\tSign_symptom 41 66\tresolution of the effusion",
            "E3\tSign_symptom:T3 ",
            "R2\tCAUSE Arg1:E1 Arg2:E3\t",
            "T4\tDisease_disorder 72 78\ttumour",
            "E4\tDisease_disorder:T4 ",
            "T5\tSign_symptom 86 91\tfever",
            "E5\tSign_symptom:T5 ",
            "R3\tCAUSE Arg1:E4 Arg2:E5\t");

        Assert.Equal(["febrile neutropenia -"], Keys(items, MaccrobatCategory.AdverseEvents));
    }

    [Fact]
    public void ACauseWrittenAsAReferenceToAMedicationIsTheMedication()
    {
        // "She received enzyme replacement therapy (ERT) ... fatigue after each ERT infusion."
        var items = Map(
            "T1\tMedication 13 40\tenzyme replacement therapy",
            "E1\tMedication:T1 ",
            "T2\tCoreference 60 63\tERT",
            "R1\tIDENTICAL Arg1:T2 Arg2:E1\t",
            "T3\tSign_symptom 46 53\tfatigue",
            "E3\tSign_symptom:T3 ",
            "R2\tCAUSE Arg1:T2 Arg2:E3\t");

        Assert.Equal(["fatigue -"], Keys(items, MaccrobatCategory.AdverseEvents));
    }

    [Fact]
    public void TheFirstAgeAndSexAreTheFirstPatients()
    {
        var items = Map("T1\tAge 2 13\t71-year-old", "T2\tSex 14 17\tman", "T3\tAge 200 211\t45-year-old", "T4\tSex 212 217\twoman");

        Assert.Equal(["age|71", "sex|male"], Keys(items, MaccrobatCategory.Patients).Select(k => k.Trim()));
    }
}
