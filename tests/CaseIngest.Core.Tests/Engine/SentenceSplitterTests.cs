using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("He received 2.5 mg daily. The rash resolved.", 2)]
    [InlineData("Treated by Dr. Smith et al. in 2019. Fine.", 2)]
    [InlineData("See Fig. 2 for details. Next one.", 2)]
    [InlineData("Line one\nLine two", 2)]
    [InlineData("A 57-year-old man (Fig. 1). Then another.", 2)]
    [InlineData("She was discharged with no discomfort.The patient then received radiotherapy.", 2)]
    [InlineData("It was reported as pathogenic (6, 7).After surgery she was well.", 2)]
    [InlineData("The smear grew S.Aureus in culture. Next.", 2)]
    [InlineData("Biopsy, e.g.The one above. Next.", 2)]
    [InlineData("Positive for NRAS c.181C>A,p.Gln61Lys and TP53.", 1)]
    [InlineData("CT showed a mass (\nFigure 1A\n). MRI confirmed it.", 2)]
    [InlineData("Resection was complete (\nFigures 3A, B\n), along with a normal bone scan.", 1)]
    [InlineData("The lesion measured 3 cm\n, with clear margins.", 1)]
    public void SplitsAtSentenceEndsOnly(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void AFigureReferenceOnItsOwnLineStaysInsideItsSentence()
    {
        const string text = "She received radiotherapy (\nFigure 2\n) to 42 Gy in 10 fractions. She recovered.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("10 fractions.", text[sentences[0].Start..sentences[0].End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The CA-125 level was\n350 U/mL on admission. She was well.", "The CA-125 level was\n350 U/mL on admission.")]
    [InlineData("Biopsy of the cervical node showed metastatic\nadenocarcinoma positive for TTF-1. A CT followed.", "Biopsy of the cervical node showed metastatic\nadenocarcinoma positive for TTF-1.")]
    [InlineData("He was started on carboplatin AUC 5 and\r\npaclitaxel 175 mg/m2 every three weeks.", "He was started on carboplatin AUC 5 and\r\npaclitaxel 175 mg/m2 every three weeks.")]
    [InlineData("Next-generation sequencing (performed on the\nresected specimen) revealed a KRAS G12C mutation.", "Next-generation sequencing (performed on the\nresected specimen) revealed a KRAS G12C mutation.")]
    [InlineData("The tumour, which measured\n4.2 cm, was excised.", "The tumour, which measured\n4.2 cm, was excised.")]
    public void AWrappedLineContinuesItsSentence(string text, string first)
    {
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(first, text[sentences[0].Start..sentences[0].End]);
    }

    [Theory]
    [InlineData("Laboratory results:\nhaemoglobin 9.1 g/dL", 2)]
    [InlineData("She was discharged on day 5.\nno recurrence was seen", 2)]
    [InlineData("First paragraph without a stop\n\nsecond paragraph", 2)]
    [InlineData("| Marker | Result |\n| ER | positive |", 2)]
    [InlineData("Medications\n- aspirin 100 mg daily\n- metoprolol 50 mg", 3)]
    [InlineData("Findings were as follows\n1. a mass in the liver\n2. ascites", 3)]
    [InlineData("## Case presentation\na woman of 60 presented with cough.", 2)]
    [InlineData("Treatment\nShe received cisplatin.", 2)]
    [InlineData("Haemoglobin 9.1 g/dL\nPlatelets 120 x 10^9/L", 2)]
    public void LineBreaksThatEndALineOfItsOwnStillSplit(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void ATextSplitAfterALongerOneGivesTheSameSentences()
    {
        const string text = "A 49-year-old woman presented with dyspnoea. CT showed a pleural effusion.\nCytology was positive.";
        var first = SentenceSplitter.Split(text).ToArray();
        var longer = string.Concat(Enumerable.Repeat("She received a further course of docetaxel. The effusion did not recur. ", 2000));
        Assert.Equal(4000, SentenceSplitter.Split(longer).Count);
        Assert.Equal(first, SentenceSplitter.Split(text));
        Assert.Equal(3, first.Length);
        Assert.Empty(SentenceSplitter.Split(string.Empty));
    }
}
