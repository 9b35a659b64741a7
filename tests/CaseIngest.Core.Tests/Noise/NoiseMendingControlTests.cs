using CaseIngest.Core.Tests.Formats;

namespace CaseIngest.Core.Tests.Noise;

/// <summary>What the mending of converted Markdown leaves as written: compounds, symbols, finished sentences.</summary>
public sealed class NoiseMendingControlTests
{
    private const string Heading = "# A case of gastric cancer\n\n## Case presentation\n\n";

    [Theory]
    [InlineData("The biopsy showed a moderately differentiated adenocarcinoma and the well-\ndifferentiated margin was clear.", "the well-differentiated margin")]
    [InlineData("Immunohistochemistry showed that the tumour cells were positive for PD-\nL1 in most fields.", "PD-")]
    [InlineData("The mitotic count was 2 * 3 * 4 per field and the sample_id_7 label was kept.", "2 * 3 * 4")]
    [InlineData("The mitotic count was high and the sample_id_7 label was kept on the slide.", "sample_id_7")]
    [InlineData("She received four cycles of oxaliplatin.\n\nFigure 2. Endoscopy after treatment.\n\nThe ulcer had healed.", "oxaliplatin.\n\nFigure 2.")]
    [InlineData("She received four cycles of oxaliplatin.\n\nafter that a pause was agreed with the patient.", "oxaliplatin.\n\nafter")]
    [InlineData("Laboratory values at admission\n\n- haemoglobin 9.1 g/dL\n- platelets 98 x 10^9/L", "admission\n\n- haemoglobin")]
    public void MendingKeepsWhatIsNoNoise(string paragraph, string kept)
    {
        var document = Parsed.Document(Heading + paragraph + "\n", "report.md");
        Assert.Contains(kept, document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The biopsy confirmed a signet ring cell carci-\nnoma of the antrum; the carcinoma was staged.", "cell carcinoma of the antrum")]
    [InlineData("She received oxaliplatin and capecitabine every 3 weeks\n\nfor 6 cycles before surgery.", "every 3 weeks for 6 cycles")]
    [InlineData("She received oxaliplatin and capecitabine every 3 weeks\nPage 5 of 11\nfor 6 cycles before surgery.", "every 3 weeks for 6 cycles")]
    [InlineData("Sequencing found a **HER2** amplification and an *ERBB3* variant of _unknown_ significance.", "a HER2 amplification and an ERBB3 variant of unknown significance")]
    [InlineData("Capecitabine 1000\u00A0mg/m2 was given twice daily with a con\uFB01rmed dose of ２ cycles.", "1000 mg/m2 was given twice daily with a confirmed dose of 2 cycles")]
    public void MendingJoinsWhatTheConversionBroke(string paragraph, string mended)
    {
        var document = Parsed.Document(Heading + paragraph + "\n", "report.md");
        Assert.Contains(mended, document.Text, StringComparison.Ordinal);
    }
}
