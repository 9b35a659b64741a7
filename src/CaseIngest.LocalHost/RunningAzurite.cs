namespace CaseIngest.LocalHost;

/// <summary>
/// The Azurite process local mode runs now: the one it started, then each one the supervisor starts after an exit.
/// Disposing it stops the process running then, so an emulator is stopped with the host's services even when the
/// host never ran.
/// </summary>
internal sealed class RunningAzurite(AzuriteProcess first) : IAsyncDisposable
{
    private AzuriteProcess _current = first;

    public AzuriteProcess Current
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value);
    }

    public ValueTask DisposeAsync() => Current.DisposeAsync();
}
