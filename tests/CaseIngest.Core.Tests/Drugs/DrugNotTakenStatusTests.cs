using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A medication the text says was not prescribed, not used or never used, one the patient had not been prescribed or
/// was not on ("was not on any anticoagulant, such as …"), and one the patient was naive to, is not given; a drug
/// used, stopped or kept at its dose beside such words stays given.
/// </summary>
public sealed class DrugNotTakenStatusTests
{
    [Theory]
    [InlineData("After the resection, enoxaparin was not prescribed because of the oozing wound.", "enoxaparin")]
    [InlineData("Thromboprophylaxis with heparin was not used during the admission.", "heparin")]
    [InlineData("Granulocyte support with pegfilgrastim was not used in the first cycle.", "pegfilgrastim")]
    [InlineData("Her aspirin had not been used for several months before the bleed.", "aspirin")]
    [InlineData("The antiplatelet clopidogrel was never used, and she received docetaxel.", "clopidogrel")]
    [InlineData("He had not been prescribed an oral anticoagulant such as rivaroxaban before the stroke.", "rivaroxaban")]
    [InlineData("She was not on any immunosuppressive drug, for example azathioprine or tacrolimus, at presentation.", "tacrolimus")]
    [InlineData("He was not on any antiplatelet agent such as clopidogrel when the haematoma formed.", "clopidogrel")]
    [InlineData("The patient was naive to imatinib when the gastric tumour recurred.", "imatinib")]
    [InlineData("He was naïve to sunitinib and to other kinase inhibitors.", "sunitinib")]
    public void AMedicationNotTakenIsNotGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, generic).Status);

    [Theory]
    [InlineData("Enoxaparin was prescribed for six weeks after the resection.", "enoxaparin")]
    [InlineData("Heparin was used during the admission, and the wound healed.", "heparin")]
    [InlineData("The dose of warfarin was not changed during chemotherapy.", "warfarin")]
    [InlineData("Aspirin had been stopped a week before the operation.", "aspirin")]
    [InlineData("She had not been able to swallow, so ondansetron was given intravenously.", "ondansetron")]
    [InlineData("He was not on any treatment until imatinib was started in March.", "imatinib")]
    [InlineData("Although she was naive to chemotherapy, carboplatin was given at a reduced dose.", "carboplatin")]
    [InlineData("Vinorelbine was not used alone but together with cisplatin.", "vinorelbine")]
    public void AMedicationUsedBesideTheseWordsStaysGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, generic).Status);
}
