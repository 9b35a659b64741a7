namespace CaseIngest.LocalHost;

/// <summary>
/// Tells the container watcher when to list the container: a file was uploaded from the drop folder, the emulator's
/// blob store changed on disk, or storage came back and every blob must be checked against its record (a reconcile).
/// Without such a signal the watcher lists only on its slow sweep.
/// </summary>
internal sealed class ContainerChanges
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private int _reconcile = 1;

    /// <summary>Whether something reports every change in the container (the emulator's data folder is watched).</summary>
    public bool ChangesAreSignalled { get; set; }

    /// <summary>Something in the container may have changed: list it soon.</summary>
    public void Changed()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>
    /// Check every blob against its record on the next listing (after a storage restart, or periodically); with
    /// <paramref name="listSoon"/> false, on the next listing whenever it comes.
    /// </summary>
    public void RequestReconcile(bool listSoon = true)
    {
        Interlocked.Exchange(ref _reconcile, 1);
        if (listSoon)
        {
            Changed();
        }
    }

    /// <summary>Whether a reconcile was requested since the last call (the first call is always true).</summary>
    public bool TakeReconcile() => Interlocked.Exchange(ref _reconcile, 0) == 1;

    /// <summary>Waits for a signal or the timeout; true when signalled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
