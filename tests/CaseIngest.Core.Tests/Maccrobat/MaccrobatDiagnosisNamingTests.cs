namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// A diagnosis fact has one evidence span, its first mention, so a gold item worded otherwise elsewhere in the report is
/// found when the fact's name states every telling word of the item: the same diagnosis or a narrower one, never a looser one.
/// </summary>
public sealed class MaccrobatDiagnosisNamingTests
{
    // "Gastric biopsy revealed adenocarcinoma. The final diagnosis was gastric adenocarcinoma. A second tumor was seen.
    // It was a primary malignant lymphoma. The gastric cancer was resected."
    private static readonly BratDocument Document = BratDocument.Parse(
    [
        "T1\tDisease_disorder 24 38\tadenocarcinoma",
        "E1\tDisease_disorder:T1 ",
        "T2\tDisease_disorder 64 86\tgastric adenocarcinoma",
        "E2\tDisease_disorder:T2 ",
        "T3\tDisease_disorder 97 102\ttumor",
        "E3\tDisease_disorder:T3 ",
        "T4\tDisease_disorder 122 148\tprimary malignant lymphoma",
        "E4\tDisease_disorder:T4 ",
        "T5\tDisease_disorder 154 168\tgastric cancer",
        "E5\tDisease_disorder:T5 ",
    ]);

    private static List<string> Found(int start, int end, string name, string patient = "P1")
    {
        var fact = new EngineItem(MaccrobatCategory.Diagnoses, start, end, [name], name, patient);
        return [.. MaccrobatGold.Map(Document, MaccrobatVocabulary.Default)[MaccrobatCategory.Diagnoses]
            .Where(g => MaccrobatJudge.Matches(fact, g)).Select(g => g.Anchors[0].Text)];
    }

    [Fact]
    public void ANarrowerNameFindsTheBareHistologyWrittenElsewhere() =>
        Assert.Equal(["adenocarcinoma", "gastric adenocarcinoma", "gastric cancer"], Found(64, 86, "gastric adenocarcinoma"));

    [Fact]
    public void ABareHistologyDoesNotFindTheSitedDiagnosis() =>
        Assert.Equal(["adenocarcinoma"], Found(24, 38, "adenocarcinoma"));

    [Fact]
    public void PrimaryAndMalignantAreNotTellingWordsOfALymphoma() =>
        Assert.Equal(["primary malignant lymphoma"], Found(0, 5, "diffuse large b-cell lymphoma"));

    [Fact]
    public void AGenericHeadAloneIsFoundOnlyWhereTheFactIs() =>
        Assert.Empty(Found(0, 5, "neuroendocrine tumor"));

    [Fact]
    public void CancerIsStatedOnlyByAMalignantHead() =>
        Assert.Empty(Found(0, 5, "gastric adenoma"));

    [Fact]
    public void AnotherPatientsFactFindsNothingByName() =>
        Assert.Empty(Found(0, 5, "gastric adenocarcinoma", "P2"));
}
