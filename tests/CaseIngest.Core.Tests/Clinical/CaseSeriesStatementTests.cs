using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Statements about a whole series ("both patients received", "these patients were treated with") give their
/// treatment to every patient, and a sex-specific cancer states the sex the text does not write.
/// </summary>
public sealed class CaseSeriesStatementTests
{
    private const string Series = """
        Case 1

        A 58-year-old with recurrent melanoma had progressed on ipilimumab.

        Case 2

        A 63-year-old with recurrent melanoma had progressed on dacarbazine. {0}
        """;

    [Theory]
    [InlineData("Both patients then received nivolumab every two weeks.", "nivolumab")]
    [InlineData("These patients were treated with pembrolizumab and palliative radiotherapy to the neck.", "pembrolizumab")]
    [InlineData("The two patients were given temozolomide.", "temozolomide")]
    public void ATreatmentStatedForTheSeriesGoesToEveryPatient(string sentence, string drug)
    {
        var record = Engines.Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Series, sentence));
        Assert.Equal(["P1", "P2"], record.Patients.Select(p => p.Id));
        Assert.Equal(["P1", "P2"], record.Drugs.Where(d => d.Name == drug).Select(d => d.Patient).Order());
    }

    [Fact]
    public void RadiotherapyStatedForTheSeriesGoesToEveryPatient()
    {
        var record = Engines.Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Series, "Both patients received palliative radiotherapy to the neck."));
        Assert.Equal(["P1", "P2"], record.Radiotherapy.Select(r => r.Patient).Distinct().Order());
    }

    [Fact]
    public void ATreatmentOfOnePatientStaysHers()
    {
        var record = Engines.Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Series, "The second patient then received nivolumab."));
        Assert.Equal(["P2"], record.Drugs.Where(d => d.Name == "nivolumab").Select(d => d.Patient));
    }

    [Theory]
    [InlineData("A 45-year-old patient presented with cervical squamous cell carcinoma.", "female")]
    [InlineData("A 71-year-old patient was diagnosed with prostate adenocarcinoma.", "male")]
    [InlineData("A 52-year-old patient presented with high-grade serous ovarian cancer.", "female")]
    public void ASexSpecificCancerStatesTheSex(string text, string sex) =>
        Assert.Equal(sex, Assert.Single(Engines.Extract(text).Patients).Sex);

    [Fact]
    public void ACancerOfEitherSexStatesNone() =>
        Assert.Null(Assert.Single(Engines.Extract("A 60-year-old patient presented with breast cancer.").Patients).Sex);
}
