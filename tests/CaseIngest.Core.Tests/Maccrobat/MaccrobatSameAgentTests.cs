namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>A treatment fact states the items of the drug it names wherever the text names that drug again.</summary>
public sealed class MaccrobatSameAgentTests
{
    // "Intravenous immunoglobulin was started. IVIG 2 g/kg was given."
    private static readonly BratDocument Document = BratDocument.Parse(
    [
        "T1\tMedication 0 26\tIntravenous immunoglobulin",
        "E1\tMedication:T1 ",
        "T2\tMedication 40 44\tIVIG",
        "E2\tMedication:T2 ",
        "T3\tDosage 45 51\t2 g/kg",
        "R1\tMODIFY Arg1:T3 Arg2:E2\t",
    ]);

    private static GoldItem DoseItem => MaccrobatGold.Map(Document, MaccrobatVocabulary.Default)[MaccrobatCategory.Doses].Single();

    [Fact]
    public void ADoseOfTheDrugStatedAtItsFirstMentionFindsTheDoseOfALaterAbbreviation()
    {
        var fact = new EngineItem(MaccrobatCategory.Doses, 0, 26, [DoseItem.Key], "fact", Agent: "intravenous immunoglobulin");

        Assert.True(MaccrobatJudge.Matches(fact, DoseItem));
    }

    [Fact]
    public void AnotherDoseOrAnotherDrugDoesNotFindIt()
    {
        var otherDose = new EngineItem(MaccrobatCategory.Doses, 0, 26, ["1000|mg/kg"], "fact", Agent: "intravenous immunoglobulin");
        var otherDrug = new EngineItem(MaccrobatCategory.Doses, 0, 26, [DoseItem.Key], "fact", Agent: "albumin");

        Assert.False(MaccrobatJudge.Matches(otherDose, DoseItem));
        Assert.False(MaccrobatJudge.Matches(otherDrug, DoseItem));
    }
}
