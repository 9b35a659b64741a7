using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Extraction.Markers;
using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>The marker lexicon read from the snapshot written at build time is the lexicon built from its tables.</summary>
public sealed class MarkerLexiconSnapshotTests
{
    private static readonly Lazy<MarkerLexicon> Built = new(() => MarkerLexicon.Build());
    private static readonly Lazy<DiagnosisLexicon> Diagnoses = new(() => DiagnosisLexicon.Build());

    public static TheoryData<string> Texts() => new()
    {
        "The tumour cells were positive for CK7, TTF-1 and napsin A and negative for CK20 and CDX2.",
        "Next-generation sequencing found an EGFR exon 19 deletion and a T790M mutation; ALK and ROS1 were not rearranged.",
        "The lymphoma cells expressed CD20, CD23 and paired box 5, and were negative for cyclin D1 and SOX11.",
        "PD-L1 tumour proportion score was 80% (22C3); MSI-H / dMMR with loss of MLH1 and PMS2.",
        "Glial fibrillary acidic protein and tumor protein p53 staining; Ki-67 index of 40%; HER2 3+ by IHC; ERBB3 amplified.",
        "A CT scan of the chest was negative; the JAMA editorial was positive; MET and CAT were discussed.",
        "The rhabdomyoblasts were positive for myogenin and desmin, and the lining cells for mesothelin.",
    };

    [Fact]
    public void TheSnapshotOfTheBuiltLexiconReadsBackToTheSameStructure()
    {
        var written = LexiconSnapshot.Serialize(Built.Value, Diagnoses.Value);
        var read = LexiconSnapshot.DeserializeMarkers(written);

        Assert.NotNull(read);
        Assert.Equal(written, LexiconSnapshot.Serialize(read, Diagnoses.Value));
    }

    [Fact]
    public void TheSnapshotShippedBesideTheEngineIsTheLexiconBuiltFromTheTables()
    {
        var shipped = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, LexiconSnapshot.FileName));

        Assert.Equal(LexiconSnapshot.Serialize(Built.Value, Diagnoses.Value), shipped);
        Assert.Equal(shipped, LexiconSnapshot.Serialize(MarkerLexicon.LoadDefault(), DiagnosisLexicon.LoadDefault()));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheSnapshotFindsTheSameMarkersAndCuesAsTheTables(string text)
    {
        var read = LexiconSnapshot.DeserializeMarkers(LexiconSnapshot.Serialize(Built.Value, Diagnoses.Value))!;
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(Describe(Built.Value, Built.Value.Markers.Match(text, tokens)), Describe(read, read.Markers.Match(text, tokens)));
        Assert.NotEmpty(read.Markers.Match(text, tokens));
        foreach (var (built, snapshot) in new[] { (Built.Value.RightCues, read.RightCues), (Built.Value.LeftCues, read.LeftCues), (Built.Value.SentenceCues, read.SentenceCues) })
        {
            Assert.Equal(built.Match(text, tokens), snapshot.Match(text, tokens));
        }

        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Equal(Built.Value.EntryOf(word.Trim(',', ';', '.')), read.EntryOf(word.Trim(',', ';', '.')));
        }
    }

    [Fact]
    public void ASnapshotOfAnotherBuildIsNotUsed()
    {
        var written = LexiconSnapshot.Serialize(Built.Value, Diagnoses.Value);
        written[8] ^= 0xFF;

        Assert.Null(LexiconSnapshot.DeserializeMarkers(written));
    }

    [Fact]
    public void ATruncatedSnapshotIsAClearErrorNotAPartLexicon()
    {
        var written = LexiconSnapshot.Serialize(Built.Value, Diagnoses.Value);

        var error = Assert.Throws<LexiconException>(() => LexiconSnapshot.DeserializeMarkers(written.AsSpan(0, written.Length / 2)));
        Assert.Contains("snapshot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConfiguredGeneListIsStillAddedToTheLexiconBuiltFromTheTables()
    {
        var path = Path.Combine(Path.GetTempPath(), $"genes-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "gene_id\tname\tdescription\n1\tBRAF\tkinase\n2\tZNF703\tzinc finger\n");
        try
        {
            const string text = "The tumour was positive for ZNF703 and BRAF.";
            var widened = MarkerLexicon.LoadDefault(path);
            var shipped = MarkerLexicon.LoadDefault();

            // the gene list names ZNF703 before the HGNC table does: its entry is the list's, not the vocabulary's
            var fromList = Assert.Single(widened.Markers.Match(text, Tokenizer.Tokenize(text)), m => m.Value.Gene == "ZNF703");
            var fromHgnc = Assert.Single(shipped.Markers.Match(text, Tokenizer.Tokenize(text)), m => m.Value.Gene == "ZNF703");
            Assert.False(widened.IsFromVocabulary(fromList.Value));
            Assert.True(shipped.IsFromVocabulary(fromHgnc.Value));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string> Describe(MarkerLexicon lexicon, List<PhraseMatch<MarkerEntry>> matches) =>
        [.. matches.Select(m => $"{m.Start}-{m.End} {m.Value} vocabulary={lexicon.IsFromVocabulary(m.Value)} written={lexicon.IsWrittenName(m.Value)} word={lexicon.IsStainWord(m.Value)}")];
}
