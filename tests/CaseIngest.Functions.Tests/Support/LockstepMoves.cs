namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// A schedule for two actors that both move one source's member row into one article (two grouping walks that read
/// the same state): they copy the row at the same moment, the one whose copy landed first updates the case row first,
/// and after a lost case-row update the winner reads the member row again only once the loser has dealt with its copy.
/// So each round of the two walks interleaves the same way, every round. A request never waits on an actor that is
/// done (<see cref="Done"/>), and a wait that outlasts <see cref="Patience"/> fails instead of hanging the test.
/// </summary>
internal sealed class LockstepMoves(string recordId, string articleId, string first, string second) : ITableSchedule
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal) { [first] = new(), [second] = new() };
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _clock;

    /// <summary>Whether both actors sent a copy of the member row (the interleaving this schedule sets took place).</summary>
    public bool BothCopied
    {
        get
        {
            lock (_gate)
            {
                return _actors.Values.All(a => a.Copies > 0);
            }
        }
    }

    private string Partition => "article|" + articleId;

    private string MemberRow => "CaseIndex(" + Partition + "," + recordId + ")";

    public async Task BeforeAsync(string actor, string request)
    {
        using var timeout = new CancellationTokenSource(Patience);
        lock (_gate)
        {
            Arrive(actor, request);
        }

        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (MaySend(actor, request))
                {
                    Sent(actor, request);
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }

    public void After(string actor, string request, bool succeeded)
    {
        lock (_gate)
        {
            var me = _actors[actor];
            var tick = ++_clock;
            if (IsCopy(request))
            {
                me.CopyFailed = !succeeded;
                if (succeeded)
                {
                    me.CopiedAt = tick;
                }
            }
            else if (IsClaim(request))
            {
                me.ClaimedAt = tick;
                me.LostClaim = !succeeded;
            }

            Signal();
        }
    }

    /// <summary>The actor sends no more requests: nothing waits on it any longer.</summary>
    public void Done(string actor)
    {
        lock (_gate)
        {
            _actors[actor].Done = true;
            Signal();
        }
    }

    private bool MaySend(string actor, string request)
    {
        var me = _actors[actor];
        var other = _actors[actor == first ? second : first];
        if (other.Done)
        {
            return true;
        }

        // Copies: a new one (not a retry of one that failed) waits until the other actor reaches its copy too.
        if (IsCopy(request) && me.WaitsForCopy)
        {
            return other.Copies >= me.Copies;
        }

        // Case-row updates: the actor whose copy landed later waits until the other's update is answered.
        if (IsClaim(request))
        {
            return !(other.CopiedAt < me.CopiedAt && other.ClaimedAt < other.CopiedAt);
        }

        // After the other lost its update, this actor reads the member row again only once the other has moved on
        // from it (sent something other than work on this article's partition).
        if (request == "GET " + MemberRow)
        {
            return !(other.LostClaim && !other.MovedOn);
        }

        return true;
    }

    /// <summary>A request reaches the schedule: a new copy (not a retry of one that failed) is counted.</summary>
    private void Arrive(string actor, string request)
    {
        var me = _actors[actor];
        if (IsCopy(request))
        {
            me.WaitsForCopy = !me.CopyFailed;
            if (me.WaitsForCopy)
            {
                me.Copies++;
                Signal();
            }
        }
    }

    private void Sent(string actor, string request)
    {
        var me = _actors[actor];
        if (IsClaim(request))
        {
            me.MovedOn = false;
        }
        else if (me.LostClaim && !request.Contains(Partition, StringComparison.Ordinal))
        {
            me.MovedOn = true;
            Signal();
        }
    }

    private bool IsCopy(string request) =>
        request.StartsWith("BATCH[", StringComparison.Ordinal)
        && (request.Contains("PUT " + MemberRow, StringComparison.Ordinal) || request.Contains("POST " + MemberRow, StringComparison.Ordinal));

    private bool IsClaim(string request) =>
        request.StartsWith("PATCH Cases(" + recordId + ",", StringComparison.Ordinal) || request.StartsWith("MERGE Cases(" + recordId + ",", StringComparison.Ordinal);

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private sealed class Actor
    {
        public int Copies { get; set; }

        public bool CopyFailed { get; set; }

        public bool WaitsForCopy { get; set; }

        public int CopiedAt { get; set; }

        public int ClaimedAt { get; set; }

        public bool LostClaim { get; set; }

        public bool MovedOn { get; set; }

        public bool Done { get; set; }
    }
}
