using System.Text;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class TokenListTests
{
    [Fact]
    public void ListsTheTokenizersWordsOfAShortText()
    {
        const string text = "A 58-year-old woman with HER2-positive breast cancer received trastuzumab.";

        var tokens = TokenList.Of(text);

        Assert.Equal(Tokenizer.Tokenize(text), tokens.AsSpan().ToArray());
        Assert.Equal(new Token(text.Length - 12, text.Length - 1), tokens[^1]);
    }

    [Fact]
    public void ListsTheTokenizersWordsOfATextWithMoreWordsThanAnOwnedArrayHolds()
    {
        var text = LongText(TokenList.OwnedLength + 1000);
        var expected = Tokenizer.Tokenize(text);
        Assert.True(expected.Length > TokenList.OwnedLength);

        var tokens = TokenList.Of(text);

        Assert.Equal(expected.Length, tokens.Length);
        Assert.True(tokens.AsSpan().SequenceEqual(expected));
        tokens.Release();
    }

    [Fact]
    public void AReleasedListCannotBeRead()
    {
        var tokens = TokenList.Of("Imatinib was stopped after two weeks.");

        tokens.Release();

        Assert.Equal(0, tokens.Length);
        Assert.Throws<ObjectDisposedException>(() => tokens.AsSpan().Length);
    }

    /// <summary>Case-report sentences repeated until the text holds at least <paramref name="words"/> words.</summary>
    internal static string LongText(int words)
    {
        var text = new StringBuilder();
        for (var count = 0; count < words; count += 28)
        {
            text.Append("The patient, a 71-year-old man with stage IV NSCLC, started osimertinib 80 mg daily; ");
            text.Append("after 3 months a partial response was seen and the EGFR L858R mutation persisted.\n");
        }

        return text.ToString();
    }
}
