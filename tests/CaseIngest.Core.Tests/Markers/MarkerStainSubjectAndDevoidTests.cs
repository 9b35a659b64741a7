using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A noun of reactivity that opens the sentence ("Immunoreactivity for ER and PR was absent") leaves the verdict told
/// after the list to every item; "devoid of" denies the stains after it; "positivity with" and "immunolabelled with"
/// name stains found.
/// </summary>
public sealed class MarkerStainSubjectAndDevoidTests
{
    [Theory]
    [InlineData("Immunoreactivity for oestrogen receptor and progesterone receptor was absent.", "ER", "negative")]
    [InlineData("Immunoreactivity for CK5/6, p40 and p63 was negative in all blocks.", "CK5/6", "negative")]
    [InlineData("Immunoreactivity for CK5/6, p40 and p63 was negative in all blocks.", "p40", "negative")]
    [InlineData("Reactivity for desmin and h-caldesmon was not seen.", "desmin", "negative")]
    [InlineData("Immunopositivity for CD3 and CD5 was lacking in the infiltrate.", "CD3", "negative")]
    [InlineData("Immunoreactivity for CD31, CD34 and ERG was strong and diffuse.", "CD31", "positive")]
    public void TheVerdictAfterAListThatAReactivityNounOpensIsEveryItems(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The stroma was devoid of CD34 and STAT6 staining.", "CD34", "negative")]
    [InlineData("The stroma was devoid of CD34 and STAT6 staining.", "STAT6", "negative")]
    [InlineData("The tumour cells were devoid of staining for GATA3.", "GATA3", "negative")]
    [InlineData("The spindle cells were devoid of SOX10 immunoreactivity.", "SOX10", "negative")]
    public void DevoidOfDeniesTheStainsAfterIt(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The glands showed strong nuclear positivity with CDX2 and cytoplasmic positivity with CK20.", "CDX2", "positive")]
    [InlineData("The glands showed strong nuclear positivity with CDX2 and cytoplasmic positivity with CK20.", "CK20", "positive")]
    [InlineData("The rhabdomyoblasts were immunolabelled with myogenin and desmin.", "myogenin", "positive")]
    [InlineData("The rhabdomyoblasts were immunolabeled with myogenin and desmin.", "desmin", "positive")]
    public void PositivityWithNamesAStainFound(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Staining for CD34 was positive, whereas immunoreactivity for S100 was absent.", "CD34", "positive")]
    [InlineData("The tumour showed immunoreactivity for CK7 and CK19, and TTF-1 was negative.", "CK7", "positive")]
    [InlineData("The tumour showed immunoreactivity for CK7 and CK19, and TTF-1 was negative.", "TTF-1", "negative")]
    [InlineData("The specimen was not devoid of tumour, and CK7 was positive.", "CK7", "positive")]
    public void NearMissesKeepTheirReading(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
