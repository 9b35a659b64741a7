namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event told as "a complication of" a treatment named after it is that treatment's, as "secondary to" makes it;
/// a complication of something that is no treatment stays out.
/// </summary>
public sealed class AdverseEventComplicationOfTests
{
    [Theory]
    [InlineData("Pancreatitis occurred as a complication of asparaginase therapy.", "asparaginase", "pancreatitis:-:asparaginase")]
    [InlineData("She developed grade 3 hyperglycaemia as a complication of alpelisib.", "alpelisib", "hyperglycemia:3:alpelisib")]
    [InlineData("He received rituximab for lymphoma. Hepatitis B reactivation was diagnosed as a complication of rituximab.", "rituximab", "hepatitis b reactivation:-:rituximab")]
    [InlineData("Bowel perforation, a complication of bevacizumab, required emergency laparotomy.", "bevacizumab", "gastrointestinal perforation:-:bevacizumab")]
    [InlineData("Osteonecrosis of the jaw developed as a rare complication of denosumab.", "denosumab", "osteonecrosis of jaw:-:denosumab")]
    [InlineData("Thrombotic microangiopathy was recognised as a late complication of gemcitabine.", "gemcitabine", "thrombotic microangiopathy:-:gemcitabine")]
    public void AnEventToldAsAComplicationOfADrugIsThatDrugs(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("She was taking metformin for diabetes. Pancreatitis occurred as a complication of gallstones.", "metformin")]
    [InlineData("He was taking aspirin. Hemothorax developed as a complication of the chest tube insertion.", "aspirin")]
    public void AComplicationOfSomethingElseStaysOut(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));
}
