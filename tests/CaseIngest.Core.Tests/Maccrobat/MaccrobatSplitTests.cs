using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Maccrobat;

public sealed class MaccrobatSplitTests
{
    [Fact]
    public void TheCommittedSplitCoversEveryDocumentAndFollowsTheHashRule()
    {
        var documents = Corpus.Files(Path.Combine("maccrobat", "MACCROBAT2020"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();

        Assert.Equal(200, documents.Count);
        Assert.Equal(documents.Order(StringComparer.Ordinal), MaccrobatSplit.Committed.Keys.Order(StringComparer.Ordinal));
        Assert.All(documents, pmid => Assert.Equal(MaccrobatSplit.HalfOf(pmid), MaccrobatSplit.Committed[pmid]));
    }

    [Fact]
    public void BothHalvesHoldAboutHalfTheDocuments()
    {
        var development = MaccrobatSplit.Committed.Values.Count(h => h == MaccrobatSplit.Development);
        var test = MaccrobatSplit.Committed.Values.Count(h => h == MaccrobatSplit.Test);

        Assert.Equal(200, development + test);
        Assert.InRange(development, 80, 120);
    }

    [Theory]
    [InlineData("16778410", MaccrobatSplit.Development)]
    [InlineData("15939911", MaccrobatSplit.Test)]
    public void TheHalfIsTheParityOfTheFirstHashByte(string pmid, string half) => Assert.Equal(half, MaccrobatSplit.HalfOf(pmid));
}
