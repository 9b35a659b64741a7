namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A drug replaced by another because of an event ("imatinib was switched to dasatinib owing to pleural effusion",
/// "cisplatin was replaced by carboplatin after acute kidney injury") is the event's cause; the drug it was switched to
/// came after the event and is none.
/// </summary>
public sealed class AdverseEventReplacedDrugTests
{
    [Theory]
    [InlineData("He received imatinib for CML. Imatinib was switched to dasatinib owing to pleural effusion.", "imatinib,dasatinib", "pleural effusion:-:imatinib")]
    [InlineData("She received cisplatin for cervical cancer. Cisplatin was replaced by carboplatin because of acute kidney injury.", "cisplatin,carboplatin", "acute kidney injury:-:cisplatin")]
    [InlineData("She received cisplatin for cervical cancer. Cisplatin was replaced by carboplatin after acute kidney injury.", "cisplatin,carboplatin", "acute kidney injury:-:cisplatin")]
    [InlineData("He was treated with imatinib for chronic myeloid leukaemia. Imatinib was switched to dasatinib because of intolerable fatigue.", "imatinib,dasatinib", "fatigue:-:imatinib")]
    [InlineData("He received imatinib for CML. Owing to pleural effusion he was switched from imatinib to dasatinib.", "imatinib,dasatinib", "pleural effusion:-:imatinib")]
    [InlineData("She received paclitaxel for breast cancer. Paclitaxel was substituted with docetaxel after a hypersensitivity reaction.", "paclitaxel,docetaxel", "hypersensitivity reaction:-:paclitaxel")]
    [InlineData("He received sunitinib for renal cell carcinoma. Sunitinib was changed to pazopanib for grade 3 hand-foot syndrome.", "sunitinib,pazopanib", "hand-foot syndrome:3:sunitinib")]
    [InlineData("She was given capecitabine for rectal cancer. Capecitabine was then replaced with fluorouracil due to diarrhoea.", "capecitabine,fluorouracil", "diarrhea:-:capecitabine")]
    public void TheReplacedDrugIsTheCause(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("He received imatinib for CML. Because of grade 3 rash, imatinib was changed to nilotinib.", "imatinib,nilotinib", "rash:3:imatinib")]
    [InlineData("She received cisplatin for cervical cancer. After acute kidney injury, cisplatin was replaced by carboplatin.", "cisplatin,carboplatin", "acute kidney injury:-:cisplatin")]
    public void TheDrugSwitchedToAfterTheEventIsNone(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
