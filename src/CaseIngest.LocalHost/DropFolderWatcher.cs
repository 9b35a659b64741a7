using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Storage;
using Microsoft.Extensions.Options;

namespace CaseIngest.LocalHost;

/// <summary>
/// Local mode's drop folder: a file copied in (sub-folders included) is uploaded to the container under its
/// relative path, and the blob watcher ingests it like any other blob (one path per file). A file is taken once
/// its size and time stop changing. After a restart, a file whose bytes are already what is stored for its name is
/// not uploaded again. A name that cannot be a blob name is recorded as rejected (invalid-name) without an upload.
/// </summary>
internal sealed class DropFolderWatcher(
    DocumentStore documents,
    CaseStore store,
    IngestService ingest,
    ContainerChanges changes,
    StorageOutage outage,
    IOptions<LocalModeOptions> options,
    ILogger<DropFolderWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, (long Length, DateTime Written)> _uploaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Length, DateTime Written)> _pending = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Watch)
        {
            return;
        }

        var folder = RepositoryPaths.Resolve(RepositoryPaths.FindRoot(settings.AzuriteDirectory), settings.DropDirectory);
        Directory.CreateDirectory(folder);
        Log.Watching(logger, folder);
        var interval = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(folder, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && StorageFailures.IsUnavailable(ex))
            {
                outage.Failed("watching the drop folder", null, ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.WatchFailed(logger, "drop folder", ex);
            }

            await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task PollAsync(string folder, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var file = new FileInfo(path);
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var state = (file.Length, file.LastWriteTimeUtc);
            if (_uploaded.TryGetValue(name, out var done) && done == state)
            {
                continue;
            }

            // Taken on the second sighting with the same size and time, so a file still being copied is not read half-way.
            if (!_pending.TryGetValue(name, out var seen) || seen != state)
            {
                _pending[name] = state;
                continue;
            }

            if (!await TakeFileAsync(name, path, file.Length, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            _pending.Remove(name);
            _uploaded[name] = state;
            count++;
        }

        if (count > 0)
        {
            Log.Uploaded(logger, count);
            changes.Changed();
        }

        // The drop folder mirrors the files it uploaded: a file deleted from it deletes its blob (and so its document).
        foreach (var name in _uploaded.Keys.Where(n => !File.Exists(Path.Combine(folder, n))).ToList())
        {
            if (BlobNames.IsValid(name))
            {
                await documents.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
            }

            _uploaded.Remove(name);
            _pending.Remove(name);
        }
    }

    /// <summary>
    /// Uploads one file; false when it cannot be read yet. A name that cannot be a blob name is recorded as rejected
    /// without an upload; a file whose bytes are what is stored for its name is left alone; a file over the size
    /// limit is streamed up, never read into memory (the blob watcher refuses it from its length). When storage does
    /// not answer, the file is left for a later poll (and the outage logged once).
    /// </summary>
    private async Task<bool> TakeFileAsync(string name, string path, long length, CancellationToken cancellationToken)
    {
        try
        {
            var taken = await UploadAsync(name, path, length, cancellationToken).ConfigureAwait(false);
            outage.Succeeded();
            return taken;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && StorageFailures.IsUnavailable(ex) && ex is not IOException)
        {
            outage.Failed("uploading from the drop folder", name, ex);
            return false;
        }
    }

    private async Task<bool> UploadAsync(string name, string path, long length, CancellationToken cancellationToken)
    {
        if (!BlobNames.IsValid(name))
        {
            _ = await ingest.IngestAsync(name, ReadOnlyMemory<byte>.Empty, null, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }

        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            if (length <= ingest.MaxDocumentBytes)
            {
                var bytes = new byte[length];
                await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
                var state = await store.GetStateAsync(RecordIds.FromName(name), cancellationToken).ConfigureAwait(false);
                if (state is not null && state.Sha256 == RecordIds.Sha256Hex(bytes))
                {
                    return true;
                }

                stream.Position = 0;
            }

            await documents.UploadAsync(name, stream, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
