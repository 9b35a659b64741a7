using CaseIngest.LocalHost;

namespace CaseIngest.Functions.Tests.LocalHost;

/// <summary>How long the container watcher waits before it looks at the container again.</summary>
public sealed class SweepPacingTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Resting = TimeSpan.FromSeconds(10);

    [Fact]
    public void ShortlyAfterAListingFoundBlobsTheWatcherListsAgainAtThePollIntervalEvenAfterEmptyListings()
    {
        // Three empty listings after a burst had doubled the pause to 4 s; a second wave of the burst then waited that long.
        var pause = SweepPacing.AfterListing(TimeSpan.FromSeconds(2), Poll, Resting, sinceFound: TimeSpan.FromSeconds(2));

        Assert.Equal(Poll, pause);
    }

    [Fact]
    public void OnceNothingHasBeenFoundForTenPollIntervalsEachEmptyListingDoublesThePauseUpToTheRestingPause()
    {
        var idle = Poll * SweepPacing.ActiveIntervals;

        Assert.Equal(TimeSpan.FromSeconds(1), SweepPacing.AfterListing(Poll, Poll, Resting, idle));
        Assert.Equal(TimeSpan.FromSeconds(8), SweepPacing.AfterListing(TimeSpan.FromSeconds(4), Poll, Resting, idle));
        Assert.Equal(Resting, SweepPacing.AfterListing(TimeSpan.FromSeconds(8), Poll, Resting, idle));
    }

    [Fact]
    public void WhileTheWorkersHaveABacklogTheWatcherChecksForRoomMuchMoreOftenThanItPolls()
    {
        // The backlog check is a count, not a storage request: the next listing starts within 25 ms of room, not 500.
        Assert.Equal(TimeSpan.FromMilliseconds(25), SweepPacing.WhileBacklogged(Poll));
        Assert.Equal(TimeSpan.FromMilliseconds(25), SweepPacing.WhileBacklogged(TimeSpan.FromMilliseconds(100)));
    }
}
