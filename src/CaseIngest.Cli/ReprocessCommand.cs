using System.CommandLine;
using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary>
/// <c>caseingest reprocess</c>: extracts every blob of the container again (a new extractor version, new lexicons).
/// By default it fans out: one message per document on the reprocess queue, taken by every instance of the function
/// app (or by the local host), with progress as it enqueues. With <c>--in-process</c> it extracts here and reports
/// what changed: one line per changed, new or rejected record, then the totals.
/// </summary>
internal static class ReprocessCommand
{
    public static Command Create()
    {
        var prefix = new Option<string?>("--prefix") { Description = "Only blobs whose names start with this." };
        var drugBank = new Option<string?>("--drugbank") { Description = "Path of the DrugBank open vocabulary CSV (or CASEINGEST_DRUGBANK)." };
        var inProcess = new Option<bool>("--in-process") { Description = "Extract here, one blob after another, and report each change (default: enqueue one message per document)." };
        var geneList = new Option<string?>("--gene-list") { Description = "Path of a gene list TSV to widen the marker lexicon (or CASEINGEST_GENE_LIST)." };
        var connection = CliStorage.ConnectionOption();
        var container = CliStorage.ContainerOption();
        var command = new Command("reprocess", "Run extraction again over every blob and report what changed.") { prefix, inProcess, drugBank, geneList, connection, container };
        command.SetAction((parse, cancellationToken) =>
        {
            var storage = CliStorage.Create(parse, connection, container, ExtractCommand.Vocabularies(parse.GetValue(drugBank), parse.GetValue(geneList)));
            return parse.GetValue(inProcess)
                ? RunAsync(storage, storage.Engine, parse.GetValue(prefix), Console.Out, Console.Error, cancellationToken)
                : EnqueueAsync(storage, parse.GetValue(prefix), Console.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>One queue message per document under the prefix; progress on <paramref name="error"/>, the total at the end.</summary>
    public static async Task<int> EnqueueAsync(CliStorage storage, string? prefix, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(error);
        var progress = new SynchronousProgress(count =>
        {
            if (count % 100 == 0)
            {
                error.Write($"\renqueued {count}");
            }
        });
        var total = await storage.Reprocess.EnqueueAllAsync(storage.Documents, prefix, progress, cancellationToken).ConfigureAwait(false);
        await error.WriteLineAsync($"\r{total} document(s) queued for reprocessing on queue {storage.Reprocess.Name}.").ConfigureAwait(false);
        return 0;
    }

    public static async Task<int> RunAsync(CliStorage storage, CaseEngine engine, string? prefix, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var ingest = storage.Ingest(engine);
        var counts = Enum.GetValues<IngestStatus>().ToDictionary(s => s, _ => 0);
        var gate = new object();
        var blobs = new List<StoredDocument>();
        await foreach (var blob in storage.Documents.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            blobs.Add(blob);
        }

        await Parallel.ForEachAsync(blobs, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (blob, token) =>
        {
            var outcome = await ingest.IngestBlobAsync(blob.Name, force: true, token).ConfigureAwait(false);
            if (outcome is null)
            {
                return;
            }

            lock (gate)
            {
                counts[outcome.Status]++;
                if (outcome.Status is IngestStatus.Created or IngestStatus.Updated or IngestStatus.Rejected)
                {
                    output.WriteLine($"{outcome.Status.ToString().ToLowerInvariant()}\t{outcome.Id}\t{blob.Name}{(outcome.ErrorCode is null ? "" : "\t" + outcome.ErrorCode)}");
                }
            }
        }).ConfigureAwait(false);

        await error.WriteLineAsync(
            $"{blobs.Count} blob(s): {counts[IngestStatus.Updated]} changed, {counts[IngestStatus.Rewritten]} unchanged, {counts[IngestStatus.Created]} new, {counts[IngestStatus.Rejected]} rejected.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
