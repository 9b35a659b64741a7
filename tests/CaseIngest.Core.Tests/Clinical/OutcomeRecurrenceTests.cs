namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Recurrence as reports deny it ("no recurrence at 2 years", "without any relapse"), which states the patient free of
/// disease, and as they name the returning tumour ("a recurrent mass"); hypothetical and other recurrences stay out.
/// </summary>
public sealed class OutcomeRecurrenceTests
{
    [Theory]
    [InlineData("At the 3-year follow-up she remains well without any recurrence of the sarcoma.")]
    [InlineData("There has been no recurrence of the tumour during 18 months of follow-up.")]
    [InlineData("No local recurrence or distant metastasis was detected on the last scan.")]
    [InlineData("Tumour recurrence was not observed during follow-up.")]
    [InlineData("The lymphoma has not relapsed since the transplant.")]
    [InlineData("A CT scan of the chest a year after the lobectomy did not show any recurrence of the tumour.")]
    public void ADeniedRecurrenceIsNoEvidenceOfDisease(string text) =>
        Assert.Equal("no-evidence-of-disease", Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("The postoperative course was uneventful, and she has had no recurrence up to 30 months after the operation.")]
    [InlineData("A CT scan 18 months after surgery did not show any recurrence.")]
    [InlineData("Steroids were tapered over a month, without any recurrence over the following 3 years.")]
    public void ADeniedRecurrenceTimedInTheFollowUpIsNoEvidenceOfDisease(string text) =>
        Assert.Equal("no-evidence-of-disease", Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Fact]
    public void RecurrencesInThePluralAreARecurrence() =>
        Assert.Equal("recurrence", Assert.Single(ClinicalRun.Run("After 4 months, multiple recurrences in the para-aortic lymph nodes were detected.").Outcomes).Kind);

    [Fact]
    public void ADeniedRecurrenceKeepsItsFollowUpTime()
    {
        var outcome = Assert.Single(ClinicalRun.Run("There was no tumour recurrence 24 months after surgery.").Outcomes);
        Assert.Equal(("no-evidence-of-disease", 24.0, "month"), (outcome.Kind, outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("Two years later a recurrent mass was found in the pancreatic bed.")]
    [InlineData("MRI showed recurrent tumour at the resection margin.")]
    [InlineData("Biopsy of the recurrent lesions confirmed adenocarcinoma.")]
    public void ATumourNamedRecurrentIsARecurrence(string text) =>
        Assert.Equal("recurrence", Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("She had recurrent urinary tract infections.")]
    [InlineData("He reported recurrent episodes of chest pain.")]
    [InlineData("Adjuvant chemotherapy was given to prevent recurrence.")]
    [InlineData("Recurrence could not be excluded on the scan.")]
    [InlineData("There was no recurrence of her abdominal pain.")]
    [InlineData("The tumour remains under control with no infection recurrence since discharge.")]
    [InlineData("The lung metastases remain stable and no local re-recurrence in the leg has been found.")]
    [InlineData("The patient had recurrent tumour-related bleeding from the tongue.")]
    [InlineData("She did well without any signs of recurrence until a lymph node was found in her axilla.")]
    [InlineData("There was no recurrence of her abdominal pain 6 months after discharge.")]
    [InlineData("She has had no recurrence of the headaches since the shunt was placed 2 years ago.")]
    public void OtherAndUnassertedRecurrencesAreLeftOut(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Outcomes);
}
