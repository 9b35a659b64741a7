using CaseIngest.Core.Extraction.Outcomes;

namespace CaseIngest.Core.Tests.Engine;

public sealed class CoveredSpansTests
{
    private static bool AnyOverlap(List<(int Start, int End)> spans, int start, int end) => spans.Exists(s => s.Start < end && start < s.End);

    [Fact]
    public void AnswersAsAWalkOverEverySpanWould()
    {
        var random = new Random(7);
        var covered = new CoveredSpans();
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < 400; i++)
        {
            var start = random.Next(0, 2000);
            var span = (start, start + random.Next(1, 30));
            spans.Add(span);
            covered.Add(span);
            for (var q = 0; q < 20; q++)
            {
                var from = random.Next(0, 2040);
                var to = from + random.Next(0, 25);
                Assert.Equal(AnyOverlap(spans, from, to), covered.Overlaps(from, to));
            }
        }
    }

    [Fact]
    public void SpansThatOnlyTouchDoNotOverlap()
    {
        var covered = new CoveredSpans();
        covered.Add((10, 20));
        covered.Add((20, 30));
        Assert.False(covered.Overlaps(30, 40));
        Assert.False(covered.Overlaps(0, 10));
        Assert.True(covered.Overlaps(19, 21));
        Assert.False(covered.Overlaps(20, 20));
        Assert.True(covered.Overlaps(25, 25));
    }
}
