namespace CaseIngest.Core.Tests.Formats;

/// <summary>The keyword line of a journal page or a PDF's first page, in bold or plain, split on semicolons or commas.</summary>
public sealed class HeaderKeywordTests
{
    [Fact]
    public void ABoldKeywordLineOfAPdfGivesItsKeywords()
    {
        var document = Parsed.Document("""
            # Nivolumab Colitis in Mucosal Melanoma

            Ana R. Duarte

            **Keywords:** Melanoma; Nivolumab; Colitis

            ## Introduction

            A 71-year-old woman presented with diarrhoea after her fourth dose of nivolumab.
            """, "report.md");

        Assert.Equal(["Melanoma", "Nivolumab", "Colitis"], document.Article.Keywords);
    }

    [Fact]
    public void APlainKeyWordsLineSplitsOnCommas()
    {
        var document = Parsed.Document("""
            Nivolumab colitis in mucosal melanoma

            Key words: melanoma, immune checkpoint inhibitor, colitis.

            A 71-year-old woman presented with diarrhoea after her fourth dose of nivolumab.
            """);

        Assert.Equal(["melanoma", "immune checkpoint inhibitor", "colitis"], document.Article.Keywords);
    }

    [Fact]
    public void AKeywordWordInTheBodyIsNoKeywordLine()
    {
        var document = Parsed.Document("""
            Nivolumab colitis

            A 71-year-old woman presented with diarrhoea. The keywords of her history were travel and antibiotics.
            """);

        Assert.Empty(document.Article.Keywords);
    }
}
