using CaseIngest.Application;

namespace CaseIngest.Functions.Tests.Ingest;

/// <summary>The runner of grouping checks left for later: bounded, and idle only when every check has ended.</summary>
public sealed class GroupingRunsTests
{
    [Fact]
    public async Task StartingMoreChecksThanItsPlacesWaitsUntilOneEnds()
    {
        var runs = new GroupingRuns(2);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await runs.StartAsync(() => release.Task, CancellationToken.None);
        await runs.StartAsync(() => release.Task, CancellationToken.None);

        var third = runs.StartAsync(() => Task.CompletedTask, CancellationToken.None);
        await Task.Delay(100);

        Assert.False(third.IsCompleted);
        Assert.Equal(2, runs.Running);
        Assert.False(runs.WhenIdleAsync().IsCompleted);
        release.SetResult();
        await third.WaitAsync(TimeSpan.FromSeconds(10));
        await runs.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, runs.Running);
    }
}
