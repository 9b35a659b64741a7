using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class OrdinalIgnoreCaseTests
{
    [Theory]
    [InlineData("The patient received Cisplatin.", "cisplatin")]
    [InlineData("no match here", "cisplatin")]
    [InlineData("cisplati", "cisplatin")]
    [InlineData("CISPLATIN", "cisplatin")]
    [InlineData("a ciscisplatin b", "cisplatin")]
    [InlineData("bıg and big", "big")]
    [InlineData("ſtage and stage", "stage")]
    [InlineData("\u212Aelvin or kelvin", "kelvin")]
    [InlineData("dose of 5 Gy", "5 gy")]
    [InlineData("", "et al")]
    [InlineData("Smith et al. reported", "ET AL")]
    [InlineData("Ünal and unal", "ünal")]
    [InlineData("The tumour was TRIPLE-negative.", "triple")]
    [InlineData("ER and PR were 90% and 40%, Respectively.", "respectively")]
    [InlineData("Hormone-receptor status was not reported.", "hormone")]
    [InlineData("**Key Words:** melanoma; BRAF", "ey word")]
    [InlineData("KEYWORDS: lymphoma", "eywords")]
    public void FindsTheSameIndexAsTheFrameworkSearch(string text, string value) =>
        Assert.Equal(text.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase), OrdinalIgnoreCase.IndexOf(text, value));

    [Fact]
    public void EveryCharacterThatFoldsToALetterIsACandidate()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = new string((char)c, 1) + "x";
            foreach (var letter in "abcdefghijklmnopqrstuvwxyz")
            {
                var value = letter + "x";
                Assert.Equal(text.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase), OrdinalIgnoreCase.IndexOf(text, value));
            }
        }
    }
}
