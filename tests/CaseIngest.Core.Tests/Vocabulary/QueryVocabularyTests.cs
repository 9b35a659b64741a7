using CaseIngest.Core.Vocabulary;

namespace CaseIngest.Core.Tests.Vocabulary;

/// <summary>Query values read through the extraction vocabularies.</summary>
public sealed class QueryVocabularyTests
{
    private static readonly QueryVocabulary Vocabulary = QueryVocabulary.Default;

    [Theory]
    [InlineData("keytruda", "pembrolizumab", "brand")]
    [InlineData("Keytruda", "pembrolizumab", "brand")]
    [InlineData("MK-3475", "pembrolizumab", "brand")]
    [InlineData("Pembrolizumab", "pembrolizumab", "name")]
    [InlineData("zz-unknown-mab", "zz-unknown-mab", "literal")]
    public void DrugsAreReadAsTheirGenericName(string value, string expected, string via)
    {
        var interpretation = Vocabulary.Drug(value);

        Assert.Equal(expected, interpretation.As);
        Assert.Equal(via, interpretation.Via);
        Assert.Equal(value, interpretation.Value);
    }

    [Theory]
    [InlineData("PR", "partial-response")]
    [InlineData("pr", "partial-response")]
    [InlineData("partial response", "partial-response")]
    [InlineData("Partial-Response", "partial-response")]
    [InlineData("CR", "complete-response")]
    [InlineData("complete remission", "remission")]
    [InlineData("stable disease", "stable-disease")]
    [InlineData("PFS", "progression-free-survival")]
    [InlineData("NED", "no-evidence-of-disease")]
    public void OutcomesAreReadAsTheirKind(string value, string expected) =>
        Assert.Equal(expected, Vocabulary.Outcome(value).As);

    [Fact]
    public void AnUnknownOutcomeIsTakenLiterally()
    {
        var interpretation = Vocabulary.Outcome("Miracle");

        Assert.Equal("miracle", interpretation.As);
        Assert.Equal(Interpretation.Literal, interpretation.Via);
    }

    [Theory]
    [InlineData("PD-L1 TPS", "PD-L1")]
    [InlineData("CD274", "PD-L1")]
    [InlineData("pdl1", "PD-L1")]
    [InlineData("B7-H1", "PD-L1")]
    [InlineData("PD-L1", "PD-L1")]
    public void MarkersAreReadAsTheirLexiconName(string value, string expected) =>
        Assert.Equal(expected, Vocabulary.Marker(value).As);

    [Fact]
    public void AnHgncAliasTheMarkerLexiconLacksGivesTheApprovedSymbol()
    {
        // PDCD1LG1 is an HGNC previous symbol of CD274, not a marker-lexicon alias.
        var interpretation = Vocabulary.Marker("PDCD1LG1");

        Assert.Equal("PD-L1", interpretation.As);
        Assert.Equal("hgnc", interpretation.Via);
    }

    [Fact]
    public void UpsIsUndifferentiatedPleomorphicSarcomaWithItsOncoTreeNode()
    {
        var interpretation = Vocabulary.Diagnosis("UPS");

        Assert.Equal("undifferentiated pleomorphic sarcoma", interpretation.As);
        Assert.Equal(["MFH"], interpretation.OncoTree);
    }

    [Fact]
    public void SarcomaReachesSarcomasOfBoneUterusAndSoftTissue()
    {
        var interpretation = Vocabulary.Diagnosis("sarcoma");

        Assert.Equal("histology", interpretation.Via);
        foreach (var code in new[] { "OS", "ES", "CHS", "ESS", "ULMS", "MFH", "LIPO", "DDLS" })
        {
            Assert.True(Reaches(interpretation, code), code);
        }

        foreach (var code in new[] { "LUAD", "IDC", "GCTB", "MEL" })
        {
            Assert.False(Reaches(interpretation, code), code);
        }

        Assert.Contains("Bone", interpretation.Tissues!);
        Assert.Contains("Uterus", interpretation.Tissues!);
        Assert.Contains("Soft Tissue", interpretation.Tissues!);
        Assert.Contains("kaposi sarcoma", interpretation.Names!);
    }

    [Theory]
    [InlineData("carcinoma", "LUAD,LUSC,IDC,HCC,CCRCC", "OS,MEL,DLBCLNOS,ES")]
    [InlineData("lymphoma", "DLBCLNOS,CHL,CLLSLL", "AML,IDC,MEL")]
    [InlineData("melanoma", "SKCM,UM,MEL", "DFSP,IDC,OS")]
    [InlineData("Osteosarcoma", "OS,PAOS", "ES,CHS,LIPO")]
    public void AHistologyWordReachesItsSubtypesInEveryTissueAndNothingElse(string word, string reached, string missed)
    {
        var interpretation = Vocabulary.Diagnosis(word);

        Assert.Equal("histology", interpretation.Via);
        Assert.All(reached.Split(','), code => Assert.True(Reaches(interpretation, code), code));
        Assert.All(missed.Split(','), code => Assert.False(Reaches(interpretation, code), code));
    }

    [Fact]
    public void CarcinomaNamesTheCarcinomasWhoseNodeIsCalledCancer()
    {
        var interpretation = Vocabulary.Diagnosis("carcinoma");

        Assert.Contains("papillary thyroid carcinoma", interpretation.Names!);
        Assert.DoesNotContain(interpretation.Names!, n => n.EndsWith("sarcoma", StringComparison.Ordinal));
        Assert.Contains("Thyroid", Vocabulary.Diagnosis("carcinoma").Tissues ?? []);
    }

    [Theory]
    [InlineData("other")]
    [InlineData("cell")]
    [InlineData("soft tissue sarcoma")]
    public void WordsThatNameNoDiagnosisAndPhrasesAreNotHistologyWords(string value) =>
        Assert.NotEqual("histology", Vocabulary.Diagnosis(value).Via);

    [Fact]
    public void LineageRunsFromTheNodeUpToItsTissue()
    {
        var lineage = Vocabulary.OncoTreeLineage("DDLS");

        Assert.Equal(["DDLS", "LIPO", "SOFT_TISSUE"], lineage);
    }

    [Theory]
    [InlineData("pneumonitis", "pneumonitis")]
    [InlineData("Pneumonitis", "pneumonitis")]
    public void AdverseEventsAreReadAsTheirTerm(string value, string expected) =>
        Assert.Equal(expected, Vocabulary.AdverseEvent(value).As);

    private static bool Reaches(Interpretation interpretation, string code) =>
        Vocabulary.OncoTreeLineage(code).Any(c => interpretation.OncoTree?.Contains(c) == true);
}
