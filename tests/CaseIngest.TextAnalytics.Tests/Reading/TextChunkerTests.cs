using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;
using CaseIngest.TextAnalytics.Reading;

namespace CaseIngest.TextAnalytics.Tests.Reading;

/// <summary>Chunks stay within the per-document limit, follow section and sentence boundaries and skip what is not about the case.</summary>
public sealed class TextChunkerTests
{
    [Fact]
    public void ReferenceListsAndCaptionsAreNotSent()
    {
        const string text = "Case. A man received cisplatin.\nReferences\n1. Smith J. Cisplatin trials.\nFigure 1. CT scan.";
        var caseEnd = text.IndexOf("References", StringComparison.Ordinal);
        var captionStart = text.IndexOf("Figure 1", StringComparison.Ordinal);
        Section[] sections =
        [
            new("Case", SectionKind.Case, 0, caseEnd),
            new("References", SectionKind.References, caseEnd, captionStart),
            new("Figure 1", SectionKind.Caption, captionStart, text.Length),
        ];

        var chunks = TextChunker.Split(text, sections, SentenceSplitter.Split(text), 1000);

        var chunk = Assert.Single(chunks);
        Assert.Equal(new TextChunk(0, caseEnd), chunk);
    }

    [Fact]
    public void ALongSectionIsCutOnSentenceBoundariesWithinTheLimit()
    {
        var text = string.Concat(Enumerable.Range(1, 30).Select(i => $"Sentence number {i} mentions cisplatin. "));
        var sentences = SentenceSplitter.Split(text);

        var chunks = TextChunker.Split(text, [new Section("Case", SectionKind.Case, 0, text.Length)], sentences, 100);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(c.Length <= 100, $"chunk of {c.Length}"));
        Assert.Equal(0, chunks[0].Start);
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.Equal(chunks[i - 1].End, chunks[i].Start);
            Assert.Contains(sentences, s => s.End == chunks[i - 1].End || s.Start == chunks[i].Start);
        }

        Assert.Equal(text.TrimEnd().Length, text[..chunks[^1].End].TrimEnd().Length);
    }

    [Fact]
    public void ASentenceLongerThanTheLimitIsCutAtSpacesAndNeverInsideASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("word\U0001F600 ", 40)) + string.Concat(Enumerable.Repeat("\U0001F600", 30));

        var chunks = TextChunker.Split(text, [], [new Sentence(0, text.Length)], 25);

        Assert.All(chunks, c => Assert.True(c.Length <= 25));
        Assert.All(chunks, c => Assert.False(char.IsLowSurrogate(text[c.Start]), $"chunk starts inside a pair at {c.Start}"));
        Assert.Equal(text, string.Concat(chunks.Select(c => text[c.Start..c.End])));
    }

    [Fact]
    public void BatchesKeepToTheDocumentCountAndCharactersPerRequest()
    {
        TextChunk[] chunks = [new(0, 50), new(50, 100), new(100, 150), new(150, 200), new(200, 220)];
        var limits = new HealthcareLimits { MaxCharactersPerDocument = 50, MaxDocumentsPerRequest = 3, MaxCharactersPerRequest = 120 };

        var batches = TextChunker.Batch(chunks, limits);

        Assert.Equal([2, 3], batches.Select(b => b.Count));
        Assert.All(batches, b => Assert.True(b.Sum(c => c.Length) <= 120));
        Assert.Equal(chunks, batches.SelectMany(b => b));
        Assert.Equal([2, 2, 1], TextChunker.Batch(chunks, limits with { MaxDocumentsPerRequest = 2, MaxCharactersPerRequest = 1000 }).Select(b => b.Count));
    }
}
