using CaseIngest.Core.Extraction.Radiotherapy;
using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Radiotherapy;

public sealed class RadiotherapyStepTests
{
    private static RadiotherapyFact Single(string text)
    {
        var record = Engines.Extract(text);
        var courses = record.Radiotherapy;
        Assert.True(courses.Count == 1, $"expected one course in '{text}', found {courses.Count}: {string.Join("; ", courses.Select(c => $"{c.Status} {c.TotalDoseGy}/{c.Fractions} {c.Technique} [{c.Evidence.Text}]"))}");
        var course = courses[0];
        Assert.Equal(course.Evidence.Text, text.Substring(course.Evidence.Start, course.Evidence.End - course.Evidence.Start));
        return course;
    }

    [Theory]
    [InlineData("She received radiotherapy of 50 Gy to the chest.", 50.0, null, null)]
    [InlineData("He received 3,900 cGy of radiation to the spine.", 39.0, null, null)]
    [InlineData("The tumour bed received radiation therapy (4,000 cGy/10 fractions).", 40.0, 10, 4.0)]
    [InlineData("She received 60 Gy/30 fx of radiotherapy.", 60.0, 30, 2.0)]
    [InlineData("Radiotherapy of the involved area was performed (70 Gy, 35 sessions).", 70.0, 35, 2.0)]
    [InlineData("He received radiotherapy, 30 Gy in 10 fractions.", 30.0, 10, 3.0)]
    [InlineData("She was treated with 5 × 5 Gy of radiotherapy.", 25.0, 5, 5.0)]
    [InlineData("Palliative radiotherapy was given in 10 times 3 Gy.", 30.0, 10, 3.0)]
    [InlineData("He received 8 Gy single fraction radiotherapy.", 8.0, 1, 8.0)]
    [InlineData("She received SBRT of 50 Gy in five fractions.", 50.0, 5, 10.0)]
    [InlineData("She received radiotherapy at 2 Gy per fraction to a total of 60 Gy.", 60.0, 30, 2.0)]
    [InlineData("The lesion was treated with SBRT 10 Gy × 5.", 50.0, 5, 10.0)]
    [InlineData("IMRT was delivered to 45 Gy in 25 fractions of 1.8 Gy.", 45.0, 25, 1.8)]
    [InlineData("The patient underwent IMRT at a dosage of 70 gray in 35 fractions.", 70.0, 35, 2.0)]
    [InlineData("She received SBRT with a total dose of 30 Grays in five fractions.", 30.0, 5, 6.0)]
    [InlineData("She received radiotherapy (brainstem<3500cGy, prescription dose: DT42Gy/4.2 Gy/10f).", 42.0, 10, 4.2)]
    [InlineData("VMAT delivered 47.25 Gy/27F to the pelvis.", 47.25, 27, 1.75)]
    [InlineData("He received stereotactic body radiation to the tumor in five fractions for a total dose of 30 Gy.", 30.0, 5, 6.0)]
    public void ReadsTotalDoseFractionsAndDosePerFraction(string text, double? total, int? fractions, double? perFraction)
    {
        var course = Single(text);
        Assert.Equal(total, course.TotalDoseGy);
        Assert.Equal(fractions, course.Fractions);
        Assert.Equal(perFraction, course.DosePerFractionGy);
        Assert.Equal(TreatmentStatus.Given, course.Status);
    }

    [Theory]
    [InlineData("She underwent SBRT to the left upper lobe.", "SBRT", "left upper lobe")]
    [InlineData("He received stereotactic ablative radiotherapy (SABR) to the T10 vertebra.", "SABR", "T10 vertebra")]
    [InlineData("Whole-brain radiotherapy was given for the metastases.", "WBRT", "brain")]
    [InlineData("She received palliative radiotherapy to the mediastinum.", null, "mediastinum")]
    [InlineData("After 8 sessions of stereotactic radiotherapy (SBRT) on the lung lesion, the mass shrank.", "SBRT", "lung lesion")]
    [InlineData("He completed concurrent chemoradiotherapy with cisplatin.", null, null)]
    [InlineData("She received concurrent chemoradiotherapy with IMRT to the cervix.", "IMRT", "cervix")]
    [InlineData("Thoracic radiotherapy was given.", null, "Thoracic")]
    [InlineData("She received palliative radiotherapy to the spine between January and March.", null, "spine")]
    [InlineData("She was treated with proton therapy.", "proton", null)]
    [InlineData("Brachytherapy followed the external beam radiotherapy.", "brachytherapy", null)]
    [InlineData("A stereotactic radiosurgery (SRS) session treated the lesion.", "SRS", null)]
    public void ReadsTechniqueAndSite(string text, string? technique, string? site)
    {
        var course = Single(text);
        Assert.Equal(technique, course.Technique);
        Assert.Equal(site, course.Site);
    }

    [Theory]
    [InlineData("Radiotherapy was deferred because of the infection.", TreatmentStatus.NotGiven)]
    [InlineData("Radiotherapy was not pursued given her frailty.", TreatmentStatus.NotGiven)]
    [InlineData("Chemo-radiotherapy was considered, but radiotherapy was declined.", TreatmentStatus.NotGiven)]
    [InlineData("She will receive SBRT to the adrenal lesion.", TreatmentStatus.Planned)]
    [InlineData("Palliative radiotherapy is planned for the bone lesion.", TreatmentStatus.Planned)]
    [InlineData("He had no prior radiotherapy.", TreatmentStatus.NotGiven)]
    [InlineData("Adjuvant radiotherapy was recommended but the patient declined.", TreatmentStatus.NotGiven)]
    [InlineData("He had a history of prior radiation to the neck.", TreatmentStatus.Given)]
    [InlineData("As imaging showed no residual lesion, only tumour bed radiation therapy was given.", TreatmentStatus.Given)]
    [InlineData("After the resection no further treatment in the form of chemotherapy or radiotherapy was offered.", TreatmentStatus.NotGiven)]
    [InlineData("She received no adjuvant chemotherapy or irradiation after the lobectomy.", TreatmentStatus.NotGiven)]
    [InlineData("No further radiotherapy was offered because of her frailty.", TreatmentStatus.NotGiven)]
    [InlineData("Following the lobectomy, no further therapy in the form of chemotherapy or radiotherapy was administered.", TreatmentStatus.NotGiven)]
    [InlineData("The patient was followed without additional therapy such as radiotherapy.", TreatmentStatus.NotGiven)]
    [InlineData("There was no nodal disease and radiotherapy to the tumour bed was given.", TreatmentStatus.Given)]
    [InlineData("Adjuvant radiation and chemotherapy were not received after the nephrectomy.", TreatmentStatus.NotGiven)]
    [InlineData("Postoperative radiotherapy was not administered because the margins were clear.", TreatmentStatus.NotGiven)]
    public void ReadsTheStatusOfTheCourse(string text, string status)
    {
        Assert.Equal(status, Single(text).Status);
    }

    [Fact]
    public void DeferredRadiotherapyIsNotGiven()
    {
        var course = Single("Because of the pneumonia, radiotherapy of the primary tumour was deferred.");
        Assert.Equal(TreatmentStatus.NotGiven, course.Status);
    }

    [Theory]
    [InlineData("She developed radiation pneumonitis three months later.")]
    [InlineData("Radiation-induced fibrosis was seen on the CT scan.")]
    [InlineData("The chest X-ray and CT scan were unremarkable.")]
    [InlineData("SARS-CoV-2 RT-PCR was negative.")]
    [InlineData("She was seen by the radiation oncology team.")]
    [InlineData("There was a 2/6 systolic murmur of the apex without radiation.")]
    [InlineData("He reported chest pain with radiation to the left arm.")]
    public void DiagnosticRadiologyAndRadiationInjuriesAreNotCourses(string text)
    {
        Assert.Empty(Engines.Extract(text).Radiotherapy);
    }

    [Fact]
    public void DoseVolumeFiguresOfThePlanAreNotCourses()
    {
        var course = Single("3D-CRT delivered 42 Gy in 14 fractions to the chest lesion. The volume over radiation dose 20 Gy (V20) was 10% and the mean lung dose was 5 Gy.");
        Assert.Equal(42, course.TotalDoseGy);
        Assert.Equal("3D-CRT", course.Technique);
    }

    [Fact]
    public void MentionsThatReferBackToACourseAreNotNewCourses()
    {
        var record = Engines.Extract(
            "She underwent SBRT of 50 Gy in 5 fractions to the left upper lobe. After radiotherapy, she developed a cough. "
            + "The radiotherapy was well tolerated. Two months after SBRT the lesion had shrunk.");
        var course = Assert.Single(record.Radiotherapy);
        Assert.Equal(50, course.TotalDoseGy);
        Assert.Equal("SBRT", course.Technique);
        Assert.Equal("left upper lobe", course.Site);
    }

    [Theory]
    [InlineData("She received external beam radiotherapy to the pelvis, 45 Gy in 25 fractions.")]
    [InlineData("The surgical bed was treated with external beam radiation therapy (XRT) to 39 Gy.")]
    [InlineData("He then had EBRT to the spine.")]
    public void ExternalBeamIsTheOrdinaryDeliveryNotATechnique(string text) =>
        Assert.Null(Single(text).Technique);

    [Fact]
    public void MentionsInOneSentenceAreOneCourse()
    {
        var course = Single("She received external beam radiotherapy (EBRT) with intensity-modulated radiotherapy (IMRT).");
        Assert.Equal("IMRT", course.Technique);
    }

    [Fact]
    public void DistinctCoursesStayDistinct()
    {
        var record = Engines.Extract(
            "The plasmacytoma was treated with IMRT to 45 Gy in 25 fractions. The liver tumour was treated with selective internal radiation therapy (SIRT).");
        Assert.Equal(2, record.Radiotherapy.Count);
        Assert.Contains(record.Radiotherapy, c => c.Technique == "IMRT" && c.TotalDoseGy == 45);
        Assert.Contains(record.Radiotherapy, c => c.Technique == "SIRT" && c.TotalDoseGy is null);
    }

    [Fact]
    public void TwoDosesToTwoTargetsAreTwoCourses()
    {
        var record = Engines.Extract("She received 60 Gy in 30 fractions to the primary tumour and 45 Gy in 25 fractions to the pelvic nodes.");
        Assert.Equal([60.0, 45.0], record.Radiotherapy.Select(c => c.TotalDoseGy!.Value));
        Assert.Equal("primary tumour", record.Radiotherapy[0].Site);
    }

    [Fact]
    public void TwoTechniquesInOneSentenceAreTwoCourses()
    {
        var record = Engines.Extract("She received whole-brain radiotherapy (30 Gy in 10 fractions) followed by SRS to the cerebellar lesion.");
        Assert.Equal(2, record.Radiotherapy.Count);
        Assert.Contains(record.Radiotherapy, c => c.Technique == "WBRT" && c.TotalDoseGy == 30 && c.Site == "brain");
        Assert.Contains(record.Radiotherapy, c => c.Technique == "SRS" && c.TotalDoseGy is null && c.Site == "cerebellar lesion");
    }

    [Fact]
    public void GivenAndDeferredStatementsAreSeparateFacts()
    {
        var record = Engines.Extract("Radiotherapy was initially deferred. She later received radiotherapy of 30 Gy in 10 fractions to the spine.");
        Assert.Equal(2, record.Radiotherapy.Count);
        Assert.Contains(record.Radiotherapy, c => c.Status == TreatmentStatus.NotGiven);
        Assert.Contains(record.Radiotherapy, c => c.Status == TreatmentStatus.Given && c.TotalDoseGy == 30);
    }

    [Fact]
    public void RadiotherapyOfTheReferenceListIsIgnored()
    {
        var text = "Case presentation\nShe received SBRT to the liver.\n\nReferences\n1. Smith J. Stereotactic body radiotherapy 50 Gy in 5 fractions. Lancet. 2010.\n";
        var course = Assert.Single(Engines.Extract(text).Radiotherapy);
        Assert.Equal("liver", course.Site);
    }

    [Fact]
    public void RejectsATermOfAnUnknownKind()
    {
        var error = Assert.Throws<LexiconException>(() => RadiotherapyLexicon.Load(
            [(3, "radiotherapy\t-")], "radiotherapy.tsv", [(9, "pneumonitis\tignore")], "radiotherapy-terms.tsv"));
        Assert.Contains("radiotherapy-terms.tsv:9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAbbreviationTheTextDefinesAsAnotherProcedureIsNoRadiotherapy()
    {
        var record = Engines.Extract(
            "Case presentation\nA 68-year-old man with small cell lung cancer had undergone percutaneous coronary intervention (PCI) "
            + "for angina two years earlier. He received carboplatin and etoposide. Three months after PCI he had chest pain again.");
        Assert.Empty(record.Radiotherapy);
    }

    [Fact]
    public void AnAbbreviationTheTextDefinesWithItsRadiotherapyMeaningStaysACourse()
    {
        var record = Engines.Extract(
            "Case presentation\nA 61-year-old woman with small cell lung cancer received carboplatin and etoposide. "
            + "She then received prophylactic cranial irradiation (PCI) of 25 Gy in 10 fractions. PCI was well tolerated.");
        Assert.NotEmpty(record.Radiotherapy);
    }
}
