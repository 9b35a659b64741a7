namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// What a drug is given for is not that drug's adverse event, nor one of the anticancer treatment, unless the text ties
/// it to a treatment itself (a grade, "immune-related", "after the third dose").
/// </summary>
public sealed class AdverseEventIndicationTests
{
    [Theory]
    [InlineData("She received nivolumab every two weeks. For her pulmonary hypertension, therapy with sildenafil was started.", "nivolumab,sildenafil")]
    [InlineData("She was receiving pembrolizumab. To manage her hypertension, amlodipine was increased.", "pembrolizumab,amlodipine")]
    [InlineData("He continued docetaxel. In the same week, for his hypertension, amlodipine was added.", "docetaxel,amlodipine")]
    [InlineData("He was on pembrolizumab. Amlodipine was added to control his hypertension.", "pembrolizumab,Amlodipine")]
    [InlineData("He was receiving nivolumab. He was treated with levothyroxine for hypothyroidism.", "nivolumab,levothyroxine")]
    [InlineData("She received gemcitabine. Enoxaparin was given for management of her atrial fibrillation.", "gemcitabine,Enoxaparin")]
    public void TheIndicationOfADrugIsNotAnAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("He continued docetaxel. Dexamethasone was prescribed as prophylaxis against nausea.", "docetaxel,Dexamethasone")]
    [InlineData("She received carboplatin and pemetrexed. Trimethoprim was started as prophylaxis against Pneumocystis pneumonia.", "carboplatin,pemetrexed,Trimethoprim")]
    [InlineData("She received gemcitabine. Aspirin was given to prevent thrombosis.", "gemcitabine,Aspirin")]
    public void WhatAProphylaxisPreventsIsNotAnAdverseEvent(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("Three months after starting pembrolizumab, she developed immune-related hypothyroidism and was treated with levothyroxine.", "pembrolizumab,levothyroxine", "hypothyroidism", "pembrolizumab")]
    [InlineData("He received nivolumab. Hypothyroidism developed after the third dose, and levothyroxine was started.", "nivolumab,levothyroxine", "hypothyroidism", "nivolumab")]
    [InlineData("Nivolumab was given for four cycles. For his grade 2 colitis, prednisolone was started.", "Nivolumab,prednisolone", "colitis", "nivolumab")]
    [InlineData("She received capecitabine. For her diarrhea, capecitabine was withheld.", "capecitabine", "diarrhea", "capecitabine")]
    public void AnIndicationTheTextTiesToAnotherTreatmentIsItsAdverseEvent(string text, string drugs, string term, string therapy)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents, e => e.Term == term);
        Assert.Equal([therapy], adverseEvent.Therapy);
    }
}
