using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event told as the flare of a disease the patient already had ("an exacerbation of arthritis", "her psoriasis
/// flared") is the course of that disease, not a new adverse event of the treatment given before it; a grade or a tie
/// word of its own ("immune-related arthritis with flares") keeps it the treatment's.
/// </summary>
public sealed class AdverseEventPreExistingFlareTests
{
    [Theory]
    [InlineData("A 60-year-old woman with rheumatoid arthritis was treated with leflunomide. Two years later she was admitted with an arthritis flare-up affecting both wrists.",
        "arthritis")]
    [InlineData("A 66-year-old man with ulcerative colitis received nivolumab for melanoma. Two months later he had a flare of colitis, and his mesalamine dose was increased.",
        "colitis")]
    [InlineData("A 57-year-old woman with psoriasis was treated with pembrolizumab for lung cancer. After the third dose her psoriasis flared on both elbows.",
        "psoriasis")]
    [InlineData("A 62-year-old man with gout received capecitabine for colon cancer. During the second cycle he had an exacerbation of arthritis in the left knee.",
        "arthritis")]
    public void AFlareOfADiseaseThePatientHadIsNoAdverseEvent(string text, string term) =>
        Assert.DoesNotContain(term, Engines.Extract(text).AdverseEvents.Select(e => e.Term));

    [Theory]
    [InlineData("A 63-year-old man with lung cancer received pembrolizumab and developed immune-related arthritis with flares in both knees.",
        "arthritis")]
    [InlineData("A 61-year-old woman with melanoma was treated with nivolumab. After four doses she developed grade 2 arthritis, which flared again when the prednisone was tapered.",
        "arthritis")]
    public void AFlareWithAGradeOrATieWordStaysAnAdverseEvent(string text, string term) =>
        Assert.Contains(term, Engines.Extract(text).AdverseEvents.Select(e => e.Term));
}
