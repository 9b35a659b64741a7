using CaseIngest.Core.Formats;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>
/// The case section is headed in many ways: a case noun with a word for its telling ("Case illustration", "Cases
/// presentation"), "Our case", or a joined heading whose last part names it ("Results—Case Presentation"). Text under
/// such a heading is the case's, not the introduction's before it.
/// </summary>
public sealed class CaseHeadingFamilyTests
{
    [Theory]
    [InlineData("Case illustration")]
    [InlineData("Case Demonstration")]
    [InlineData("Cases presentation")]
    [InlineData("Case presentations")]
    [InlineData("Detailed case description")]
    [InlineData("Case details")]
    [InlineData("Case narrative")]
    [InlineData("Our case")]
    [InlineData("The present case")]
    [InlineData("2. Results—Case Presentation")]
    [InlineData("Results – Case report")]
    public void ACaseHeadingOfTheFamilyOpensTheCase(string heading)
    {
        Assert.Equal(SectionKind.Case, Sectioner.KindOfHeading(heading));
    }

    [Theory]
    [InlineData("A rare case of desmoid tumour")]
    [InlineData("Two cases of tailgut cyst")]
    [InlineData("Case selection")]
    [InlineData("The case for surgery")]
    [InlineData("Rare tumours—an overview")]
    [InlineData("Case report on a very rare form of desmoid tumour arising in the abdominal wall")]
    public void AHeadingOrTitleThatOnlyNamesACaseIsNoCaseSection(string line)
    {
        Assert.NotEqual(SectionKind.Case, Sectioner.KindOfHeading(line));
    }

    [Fact]
    public void AFirstLineOfManyWordsOpeningWithCaseReportIsTheTitle()
    {
        var record = Engines.Extract("""
            Case report on a very rare form of desmoid tumour arising in the abdominal wall

            Introduction

            Desmoid tumours are rare.

            Case presentation

            A 15-year-old boy presented with a painless mass of the abdominal wall.
            """);

        Assert.Equal("Case report on a very rare form of desmoid tumour arising in the abdominal wall", record.Article.Title);
    }

    [Theory]
    [InlineData("Case illustration")]
    [InlineData("Our case")]
    [InlineData("2. Results—Case Presentation")]
    public void ThePatientUnderTheHeadingIsTheCase(string heading)
    {
        var record = Engines.Extract($"""
            Desmoid tumour of the abdominal wall

            1. Introduction

            Desmoid tumours are rare and occur at ages between 10 and 60 years.

            {heading}

            A 15-year-old boy, previously well, came to the clinic with a painless mass of the abdominal wall.
            """);

        var patient = Assert.Single(record.Patients);
        Assert.Equal(15, patient.AgeYears);
        Assert.Equal("male", patient.Sex);
    }
}
