using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>
/// The background part of a copied page's structured abstract speaks of the field: a treatment it names in general
/// is no patient's, and a course the case part states for the whole series is every patient's.
/// </summary>
public sealed class PubMedTextAbstractPartTests
{
    private static readonly string SeriesPage = PubMedTextTests.Page
        .Replace(
            "Background: Undifferentiated pleomorphic sarcoma responds poorly to chemotherapy.",
            "Background: Although radiotherapy and chemotherapy have improved, women with nodal metastases of cervical cancer still do poorly.",
            StringComparison.Ordinal)
        .Replace(
            "Case presentation: A 57-year-old man received pembrolizumab 200 mg every 3 weeks for 109 cycles with complete response.",
            "Case presentation: We describe two women with recurrent cervical cancer and bulky neck nodes. These patients were treated with local radiotherapy and pembrolizumab after chemoradiotherapy had failed. Patient 1 remained free of progression for 11 months, and patient 2 stayed in remission for 20 months.",
            StringComparison.Ordinal);

    [Fact]
    public void ATreatmentTheBackgroundNamesInGeneralIsNoPatientsCourse()
    {
        var record = Engines.Extract(SeriesPage, "page.txt");

        Assert.DoesNotContain(record.Radiotherapy, r => r.Evidence.Section == "Background");
    }

    [Fact]
    public void ACourseTheCasePartStatesForTheSeriesIsEveryPatients()
    {
        var record = Engines.Extract(SeriesPage, "page.txt");

        Assert.Equal(2, record.Patients.Count);
        Assert.All(record.Patients, p => Assert.Contains(record.Radiotherapy, r => r.Patient == p.Id && r.Status == "given"));
    }
}
