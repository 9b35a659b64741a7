namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A diagnosis written as an initialism the report defines itself ("cellular angiofibroma (CAF)", later "excision confirmed
/// CAF") is the diagnosis its long form names, under a diagnosing wording; the report's own definition also overrules the
/// lexicon's reading of the same capitals ("renal angiomyolipoma (AML)" is no acute myeloid leukemia). An initialism only
/// spoken of, doubted or defined as the lexicon's own name is left as it was.
/// </summary>
public sealed class DiagnosisReportDefinedInitialismTests
{
    [Theory]
    [InlineData("Cellular angiofibroma (CAF) is a rare tumour of the genital region. A 61-year-old man had a painless groin swelling, and its excision confirmed CAF.", "angiofibroma")]
    [InlineData("Hepatic angiomyolipoma (HAML) may look like a hepatocellular tumour on imaging. In our 47-year-old woman the resected liver mass proved to be HAML.", "angiomyolipoma")]
    [InlineData("Renal angiomyolipoma (AML) seldom grows into veins. A 39-year-old woman was found to have an AML reaching the left renal vein.", "angiomyolipoma")]
    public void AnInitialismTheReportDefinesNamesItsLongFormsDiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Renal angiomyolipoma (AML) seldom grows into veins. A 39-year-old woman was found to have an AML reaching the left renal vein.", "acute myeloid leukemia")]
    [InlineData("Imaging of the sella showed a Rathke cleft cyst (RCC) with a fluid level. At surgery a bleeding RCC was drained, and histology confirmed RCC.", "renal cell carcinoma")]
    [InlineData("Cellular angiofibroma (CAF) was first described in the vulva. CAF is seldom reported in the scrotum.", "angiofibroma")]
    [InlineData("At the age of 6 the boy had bruising, and he was referred for immune thrombocytopenic purpura (ITP). Marrow findings confirmed ITP.", "purpura")]
    [InlineData("Inflammatory myofibroblastic tumour (IMT) is a rare lesion of the mesentery. In our patient the core biopsy did not confirm IMT.", "inflammatory myofibroblastic tumor")]
    public void AnInitialismDefinedOtherwiseOrOnlySpokenOfNamesNothingElse(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Acute myeloid leukaemia (AML) was diagnosed on a marrow aspirate in a 58-year-old man, and the AML relapsed a year later.", "acute myeloid leukemia")]
    [InlineData("A 66-year-old smoker had non-small cell lung carcinoma (NSCLC) of the right upper lobe, and biopsy confirmed NSCLC.", "non-small cell lung cancer")]
    public void AnInitialismDefinedAsTheLexiconsOwnNameStillNamesIt(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
