namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A scan in the next sentence that restages the tumour ("Follow-up CT after six cycles showed shrinkage of the liver
/// mass", "CT after three months showed a marked reduction of the primary tumour") tells the response, not what the
/// event before it was a sign of: the event stays the treatment's. A scan that finds the tumour right after a complaint
/// still makes the complaint the tumour's.
/// </summary>
public sealed class AdverseEventRestagingScanTests
{
    [Theory]
    [InlineData("He was started on gemcitabine and cisplatin. After the second cycle he was admitted with febrile neutropenia. Follow-up CT after six cycles showed shrinkage of the liver mass.", "gemcitabine,cisplatin", "febrile neutropenia:-:gemcitabine+cisplatin")]
    [InlineData("She was started on osimertinib. In the first two months she developed an acneiform rash of the face. CT after three months showed a marked reduction of the primary tumour.", "osimertinib", "rash acneiform:-:osimertinib")]
    [InlineData("He received capecitabine. During the third cycle he had painful diarrhoea. Restaging CT showed a partial response of the liver metastases.", "capecitabine", "diarrhea:-:capecitabine")]
    [InlineData("She was treated with sunitinib. Within a month she noticed fatigue and mouth soreness. A CT scan showed regression of the renal tumour and the lung nodules.", "sunitinib", "fatigue:-:sunitinib")]
    public void AnEventBeforeARestagingScanIsTheTreatments(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("She was started on osimertinib. Three months later she had seizures. MRI showed a new metastasis in the left frontal lobe.", "osimertinib")]
    [InlineData("He received capecitabine. After the fourth cycle he reported abdominal pain. CT showed enlarging liver metastases.", "capecitabine")]
    public void AComplaintBeforeAScanFindingTheTumourIsTheTumours(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));
}
