namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Authors' names for the toxicity of an organ system ("gastrointestinal disturbances", "skin toxicity") and the
/// abbreviations of common events ("CIP", "HFS") name the CTCAE term of that system or event.
/// </summary>
public sealed class AdverseEventOrganToxicityTests
{
    [Theory]
    [InlineData("He received one cycle of oxaliplatin and capecitabine, which caused gastrointestinal disturbances.", "gastrointestinal toxicity", "Gastrointestinal disorders - Other, specify")]
    [InlineData("He received one cycle of oxaliplatin and capecitabine and had marked GI upset.", "gastrointestinal toxicity", "Gastrointestinal disorders - Other, specify")]
    [InlineData("He received one cycle of oxaliplatin and capecitabine and developed grade 2 skin toxicity.", "skin toxicity", "Skin and subcutaneous tissue disorders - Other, specify")]
    [InlineData("He received one cycle of oxaliplatin and capecitabine, complicated by a poor appetite.", "anorexia", "Anorexia")]
    [InlineData("He received one cycle of oxaliplatin and capecitabine; HFS of grade 2 followed.", "hand-foot syndrome", "Palmar-plantar erythrodysesthesia syndrome")]
    [InlineData("He received one cycle of oxaliplatin and capecitabine and developed grade 2 pulmonary toxicity.", "pulmonary toxicity", "Respiratory, thoracic and mediastinal disorders - Other, specify")]
    public void AnOrganToxicityNamesItsCtcaeTerm(string text, string term, string ctcae)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "oxaliplatin", "capecitabine").AdverseEvents);
        Assert.Equal((term, ctcae), (adverseEvent.Term, adverseEvent.CtcaeTerm));
        Assert.Equal(["oxaliplatin", "capecitabine"], adverseEvent.Therapy);
    }

    [Fact]
    public void CheckpointInhibitorPneumonitisWrittenAsCipIsPneumonitis()
    {
        const string text = "He received nivolumab. After the sixth dose of nivolumab, CIP was diagnosed.";
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, "nivolumab").AdverseEvents);
        Assert.Equal(("pneumonitis", "Pneumonitis"), (adverseEvent.Term, adverseEvent.CtcaeTerm));
        Assert.Equal(["nivolumab"], adverseEvent.Therapy);
    }

    [Theory]
    [InlineData("She was given methotrexate for osteosarcoma. Grade 3 liver toxicity followed the second course.", "methotrexate", "hepatitis:3:methotrexate")]
    [InlineData("He received cisplatin for a bladder carcinoma. Renal toxicity from cisplatin developed after two cycles.", "cisplatin", "acute kidney injury:-:cisplatin")]
    [InlineData("He received bleomycin for a germ cell tumour. Bleomycin lung toxicity developed after three cycles.", "bleomycin", "pulmonary toxicity:-:bleomycin")]
    [InlineData("He received gemcitabine for pancreatic cancer. Gemcitabine was discontinued because of thrombotic microangiopathy.", "gemcitabine", "thrombotic microangiopathy:-:gemcitabine")]
    public void AnOrganToxicityTiedToTheDrugIsItsEvent(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
