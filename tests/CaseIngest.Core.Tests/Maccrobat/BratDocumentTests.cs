namespace CaseIngest.Core.Tests.Maccrobat;

public sealed class BratDocumentTests
{
    // "A 63-year-old woman was started on oral capecitabine 1,000 mg/m2 twice daily; no hand-foot syndrome occurred."
    private static readonly string[] Lines =
    [
        "T1\tAge 2 13\t63-year-old",
        "T2\tSex 14 19\twoman",
        "T3\tMedication 43 55\tcapecitabine",
        "E1\tMedication:T3 ",
        "T4\tAdministration 37 42\toral",
        "R1\tMODIFY Arg1:T4 Arg2:E1\t",
        "T5\tDosage 56 68;69 80\t1,000 mg/m2 twice daily",
        "R2\tMODIFY Arg1:T5 Arg2:E1\t",
        "T6\tSign_symptom 85 102\thand-foot syndrome",
        "E2\tSign_symptom:T6 ",
        "A1\tPOLARITY E2 NEG",
        "R3\tCAUSE Arg1:E1 Arg2:E2\t",
        "*\tOVERLAP E1 E2",
        "#1\tAnnotatorNotes T3\tcapecitabine",
    ];

    [Fact]
    public void EntitiesKeepTypeTextAndEveryRangeOfADiscontinuousSpan()
    {
        var document = BratDocument.Parse(Lines);

        var dosage = Assert.Single(document.OfType("Dosage"));
        Assert.Equal([(56, 68), (69, 80)], dosage.Ranges);
        Assert.Equal("1,000 mg/m2 twice daily", dosage.Text);
        Assert.True(dosage.Overlaps(75, 76));
        Assert.False(dosage.Overlaps(68, 69));
        Assert.Equal(["T1", "T2", "T4", "T3", "T5", "T6"], document.Entities.Select(e => e.Id));
    }

    [Fact]
    public void RelationsAndAttributesOnEventsResolveToTheirTriggerEntities()
    {
        var document = BratDocument.Parse(Lines);

        Assert.Contains(new BratRelation("CAUSE", "T3", "T6"), document.Relations);
        Assert.Equal("NEG", document.Attribute("T6", "POLARITY"));
        Assert.False(document.IsAffirmed("T6"));
        Assert.True(document.IsAffirmed("T3"));
        Assert.Equal(["oral"], document.Modifiers("T3", "Administration").Select(e => e.Text));
        Assert.Equal(["capecitabine"], document.Sources("T6", "CAUSE").Select(e => e.Text));
    }

    [Fact]
    public void EquivalencesNotesAndBlankLinesAreSkipped()
    {
        var document = BratDocument.Parse(["", "*\tOVERLAP E1 E2", "#1\tAnnotatorNotes T3\tnote", "T1\tOutcome 0 4\tdied"]);

        Assert.Equal("died", Assert.Single(document.Entities).Text);
        Assert.Empty(document.Relations);
    }
}
