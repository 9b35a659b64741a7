namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A clause about the course after a semicolon, right after the drugs of the same sentence ("…; the regimen was repeated
/// every 21 days for six cycles"), gives its schedule, route and count to those drugs, as a sentence of its own does.
/// </summary>
public sealed class DrugCourseClauseTests
{
    private static string Schedule(string text, string name)
    {
        var drug = DrugFacts.Single(text, name);
        return $"{drug.Route}|{drug.Frequency?.Every}{drug.Frequency?.Unit}|{drug.Cycles}";
    }

    [Theory]
    [InlineData("He was treated with docetaxel 75 mg/m2 and cyclophosphamide 600 mg/m2; the regimen was repeated every 21 days for six cycles.", "cyclophosphamide", "|21day|6")]
    [InlineData("He was treated with docetaxel 75 mg/m2 and cyclophosphamide 600 mg/m2; the regimen was repeated every 21 days for six cycles.", "docetaxel", "|21day|6")]
    [InlineData("Irinotecan 180 mg/m2 and bevacizumab 5 mg/kg were started; the combination was given every 2 weeks for 8 cycles.", "bevacizumab", "|2week|8")]
    [InlineData("Carboplatin (AUC 5) with etoposide (100 mg/m2) was begun in March; both drugs were administered intravenously.", "etoposide", "intravenous||")]
    [InlineData("She was started on paclitaxel 175 mg/m2 plus carboplatin AUC 6; treatment was repeated every three weeks for a total of four cycles.", "paclitaxel", "|3week|4")]
    [InlineData("Nivolumab 240 mg was begun after the second relapse; it was administered every 2 weeks.", "nivolumab", "|2week|")]
    [InlineData("Gemcitabine 1250 mg/m2 was given on day 1; cycles were repeated every 14 days.", "gemcitabine", "|14day|")]
    [InlineData("Pembrolizumab 200 mg every 3 weeks was started; the treatment was given for 6 cycles.", "pembrolizumab", "|3week|6")]
    public void ACourseClauseAfterASemicolonGivesItsScheduleToTheDrugsBeforeIt(string text, string name, string expected) =>
        Assert.Equal(expected, Schedule(text, name));

    [Theory]
    [InlineData("Carboplatin AUC 5 and paclitaxel 175 mg/m2 were given; her radiation therapy was given every weekday for 6 weeks.", "paclitaxel", "||")]
    [InlineData("Cisplatin 75 mg/m2 was given; after discharge, the treatment was given every 4 weeks at another hospital.", "cisplatin", "||")]
    [InlineData("Oral capecitabine 1000 mg/m2 twice daily was started; the regimen was given intravenously every 3 weeks.", "capecitabine", "oral|0.5day|")]
    public void AClauseAboutOtherCareOrADrugThatStatesItsOwnScheduleKeepsItsOwn(string text, string name, string expected) =>
        Assert.Equal(expected, Schedule(text, name));
}
