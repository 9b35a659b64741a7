namespace CaseIngest.LocalHost;

/// <summary>
/// How long the container watcher waits before it looks at the container again. After a listing that found blobs
/// it stays at the poll interval for <see cref="ActiveIntervals"/> intervals (the files of a burst often arrive in
/// waves); then each empty listing doubles the pause up to the resting pause. While the workers have a backlog, the
/// watcher does not list but checks the backlog every <see cref="BacklogCheck"/> (a count, no storage request), so the
/// next listing starts as soon as the workers could take more.
/// </summary>
internal static class SweepPacing
{
    public const int ActiveIntervals = 10;

    public static readonly TimeSpan BacklogCheck = TimeSpan.FromMilliseconds(25);

    /// <summary>The pause after a listing, given the pause before it and the time since a listing last found something.</summary>
    public static TimeSpan AfterListing(TimeSpan pause, TimeSpan pollInterval, TimeSpan restingPause, TimeSpan sinceFound) =>
        sinceFound < pollInterval * ActiveIntervals ? pollInterval : Slower(pause, restingPause);

    /// <summary>The pause while the workers' backlog is full: never longer than the poll interval.</summary>
    public static TimeSpan WhileBacklogged(TimeSpan pollInterval) => BacklogCheck < pollInterval ? BacklogCheck : pollInterval;

    /// <summary>Twice the pause, at most <paramref name="limit"/>.</summary>
    public static TimeSpan Slower(TimeSpan pause, TimeSpan limit) => TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, Math.Max(limit.Ticks, 1)));
}
