namespace CaseIngest.LocalHost;

/// <summary>
/// Watches the data folder of the persistent Azurite local mode runs: a write to its blob store (content extents or
/// the blob database) means a blob may have been added or changed by any tool, so the container watcher lists the
/// container then, and otherwise does not need to. Table and queue files are ignored (the app's own record writes).
/// </summary>
internal sealed class EmulatorFileSignal(string dataDirectory, ContainerChanges changes) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        _watcher = new FileSystemWatcher(dataDirectory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Error += (_, _) => changes.Changed();
        _watcher.EnableRaisingEvents = true;
        changes.ChangesAreSignalled = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        changes.ChangesAreSignalled = false;
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _watcher = null;
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        var path = e.FullPath.Replace('\\', '/');
        if (path.Contains("__blobstorage__", StringComparison.Ordinal) || path.Contains("__azurite_db_blob__", StringComparison.Ordinal))
        {
            changes.Changed();
        }
    }
}
