using CaseIngest.Core.Formats;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>
/// A structured abstract written without an "Abstract" heading: its parts ("Background", "Case presentation",
/// "Conclusions") come first and the body opens with the same first heading again. The first run is the abstract;
/// only the body's case section is the case.
/// </summary>
public sealed class StructuredAbstractRunTests
{
    [Theory]
    [InlineData("Background", "Case presentation", "Conclusions", "Discussion")]
    [InlineData("Introduction", "Case", "Conclusion", "Discussion")]
    [InlineData("Background", "Case demonstration", "Conclusions", "Discussion and literature review")]
    public void TheFirstRunOfARepeatedOpeningIsTheAbstract(string opening, string casePart, string closing, string discussion)
    {
        var text = $"""
            Uterine sarcoma metastatic to the breast: a case report

            {opening}

            Breast metastases of uterine sarcomas are rare.

            {casePart}

            A woman had a breast metastasis removed and then received radiotherapy.

            {closing}

            Such metastases should be considered.

            {opening}

            Uterine sarcomas are rare tumours of the endometrial stroma, and they seldom spread to the breast, so that a breast metastasis is easily taken for a primary tumour of the breast.

            {casePart}

            A 41-year-old woman was admitted with a pelvic mass and vaginal bleeding. A hysterectomy was performed, and histology showed a low-grade endometrial stromal sarcoma. Three years later a breast mass was excised.

            {discussion}

            Metastases to the breast from outside it are rare and account for a small share of breast malignancies; most come from melanoma, lymphoma and lung cancer.
            """;

        var sections = Sectioner.Split(text);
        var cases = sections.Where(s => s.Kind == SectionKind.Case).ToList();

        var only = Assert.Single(cases);
        Assert.Contains("41-year-old", text[only.Start..only.End], StringComparison.Ordinal);
        Assert.Equal(SectionKind.Abstract, sections.Single(s => text[s.Start..s.End].Contains("received radiotherapy", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void AnAgeInASentenceOnTheDiseaseInTheAbstractsIntroductionIsNotThePatients()
    {
        var record = Engines.Extract("""
            Langerhans cell histiocytosis of the colon: a case report

            Introduction:

            Langerhans cell histiocytosis is a rare disorder of Langerhans cells, mainly affecting children under 3 years old. Involvement of the colon is uncommon.

            Case Presentation:

            We report a 17-year-old girl with a history of the disorder who presented with bloody stools.

            Conclusion:

            Colonic involvement should be considered.

            Introduction

            Langerhans cell histiocytosis has an incidence of a few cases per million and mainly affects children under 3 years old, though it occurs at any age.

            Case presentation

            A 17-year-old girl with a history of Langerhans cell histiocytosis presented to the emergency department with bloody stools for two months.
            """);

        Assert.Equal(17, Assert.Single(record.Patients).AgeYears);
    }

    [Fact]
    public void AHeadingThatComesAgainOnlyLaterInADiscussionMakesNoAbstract()
    {
        const string text = """
            Uterine sarcoma metastatic to the breast: a case report

            Introduction

            Uterine sarcomas are rare.

            Case presentation

            A 41-year-old woman was admitted with a pelvic mass and vaginal bleeding, and a hysterectomy was performed.

            Discussion

            Metastases to the breast are rare.

            References

            1. A reference.

            Introduction

            A supplement follows.
            """;

        var sections = Sectioner.Split(text);

        Assert.Contains(sections, s => s.Kind == SectionKind.Case && text[s.Start..s.End].Contains("41-year-old", StringComparison.Ordinal));
        Assert.Contains(sections, s => s.Kind == SectionKind.Introduction);
    }
}
