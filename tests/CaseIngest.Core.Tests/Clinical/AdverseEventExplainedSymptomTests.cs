namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Symptoms told with the event that explains them ("dyspnoea and cough; CT showed pneumonitis, attributed to
/// pembrolizumab") are adverse events of the same treatment, as the diagnosed event is.
/// </summary>
public sealed class AdverseEventExplainedSymptomTests
{
    [Theory]
    [InlineData("She received pembrolizumab. After the fourth cycle she developed dyspnoea and cough; CT showed pneumonitis, attributed to pembrolizumab.", "pembrolizumab", "dyspnea:-:pembrolizumab; cough:-:pembrolizumab; pneumonitis:-:pembrolizumab")]
    [InlineData("He received ipilimumab and nivolumab. Three weeks later he had diarrhoea and abdominal pain, and colonoscopy confirmed colitis.", "ipilimumab,nivolumab", "diarrhea:-:ipilimumab+nivolumab; abdominal pain:-:ipilimumab+nivolumab; colitis:-:ipilimumab+nivolumab")]
    [InlineData("She received atezolizumab. After two cycles she had fatigue and nausea; a liver biopsy confirmed immune-related hepatitis.", "atezolizumab", "fatigue:-:atezolizumab; nausea:-:atezolizumab; hepatitis:-:atezolizumab")]
    public void SymptomsAndTheDiagnosedEventAreTheTreatments(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
