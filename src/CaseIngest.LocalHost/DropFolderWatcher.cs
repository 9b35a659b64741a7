using CaseIngest.Application;
using CaseIngest.Storage;
using Microsoft.Extensions.Options;

namespace CaseIngest.LocalHost;

/// <summary>
/// Local mode's drop folder: a file copied in (sub-folders included) is uploaded to the container under its
/// relative path and ingested at once. A file is taken once its size and time stop changing.
/// </summary>
internal sealed class DropFolderWatcher(DocumentStore documents, IngestService ingest, IOptions<LocalModeOptions> options, ILogger<DropFolderWatcher> logger) : BackgroundService
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
            if (file.Name.StartsWith('.') || name.StartsWith('.'))
            {
                continue;
            }

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

            var outcome = await IngestFileAsync(name, path, file.Length, cancellationToken).ConfigureAwait(false);
            if (outcome is null)
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
        }
    }

    /// <summary>
    /// Uploads and ingests one file; null when it cannot be read yet. A name that cannot be a blob name is recorded
    /// as rejected without an upload; a file over the size limit is streamed up and refused from its length, never
    /// read into memory.
    /// </summary>
    private async Task<IngestOutcome?> IngestFileAsync(string name, string path, long length, CancellationToken cancellationToken)
    {
        if (!BlobNames.IsValid(name))
        {
            return await ingest.IngestAsync(name, ReadOnlyMemory<byte>.Empty, null, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        try
        {
            if (length > ingest.MaxDocumentBytes)
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                await documents.UploadAsync(name, stream, cancellationToken).ConfigureAwait(false);
                return await ingest.IngestBlobAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            using var content = new MemoryStream(bytes, writable: false);
            var etag = await documents.UploadAsync(name, content, cancellationToken).ConfigureAwait(false);
            return await ingest.IngestAsync(name, bytes, etag, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
