using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A marker stated of a class of tumours ("synovial sarcoma is usually positive for TLE1") or of a relative's or another
/// reported patient's tumour is no result of this patient; the patient's own result keeps its marker wherever it is told.
/// </summary>
public sealed class MarkerOtherScopeTests
{
    [Theory]
    [InlineData("Synovial sarcoma is usually positive for TLE1 and negative for CD34.", "TLE1")]
    [InlineData("Synovial sarcoma is usually positive for TLE1 and negative for CD34.", "CD34")]
    [InlineData("Most gastrointestinal stromal tumours express KIT and DOG1.", "DOG1")]
    [InlineData("These tumours typically stain for S100 and SOX10.", "SOX10")]
    [InlineData("Merkel cell carcinomas are often positive for CK20 in a dot-like pattern.", "CK20")]
    [InlineData("Solitary fibrous tumours show nuclear STAT6 expression in up to 95% of cases.", "STAT6")]
    [InlineData("Desmoplastic small round cell tumours generally express desmin and WT1.", "WT1")]
    [InlineData("Clear cell renal cell carcinoma is commonly positive for PAX8.", "PAX8")]
    [InlineData("Ewing sarcomas characteristically show strong membranous CD99 staining.", "CD99")]
    [InlineData("Case presentation\nA 34-year-old woman presented with a thigh mass.\n\nDiscussion\nIn our case the diagnosis was difficult, as synovial sarcoma is usually positive for TLE1.", "TLE1")]
    public void AStatementAboutAClassOfTumoursGivesThePatientNoMarker(string text, string name)
    {
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);
    }

    [Theory]
    [InlineData("Her sister's tumour had been positive for CD34.", "CD34")]
    [InlineData("His mother's breast cancer was HER2 negative.", "HER2")]
    [InlineData("Her father had a colon cancer with loss of MLH1 staining.", "MLH1")]
    [InlineData("In the previously reported case, the tumour was negative for desmin.", "desmin")]
    [InlineData("In the case reported by Tanaka and colleagues, the lesion was positive for SOX10.", "SOX10")]
    public void ARelativesOrAnotherPatientsResultIsNotThePatients(string text, string name)
    {
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);
    }

    [Theory]
    [InlineData("Case presentation\nA 34-year-old woman presented with a thigh mass.\n\nDiscussion\nIn our case, the tumour was positive for TLE1.", "TLE1", "positive")]
    [InlineData("Most tumour cells were positive for CD117.", "CD117", "positive")]
    [InlineData("Most tumour cells are positive for CD117 and DOG1.", "DOG1", "positive")]
    [InlineData("In the biopsy, the neoplastic nuclei are often positive for TTF-1.", "TTF-1", "positive")]
    [InlineData("The tumour was positive for TLE1, which is usually expressed in synovial sarcoma.", "TLE1", "positive")]
    [InlineData("Her sister accompanied her; the tumour was positive for CD34.", "CD34", "positive")]
    public void ThePatientsOwnResultKeepsItsMarker(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
