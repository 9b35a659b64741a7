using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>A PubMed article page copied as text: chrome is set apart, the article and its metadata are recovered.</summary>
public sealed class PubMedTextTests
{
    internal const string Page = """
        Skip to main page content
        An official website of the United States government
        Here's how you know
        The .gov means it’s official.
        Federal government websites often end in .gov or .mil. Before sharing sensitive information, make sure you’re on a federal government site.
        The site is secure.
        The https:// ensures that you are connecting to the official website and that any information you provide is encrypted and transmitted securely.
        NIH NLM Logo
        Log in
        Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation
        Search: Search
        Advanced Clipboard
        User Guide
        Save
        Email
        Send to
        Display options
        Full text links
        Free PMC article
        Full text links
        Actions
        Cite
        Collections
        Share
        Page navigation
        Title & authors
        Abstract
        Conflict of interest statement
        Figures
        Similar articles
        Cited by
        References
        Publication types
        MeSH terms
        Substances
        LinkOut - more resources
        Case Reports
        J Immunother Cancer. 2023 Mar 14;11(3):e006012. doi: 10.1136/jitc-2022-006012. Epub 2023 Feb 2.
        Durable complete response to pembrolizumab in undifferentiated pleomorphic sarcoma: a case report
        Daniel Y Reuben 1 2, Maria L Ortega 2, Tomasz Nowak 3
        Affiliations
        Expand
        Affiliations
        1 Department of Medical Oncology, Example University Hospital, Springfield, USA.
        2 Department of Radiation Oncology, Example University Hospital, Springfield, USA.
        3 Department of Pathology, Example Medical Center, Springfield, USA.
        PMID: 36791234 PMCID: PMC9934567 DOI: 10.1136/jitc-2022-006012
        Free PMC article
        Abstract
        Background: Undifferentiated pleomorphic sarcoma responds poorly to chemotherapy.
        Case presentation: A 57-year-old man received pembrolizumab 200 mg every 3 weeks for 109 cycles with complete response.
        Conclusions: Checkpoint blockade can control this tumour for years.
        Keywords: Immunotherapy; PD-L1; Sarcoma.
        PubMed Disclaimer
        Conflict of interest statement
        The authors declare no competing interests.
        Figures
        Figure 1 CT scans before and after treatment.
        Similar articles
        Nivolumab in sarcoma: a phase 2 trial.
        Smith J, et al. Lancet Oncol. 2020. PMID: 31234567 Free PMC article. Clinical Trial.
        See all similar articles
        Cited by
        Ipilimumab and radiotherapy in sarcoma.
        Doe J, et al. Cancer. 2024. PMID: 38111111
        References
        Tawbi HA, et al. Pembrolizumab in advanced soft-tissue sarcoma. Lancet Oncol. 2017;18:1493-1501.
        Publication types
        Case Reports
        MeSH terms
        Humans
        Male
        Substances
        pembrolizumab
        LinkOut - more resources
        Full Text Sources
        Europe PubMed Central
        Follow NCBI
        National Library of Medicine 8600 Rockville Pike Bethesda, MD 20894
        Web Policies FOIA HHS Vulnerability Disclosure
        Help Accessibility Careers
        """;

    [Fact]
    public void CopiedPageIsDetectedAsPubMedText()
    {
        Assert.Equal("pubmed-text", Parsed.Document(Page, "page.txt").Format);
    }

    [Fact]
    public void MetadataIsRecoveredFromTheCopiedPage()
    {
        var article = Parsed.Document(Page, "page.txt").Article;

        Assert.Equal("Durable complete response to pembrolizumab in undifferentiated pleomorphic sarcoma: a case report", article.Title);
        Assert.Equal("J Immunother Cancer", article.Journal);
        Assert.Equal(2023, article.Year);
        Assert.Equal("10.1136/jitc-2022-006012", article.Doi);
        Assert.Equal("36791234", article.Pmid);
        Assert.Equal("PMC9934567", article.Pmcid);
        Assert.Equal(["Daniel Y Reuben", "Maria L Ortega", "Tomasz Nowak"], article.Authors);
        Assert.Equal(["Immunotherapy", "PD-L1", "Sarcoma"], article.Keywords);
        Assert.Equal(["Case Reports"], article.PublicationTypes);
    }

    [Fact]
    public void AbstractSubTitlesBecomeSectionsAndTheCaseIsCase()
    {
        var document = Parsed.Document(Page, "page.txt");

        Assert.Equal(SectionKind.Introduction, Parsed.KindAt(document, "Undifferentiated pleomorphic sarcoma responds poorly"));
        Assert.Equal(SectionKind.Abstract, Parsed.KindAt(document, "Checkpoint blockade can control this tumour"));
        Assert.Equal(SectionKind.Case, Parsed.KindAt(document, "A 57-year-old man received pembrolizumab"));
        Assert.Equal(SectionKind.Title, Parsed.KindAt(document, "Durable complete response"));
    }

    [Theory]
    [InlineData("Skip to main page content", SectionKind.Chrome)]
    [InlineData("An official website of the United States government", SectionKind.Chrome)]
    [InlineData("Access keys NCBI Homepage", SectionKind.Chrome)]
    [InlineData("PubMed Disclaimer", SectionKind.Chrome)]
    [InlineData("Nivolumab in sarcoma: a phase 2 trial.", SectionKind.References)]
    [InlineData("Ipilimumab and radiotherapy in sarcoma.", SectionKind.References)]
    [InlineData("Tawbi HA, et al. Pembrolizumab in advanced", SectionKind.References)]
    [InlineData("The authors declare no competing interests.", SectionKind.BackMatter)]
    [InlineData("CT scans before and after treatment.", SectionKind.Caption)]
    [InlineData("1 Department of Medical Oncology", SectionKind.Metadata)]
    [InlineData("Humans", SectionKind.Metadata)]
    [InlineData("Europe PubMed Central", SectionKind.Chrome)]
    [InlineData("Web Policies FOIA", SectionKind.Chrome)]
    public void PageFurnitureAndOtherArticlesAreKeptOutOfTheCase(string phrase, SectionKind kind)
    {
        Assert.Equal(kind, Parsed.KindAt(Parsed.Document(Page, "page.txt"), phrase));
    }

    [Fact]
    public void ShortAuthorFormIsUsedWhenTheNamesLineIsMissing()
    {
        var page = """
            Skip to main page content
            An official website of the United States government
            Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation
            Cureus. 2024 Jan 5;16(1):e51234. doi: 10.7759/cureus.51234. eCollection 2024 Jan.
            A rare case of lung cancer
            Abstract
            A woman was treated with osimertinib.
            PubMed Disclaimer
            Similar articles
            Cite
            Reuben DY, et al. Cureus. 2024. PMID: 38234567
            """;

        var article = Parsed.Document(page, "page.txt").Article;

        Assert.Equal("Cureus", article.Journal);
        Assert.Equal(2024, article.Year);
        Assert.Equal("10.7759/cureus.51234", article.Doi);
        Assert.Equal(["Reuben DY"], article.Authors);
    }
}
