namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Broad keratin stains written as pathology reports shorten them ("PCK", "CKP", "PanCK", "CK (pan)") or with the clone
/// run together ("AE1AE3", "CKAE1/AE3"), and stain names written in other spellings ("thyreoglobulin") or named by
/// their protein ("glutamine synthetase"), or run together ("pTRK"): each is the stain, and the list it stands
/// in is read through it.
/// </summary>
public sealed class MarkerKeratinCloneSpellingTests
{
    [Theory]
    [InlineData("Immunohistochemistry: vimentin (+), PCK (-), S-100 (-), Ki-67 (about 5%).", "pan-cytokeratin", "negative")]
    [InlineData("Immunohistochemistry: vimentin (+), PCK (-), S-100 (-), Ki-67 (about 5%).", "S100", "negative")]
    [InlineData("The spindle cells were negative for CD10, PCK, ER and S-100.", "pan-cytokeratin", "negative")]
    [InlineData("The spindle cells were negative for CD10, PCK, ER and S-100.", "ER", "negative")]
    [InlineData("Immunostains of the resected mass: desmin (+), CKP (-), CD117 (-).", "pan-cytokeratin", "negative")]
    [InlineData("The epithelioid cells were positive for CK (pan) and EMA, and negative for calretinin.", "pan-cytokeratin", "positive")]
    [InlineData("Immunohistochemistry showed CK (pan) (-), SOX10 (+) and Melan-A (+).", "pan-cytokeratin", "negative")]
    [InlineData("The atypical cells were PanCK positive and CD45 negative.", "pan-cytokeratin", "positive")]
    [InlineData("Immunohistochemistry: cytokeratin (pan) negative, vimentin positive, CD99 positive.", "pan-cytokeratin", "negative")]
    [InlineData("The lesion was positive for SMA, while ALK and AE1AE3 were negative.", "AE1/AE3", "negative")]
    [InlineData("The lesion was positive for SMA, while ALK and AE1AE3 were negative.", "ALK", "negative")]
    [InlineData("The glands were diffusely positive for CKAE1/AE3 and CK7.", "AE1/AE3", "positive")]
    [InlineData("The nodule showed strong staining for thyreoglobulin and PAX8.", "thyroglobulin", "positive")]
    [InlineData("The glial cells were negative for CD1a, pTRK, PR, S-100 and SOX10.", "NTRK", "negative")]
    [InlineData("The hepatocytes of the nodule were diffusely positive for glutamine synthetase.", "glutamine synthetase", "positive")]
    public void AShortenedKeratinOrARunTogetherCloneIsTheStain(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Creatine kinase (CK) was 900 U/L and the pancreas was normal on imaging.")]
    [InlineData("Glutamine synthetase activity in the serum was not measured.")]
    [InlineData("The PCK score was recorded on admission.")]
    public void TheShortFormsOutsideAStainResultAreNoMarker(string text)
    {
        Assert.DoesNotContain(Support.Engines.Extract(text).Markers, m => m.Name is "pan-cytokeratin" or "AE1/AE3" or "glutamine synthetase");
    }
}
