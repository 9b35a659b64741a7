namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A table of toxicities (| Event | Grade | Attributed to |) gives each event of its first column the grade and the
/// drugs of its own row, not the whole combination told before the table; a table without a grade or cause column, and
/// a drug named only in another row, give nothing.
/// </summary>
public sealed class AdverseEventTableRowTests
{
    private const string Opening = "She received carboplatin and paclitaxel every 3 weeks for ovarian cancer. The course was complicated by the toxicities below.\n\n";

    [Theory]
    [InlineData(Opening + "| Event | Grade | Attributed to |\n|---|---|---|\n| Peripheral sensory neuropathy | 2 | Paclitaxel |\n| Thrombocytopenia | 3 | Carboplatin |\n", "carboplatin,paclitaxel", "peripheral neuropathy:2:paclitaxel; thrombocytopenia:3:carboplatin")]
    [InlineData(Opening + "| Toxicity | CTCAE grade | Suspected drug |\n|---|---|---|\n| Alopecia | 2 | Paclitaxel |\n| Anaemia | 2 | Carboplatin and paclitaxel |\n", "carboplatin,paclitaxel", "alopecia:2:paclitaxel; anemia:2:carboplatin+paclitaxel")]
    [InlineData("He was treated with sunitinib and then cabozantinib for renal cell carcinoma.\n\n| Adverse event | Grade | Drug |\n|---|---|---|\n| Hypertension | 3 | Sunitinib |\n| Diarrhoea | 2 | Cabozantinib |\n", "sunitinib,cabozantinib", "hypertension:3:sunitinib; diarrhea:2:cabozantinib")]
    public void EachRowGivesItsEventItsGradeAndDrugs(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData(Opening + "Grade 2 alopecia occurred after the second cycle.\n", "carboplatin,paclitaxel", "alopecia:2:carboplatin+paclitaxel")]
    [InlineData("She received carboplatin and paclitaxel for ovarian cancer.\n\n| Visit | Finding |\n|---|---|\n| Week 6 | Grade 2 alopecia after carboplatin and paclitaxel |\n", "carboplatin,paclitaxel", "alopecia:2:carboplatin+paclitaxel")]
    public void TextOrATableWithoutSuchColumnsIsReadAsBefore(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Fact]
    public void ARowAfterAParagraphLongerThanAnyRowIsStillRead()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The tumour markers were followed every month and the scans every three months. ", 40));
        var text = Opening + paragraph + "\n\n| Event | Grade | Attributed to |\n|---|---|---|\n| Thrombocytopenia | 3 | Carboplatin |\n";

        Assert.True(paragraph.Length > 2_000);
        Assert.Equal("thrombocytopenia:3:carboplatin", AdverseEventProbe.Read(text, "carboplatin,paclitaxel"));
    }
}
