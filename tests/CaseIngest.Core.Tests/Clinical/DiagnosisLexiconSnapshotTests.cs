using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Extraction.Markers;
using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>The diagnosis lexicon read from the snapshot written at build time is the lexicon built from its tables.</summary>
public sealed class DiagnosisLexiconSnapshotTests
{
    private static readonly Lazy<DiagnosisLexicon> Built = new(() => DiagnosisLexicon.Build());
    private static readonly Lazy<MarkerLexicon> Markers = new(() => MarkerLexicon.LoadDefault());
    private static readonly Lazy<DiagnosisLexicon> Read = new(() => LexiconSnapshot.DeserializeDiagnoses(LexiconSnapshot.Serialize(Markers.Value, Built.Value))!);

    public static TheoryData<string> Texts() => new()
    {
        "A 61-year-old woman with metastatic NSCLC and a history of Hodgkin's lymphoma treated in her twenties.",
        "Biopsy of the liver lesion showed hepatocellular carcinoma; the differential included cholangiocarcinomas.",
        "He had oesophageal adenocarcinoma, type 2 diabetes and a neuro-endocrine tumour of the small bowel.",
        "Endometrial stromal sarcoma, low grade, was found at hysterectomy; there was no evidence of leiomyosarcoma.",
        "Neuroblastoma RAS was mutated in the melanoma cells; basal cell carcinomas of the face were excised.",
        "The patient had DLBCL relapsing after R-CHOP, then a clear-cell renal cell carcinoma two years later.",
    };

    [Fact]
    public void TheSnapshotOfTheBuiltLexiconReadsBackToTheSameStructure()
    {
        var written = LexiconSnapshot.Serialize(Markers.Value, Built.Value);

        Assert.Equal(written, LexiconSnapshot.Serialize(Markers.Value, Read.Value));
        Assert.NotNull(Read.Value.OncoTree);
        Assert.Equal(Built.Value.OncoTree!.Phrases, Read.Value.OncoTree!.Phrases);
        Assert.Equal(Built.Value.OncoTree.Nodes, Read.Value.OncoTree.Nodes);
    }

    [Fact]
    public void TheShippedLexiconIsReadFromTheSnapshotBesideTheEngine()
    {
        var shipped = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, LexiconSnapshot.FileName));

        Assert.NotNull(LexiconSnapshot.DeserializeDiagnoses(shipped));
        Assert.Equal(shipped, LexiconSnapshot.Serialize(Markers.Value, DiagnosisLexicon.LoadDefault()));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheSnapshotFindsTheSameDiagnosesAsTheTables(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var built = Describe(Built.Value, Built.Value.Matcher.Match(text, tokens));

        Assert.NotEmpty(built);
        Assert.Equal(built, Describe(Read.Value, Read.Value.Matcher.Match(text, tokens)));
    }

    [Theory]
    [InlineData("lung adenocarcinoma")]
    [InlineData("metastatic poorly differentiated carcinoma")]
    [InlineData("endometrial stromal sarcoma")]
    [InlineData("breast cancer")]
    [InlineData("ulcerative colitis")]
    public void TheSnapshotGivesTheSameOncoTreeNodesAndParents(string name)
    {
        var built = Built.Value.OncoTree!.Find(name);

        Assert.Equal(built, Read.Value.OncoTree!.Find(name));
        if (built is not null)
        {
            Assert.Equal(Built.Value.OncoTree.Parent(built.Code), Read.Value.OncoTree.Parent(built.Code));
        }
    }

    [Fact]
    public void ASnapshotOfAnotherBuildIsNotUsed()
    {
        var written = LexiconSnapshot.Serialize(Markers.Value, Built.Value);
        written[8] ^= 0xFF;

        Assert.Null(LexiconSnapshot.DeserializeDiagnoses(written));
    }

    [Fact]
    public void ASnapshotCutInTheDiagnosisSectionIsAClearErrorNotAPartLexicon()
    {
        var written = LexiconSnapshot.Serialize(Markers.Value, Built.Value);

        var error = Assert.Throws<LexiconException>(() => LexiconSnapshot.DeserializeDiagnoses(written.AsSpan(0, written.Length - 10)));
        Assert.Contains("snapshot", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Describe(DiagnosisLexicon lexicon, List<PhraseMatch<DiagnosisEntry>> matches) =>
        [.. matches.Select(m => $"{m.Start}-{m.End} {m.Value.Name} [{string.Join(", ", m.Value.Broader)}] {lexicon.OncoTree?.Find(m.Value.Name)?.Code}")];
}
