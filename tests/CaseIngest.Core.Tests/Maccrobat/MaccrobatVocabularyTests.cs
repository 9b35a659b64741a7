namespace CaseIngest.Core.Tests.Maccrobat;

public sealed class MaccrobatVocabularyTests
{
    [Theory]
    [InlineData("Ki-67 labelling index", true)]
    [InlineData("CD117", true)]
    [InlineData("CD1a", true)]
    [InlineData("chromogranin A", true)]
    [InlineData("BRAF V600E testing", true)]
    [InlineData("serum CA 19-9", true)]
    [InlineData("MRI", false)]
    [InlineData("BAL fluid", false)]
    [InlineData("C-reactive protein", false)]
    [InlineData("physical examination", false)]
    public void ATestNamesAMarkerByHgncOrAsASerumTumourMarker(string procedure, bool names) =>
        Assert.Equal(names, MaccrobatVocabulary.Default.NamesMarker(procedure));

    [Theory]
    [InlineData("uterine leiomyosarcomas", true)]
    [InlineData("metastatic gastric cancer", true)]
    [InlineData("diffuse large B-cell lymphoma", true)]
    [InlineData("Wilms tumour", true)]
    [InlineData("subdural hematoma", false)]
    [InlineData("granuloma", false)]
    [InlineData("type 2 diabetes mellitus", false)]
    public void ADisorderIsANeoplasmByItsHeadNoun(string disorder, bool neoplasm) =>
        Assert.Equal(neoplasm, MaccrobatVocabulary.Default.NamesNeoplasm(disorder));

    [Theory]
    [InlineData("carboplatin", true)]
    [InlineData("Keytruda", true)]
    [InlineData("chemotherapy", false)]
    [InlineData("antibiotics", false)]
    public void AMedicationNamesAnAgentOrOnlyAClass(string medication, bool names) =>
        Assert.Equal(names, MaccrobatVocabulary.Default.NamesAgent(medication));
}
