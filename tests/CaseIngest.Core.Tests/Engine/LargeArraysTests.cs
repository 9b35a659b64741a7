using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

/// <summary>The arrays kept for large documents: handed out again, and never more than the bounds allow.</summary>
[Collection(ThreadMemoryTests.Alone)]
public sealed class LargeArraysTests
{
    [Fact]
    public void AnArrayGivenBackIsHandedOutAgainForALengthItHolds()
    {
        var first = LargeArrays.Rent<Probe>(200_000);
        Assert.True(first.Length >= 200_000);
        LargeArrays.Return(first);

        var second = LargeArrays.Rent<Probe>(190_000);

        Assert.Same(first, second);
        LargeArrays.Return(second);
    }

    [Fact]
    public void AnArrayTooShortForTheLengthAskedIsNotHandedOut()
    {
        var kept = LargeArrays.Rent<Probe>(150_000);
        LargeArrays.Return(kept);

        var longer = LargeArrays.Rent<Probe>(kept.Length + 1);

        Assert.NotSame(kept, longer);
        Assert.True(longer.Length > kept.Length);
        LargeArrays.Return(longer);
    }

    [Fact]
    public void AnArrayAboveTheBoundIsNotKept()
    {
        var before = LargeArrays.KeptBytes;
        var huge = GC.AllocateUninitializedArray<Probe>((int)(LargeArrays.MaxKeptArrayBytes / 8) + 1);

        LargeArrays.Return(huge);

        Assert.Equal(before, LargeArrays.KeptBytes);
        Assert.InRange(LargeArrays.KeptBytes, 0, LargeArrays.MaxKeptBytes);
    }

    /// <summary>An element type of its own, so no other code shares these slots.</summary>
    private readonly record struct Probe(long Value);
}
