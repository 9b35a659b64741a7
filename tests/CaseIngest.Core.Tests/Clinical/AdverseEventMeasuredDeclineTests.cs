namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A measured value that falls, written as a noun ("a decline in platelet count", "a reduction in left ventricular
/// ejection fraction"), is the CTCAE "decreased" event; a blood pressure raised on a drug is CTCAE hypertension.
/// </summary>
public sealed class AdverseEventMeasuredDeclineTests
{
    [Theory]
    [InlineData("She received trastuzumab. After four cycles, echocardiography showed a decline in left ventricular ejection fraction to 45%.", "trastuzumab", "Ejection fraction decreased")]
    [InlineData("He received doxorubicin. A reduction in LVEF from 60% to 40% was noted after the sixth cycle.", "doxorubicin", "Ejection fraction decreased")]
    [InlineData("She received oxaliplatin. After the fourth cycle, she had a decline in platelet count to 60,000/µL.", "oxaliplatin", "Platelet count decreased")]
    [InlineData("He received sunitinib. Four weeks later he developed grade 3 hypertension.", "sunitinib", "Hypertension")]
    public void NamesTheCtcaeTermOfTheEvent(string text, string drug, string ctcae)
    {
        var adverse = Assert.Single(ClinicalRun.Run(text, drug).AdverseEvents);
        Assert.Equal(ctcae, adverse.CtcaeTerm);
        Assert.Contains(drug, adverse.Therapy);
    }
}
