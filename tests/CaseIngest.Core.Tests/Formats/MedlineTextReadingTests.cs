using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>
/// MEDLINE tagged text read field by field: continuation lines joined to the field before them by one space, line
/// endings of either kind, records parted at each PMID, and the first record's fields as the article's.
/// </summary>
public sealed class MedlineTextReadingTests
{
    private const string Record = "PMID- 30111222\n"
        + "OWN - NLM\n"
        + "TI  - Complete response of a metastatic melanoma to nivolumab after\n"
        + "      progression on ipilimumab.\n"
        + "AB  - BACKGROUND: Checkpoint inhibitors changed the course of melanoma.   \n"
        + "      CASE PRESENTATION: A 47-year-old man with BRAF wild-type melanoma received\n"
        + "      nivolumab 3 mg/kg every two weeks.\n"
        + "      CONCLUSIONS: A late response is possible.\n"
        + "FAU - Lindqvist, Maria Elena\n"
        + "AU  - Lindqvist ME\n"
        + "FAU - Haddad, Karim\n"
        + "AU  - Haddad K\n"
        + "CN  - Nordic Melanoma\n"
        + "      Group\n"
        + "LA  - eng\n"
        + "PT  - Case Reports\n"
        + "PT  - Journal Article\n"
        + "DP  - 2018 Aug 14\n"
        + "JT  - Journal of skin cancer\n"
        + "TA  - J Skin Cancer\n"
        + "OT  - melanoma\n"
        + "OT  - \n"
        + "OT  - nivolumab\n"
        + "LID - 10.1000/jsc.2018.0042 [doi]\n"
        + "PMC - PMC6100001\n";

    private const string SecondRecord = "PMID- 29000333\n"
        + "TI  - Pembrolizumab pneumonitis.\n"
        + "AB  - A woman of 66 developed pneumonitis after the fourth dose of pembrolizumab.\n"
        + "AU  - Ito H\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void ContinuationLinesAreJoinedToTheirFieldByOneSpace(string newline)
    {
        var document = Parsed.Document(Record.Replace("\n", newline, StringComparison.Ordinal), "record.txt");

        Assert.Equal("medline-text", document.Format);
        Assert.Equal("Complete response of a metastatic melanoma to nivolumab after progression on ipilimumab.", document.Article.Title);
        Assert.Contains("A 47-year-old man with BRAF wild-type melanoma received nivolumab 3 mg/kg every two weeks.", document.Text, StringComparison.Ordinal);
        Assert.Equal(["Maria Elena Lindqvist", "Karim Haddad", "Nordic Melanoma Group"], document.Article.Authors);
        Assert.Equal(["melanoma", "nivolumab"], document.Article.Keywords);
        Assert.Equal(["Case Reports", "Journal Article"], document.Article.PublicationTypes);
        Assert.Equal("Journal of skin cancer", document.Article.Journal);
        Assert.Equal(2018, document.Article.Year);
        Assert.Equal("30111222", document.Article.Pmid);
        Assert.Equal("PMC6100001", document.Article.Pmcid);
        Assert.Equal("10.1000/jsc.2018.0042", document.Article.Doi);
    }

    [Fact]
    public void AbstractLabelsAcrossContinuationLinesBecomeSections()
    {
        var document = Parsed.Document(Record, "labels.txt");

        Assert.Equal(SectionKind.Case, Parsed.KindAt(document, "A 47-year-old man with BRAF wild-type melanoma"));
        Assert.Equal(SectionKind.Abstract, Parsed.KindAt(document, "A late response is possible."));
    }

    [Fact]
    public void EachPmidStartsARecordAndTheFirstRecordGivesTheArticle()
    {
        var document = Parsed.Document(Record + "\n" + SecondRecord + "\n\n", "two.txt");

        Assert.Equal("30111222", document.Article.Pmid);
        Assert.Equal(2, document.Sections.Count(s => s.Kind == SectionKind.Title));
        Assert.Contains("A woman of 66 developed pneumonitis after the fourth dose of pembrolizumab.", document.Text, StringComparison.Ordinal);
        Assert.True(document.Text.IndexOf("nivolumab", StringComparison.Ordinal) < document.Text.IndexOf("Pembrolizumab pneumonitis", StringComparison.Ordinal));
    }
}
