using System.Collections.Concurrent;

namespace CaseIngest.Application;

/// <summary>
/// Grouping checks that saves left for later (<see cref="IngestService.IngestIfChangedAsync(string, string, GroupingRuns, CancellationToken)"/>),
/// run beside the caller's next documents: at most <c>maxRunning</c> at once (starting one more waits for a place), so
/// a caller never runs far ahead of the storage service. A check that fails is counted as a failed ingest of its
/// document and its record is marked to be saved again; <see cref="Failed"/> names the document so that its caller can
/// deliver it again.
/// </summary>
public sealed class GroupingRuns
{
    private readonly SemaphoreSlim _places;
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _next;

    public GroupingRuns(int maxRunning)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRunning, 1);
        _places = new SemaphoreSlim(maxRunning, maxRunning);
    }

    /// <summary>Raised with the document name when a grouping check failed and the document should be delivered again.</summary>
    public event Action<string>? Failed;

    /// <summary>How many checks are running now.</summary>
    public int Running => _running.Count;

    /// <summary>Completes when every check started so far has ended (failed checks included: they never throw here).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_running.Values);

    /// <summary>Starts <paramref name="run"/> once a place is free; <paramref name="run"/> handles its own failures.</summary>
    internal async Task StartAsync(Func<Task> run, CancellationToken cancellationToken)
    {
        await _places.WaitAsync(cancellationToken).ConfigureAwait(false);
        var key = Interlocked.Increment(ref _next);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _running[key] = RunAsync(key, run, start.Task);
        start.SetResult();
    }

    internal void OnFailed(string name) => Failed?.Invoke(name);

    private async Task RunAsync(long key, Func<Task> run, Task registered)
    {
        try
        {
            await registered.ConfigureAwait(false);
            await run().ConfigureAwait(false);
        }
        finally
        {
            _running.TryRemove(key, out _);
            _places.Release();
        }
    }
}
