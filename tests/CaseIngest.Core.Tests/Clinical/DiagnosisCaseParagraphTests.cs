namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A short case told over several sentences: its cancer, its spread, a complication of treatment and a relative's or a
/// weighed disease, each read in its own sentence.
/// </summary>
public sealed class DiagnosisCaseParagraphTests
{
    private const string OvarianCase =
        "A 61-year-old woman presented with abdominal distension. CT showed a pelvic mass, peritoneal carcinomatosis and hepatic metastases. "
        + "Biopsy confirmed serous carcinoma of the left ovary. She received six cycles of carboplatin and paclitaxel. "
        + "During the third cycle she developed Pneumocystis pneumonia, which resolved with co-trimoxazole. Her mother had breast cancer.";

    private const string LymphomaCase =
        "A 45-year-old man was referred with night sweats and cervical lymphadenopathy. Tuberculosis was considered but cultures were negative. "
        + "Excisional biopsy of a cervical node confirmed DLBCL, germinal centre type. Staging PET-CT showed involvement of the spleen and bone marrow. "
        + "He was treated with six cycles of R-CHOP and achieved complete remission.";

    [Fact]
    public void TheOvarianCaseHasItsCancerItsSpreadAndItsInfection()
    {
        var names = ClinicalRun.Run(OvarianCase, "carboplatin", "paclitaxel").Diagnoses.Select(d => d.Name).ToList();
        Assert.Contains(names, n => n.Contains("serous", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("peritoneal", StringComparison.Ordinal));
        Assert.Contains("liver metastasis", names);
        Assert.Contains("pneumocystis pneumonia", names);
        Assert.DoesNotContain("breast cancer", names);
    }

    [Fact]
    public void TheLymphomaCaseHasItsLymphomaAndNotTheWeighedInfection()
    {
        var names = ClinicalRun.Run(LymphomaCase).Diagnoses.Select(d => d.Name).ToList();
        Assert.Contains("diffuse large b-cell lymphoma", names);
        Assert.DoesNotContain("tuberculosis", names);
    }
}
