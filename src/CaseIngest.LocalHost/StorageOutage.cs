using CaseIngest.Storage;

namespace CaseIngest.LocalHost;

/// <summary>
/// Whether storage answers, as the local host's watchers find out. The first failure of an outage is logged once,
/// with what was being done and the blob's name, never a stack trace; the failures after it are only counted until an
/// operation succeeds, which is logged once and raises <see cref="Restored"/>. The supervisor marks the time the
/// emulator it runs is known to be down, so the health endpoint can answer at once.
/// </summary>
internal sealed class StorageOutage(ILogger<StorageOutage> logger, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private long? _since;
    private int _failures;
    private volatile bool _emulatorDown;

    /// <summary>Raised once when storage answers after an outage (another component may reconcile then).</summary>
    public event Action? Restored;

    public bool IsOngoing
    {
        get
        {
            lock (_gate)
            {
                return _since is not null;
            }
        }
    }

    /// <summary>Set while the emulator the local host runs has exited and is being restarted.</summary>
    public bool EmulatorDown
    {
        get => _emulatorDown;
        set => _emulatorDown = value;
    }

    /// <summary>Records a failed storage operation; logs only the first of an outage.</summary>
    public void Failed(string operation, string? blobName, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        bool first;
        lock (_gate)
        {
            _failures++;
            first = _since is null;
            _since ??= _time.GetTimestamp();
        }

        if (first)
        {
            LocalHostLog.StorageOutage(logger, operation, blobName ?? "", StorageFailures.Describe(exception));
        }
    }

    /// <summary>Records a storage operation that succeeded; ends an outage if one is on.</summary>
    public void Succeeded()
    {
        long since;
        int failures;
        lock (_gate)
        {
            if (_since is not { } start)
            {
                return;
            }

            since = start;
            failures = _failures;
            _since = null;
            _failures = 0;
        }

        LocalHostLog.StorageBack(logger, _time.GetElapsedTime(since).TotalSeconds, failures);
        Restored?.Invoke();
    }
}
