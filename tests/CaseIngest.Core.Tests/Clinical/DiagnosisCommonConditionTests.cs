namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Common diagnoses of internal medicine outside CTCAE (thyroid storm, polymyalgia rheumatica, IgA and membranous
/// nephropathy, lupus nephritis, necrotizing fasciitis, Behçet's disease, antiphospholipid syndrome, hepatic
/// encephalopathy …) are conditions the report may diagnose, named in US spelling whatever the spelling of the text; a
/// mention ruled out, a relative's, or a test done to exclude one is not.
/// </summary>
public sealed class DiagnosisCommonConditionTests
{
    [Theory]
    [InlineData("A 44-year-old woman presented with fever and tachycardia. The findings were consistent with thyroid storm.", "thyroid storm")]
    [InlineData("A 71-year-old woman had shoulder pain and stiffness. A diagnosis of polymyalgia rheumatica was made.", "polymyalgia rheumatica")]
    [InlineData("A 36-year-old man had hematuria. A renal biopsy confirmed IgA nephropathy.", "iga nephropathy")]
    [InlineData("A 59-year-old diabetic man was admitted. His course was complicated by necrotising fasciitis of the thigh.", "necrotizing fasciitis")]
    [InlineData("A 29-year-old woman with oral ulcers was diagnosed with Behçet's disease.", "behcet's disease")]
    [InlineData("A 33-year-old woman with recurrent miscarriage was found to have antiphospholipid syndrome.", "antiphospholipid syndrome")]
    [InlineData("A 57-year-old man with cirrhosis was admitted because of hepatic encephalopathy.", "hepatic encephalopathy")]
    public void ACommonConditionTheWordingDiagnosesIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 44-year-old woman presented with fever and tachycardia. Thyroid storm was ruled out.")]
    [InlineData("A 71-year-old woman had shoulder pain. Her mother had polymyalgia rheumatica.")]
    [InlineData("A 59-year-old diabetic man was admitted. An MRI was performed to exclude necrotizing fasciitis.")]
    [InlineData("A 36-year-old man had hematuria. The differential diagnosis included IgA nephropathy and lupus nephritis.")]
    public void AConditionRuledOutOrARelativesIsNot(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
