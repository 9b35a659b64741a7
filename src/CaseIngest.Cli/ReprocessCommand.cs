using System.CommandLine;
using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary>
/// <c>caseingest reprocess</c>: extracts every blob of the container again (a new extractor version, new lexicons)
/// and reports what changed: one line per changed, new or rejected record, then the totals.
/// </summary>
internal static class ReprocessCommand
{
    public static Command Create()
    {
        var prefix = new Option<string?>("--prefix") { Description = "Only blobs whose names start with this." };
        var drugBank = new Option<string?>("--drugbank") { Description = "Path of the DrugBank open vocabulary CSV (or CASEINGEST_DRUGBANK)." };
        var geneList = new Option<string?>("--gene-list") { Description = "Path of a gene list TSV to widen the marker lexicon (or CASEINGEST_GENE_LIST)." };
        var connection = CliStorage.ConnectionOption();
        var container = CliStorage.ContainerOption();
        var command = new Command("reprocess", "Run extraction again over every blob and report what changed.") { prefix, drugBank, geneList, connection, container };
        command.SetAction((parse, cancellationToken) =>
        {
            var storage = CliStorage.Create(parse, connection, container, ExtractCommand.Vocabularies(parse.GetValue(drugBank), parse.GetValue(geneList)));
            return RunAsync(storage, storage.Engine, parse.GetValue(prefix), Console.Out, Console.Error, cancellationToken);
        });
        return command;
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
}
