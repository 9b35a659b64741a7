using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Radiotherapy;

/// <summary>Techniques named in words: radiotherapy given during the operation (IORT) and image-guided radiotherapy (IGRT).</summary>
public sealed class RadiotherapyTechniqueWordingTests
{
    [Theory]
    [InlineData("After resection of the retroperitoneal sarcoma, intraoperative radiotherapy was delivered to the tumour bed.", "IORT")]
    [InlineData("The pancreatic head was resected and intraoperative radiation therapy (IORT) of 10 Gy was given.", "IORT")]
    [InlineData("She then received image-guided radiotherapy to the prostate bed.", "IGRT")]
    [InlineData("He went on to 5 weeks of image-guided external beam radiation centred on the surgical bed.", "IGRT")]
    public void ATechniqueNamedInWordsIsRecorded(string text, string technique)
    {
        var record = Engines.Extract("A 60-year-old patient with a carcinoma. " + text);
        Assert.Contains(record.Radiotherapy, c => c.Technique == technique);
    }
}
