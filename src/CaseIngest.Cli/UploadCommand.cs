using System.CommandLine;
using System.Security.Cryptography;
using Azure;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary>
/// <c>caseingest upload FILE…</c>: uploads documents (folders recursively) to the ingest container, where the blob
/// trigger or the local watcher turns each into a record. Shows progress for many files; with <c>--wait</c> it
/// waits for each file's outcome and prints it (record id and counts, or the rejection code and message). A file
/// that cannot be uploaded (unreadable, a name storage cannot hold, refused by storage) is reported and the others
/// still go up.
/// </summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders to upload." };
        var prefix = new Option<string?>("--prefix") { Description = "Blob name prefix, e.g. 2024/ (default: none)." };
        var wait = new Option<bool>("--wait") { Description = "Wait for each file's outcome and print it: record id and counts, or the rejection code and message." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds --wait waits for the outcomes (default 120).", DefaultValueFactory = _ => 120 };
        var connection = CliStorage.ConnectionOption();
        var container = CliStorage.ContainerOption();
        var command = new Command("upload", "Upload documents to the ingest container.") { files, prefix, wait, timeout, connection, container };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(
                CliStorage.Create(parse, connection, container),
                parse.GetValue(files) ?? [],
                parse.GetValue(prefix),
                new UploadOptions { Wait = parse.GetValue(wait), Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))), Interactive = !Console.IsErrorRedirected },
                Console.Out,
                Console.Error,
                cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(CliStorage storage, IReadOnlyList<string> paths, string? prefix, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(storage, paths, prefix, new UploadOptions(), output, error, cancellationToken);

    public static async Task<int> RunAsync(CliStorage storage, IReadOnlyList<string> paths, string? prefix, UploadOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        var work = Files(paths, prefix);
        var failed = 0;
        var uploaded = new List<(string Name, string Sha256)>();
        var progress = new ProgressDisplay(error, options.Interactive, "uploaded", work.Count);
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (item, token) =>
        {
            string? problem = null;
            string? sha256 = null;
            try
            {
                if (!BlobNames.IsValid(item.Name))
                {
                    // Checked before the file is opened: the name would leave the container or be trimmed by storage.
                    problem = $"'{item.Name}' cannot be a document name (a dot segment, a trailing dot or slash, a control character, or over {BlobNames.MaxLength} characters); not uploaded";
                }
                else
                {
                    await using var stream = File.OpenRead(item.Path);
                    sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, token).ConfigureAwait(false));
                    stream.Position = 0;
                    await storage.Documents.UploadAsync(item.Name, stream, token).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : "the file cannot be read";
            }
            catch (RequestFailedException ex)
            {
                problem = $"storage refused it (HTTP {ex.Status}{(string.IsNullOrEmpty(ex.ErrorCode) ? "" : " " + ex.ErrorCode)})";
            }

            lock (uploaded)
            {
                if (problem is not null)
                {
                    failed++;
                    progress.Line(error, $"{item.Path}: {problem}");
                }
                else
                {
                    uploaded.Add((item.Name, sha256!));
                    if (!options.Wait)
                    {
                        progress.Line(output, item.Name);
                    }
                }
            }

            progress.Advance();
        }).ConfigureAwait(false);
        progress.Finish();
        error.WriteLine($"{work.Count - failed} uploaded, {failed} failed.");
        if (!options.Wait || uploaded.Count == 0)
        {
            return failed == 0 ? 0 : 1;
        }

        var waiting = new ProgressDisplay(error, options.Interactive, "done", uploaded.Count);
        var outcomes = await UploadWaiter.WaitAsync(storage.Store, [.. uploaded.OrderBy(u => u.Name, StringComparer.Ordinal)], options.Timeout, options.Poll, outcome =>
        {
            waiting.Line(output, outcome.ToString());
            waiting.Advance();
        }, cancellationToken).ConfigureAwait(false);
        waiting.Finish();
        var ingested = outcomes.Count(o => o.Ingested);
        error.WriteLine($"{ingested} ingested, {outcomes.Count - ingested} rejected or not done.");
        return failed == 0 && ingested == outcomes.Count ? 0 : 1;
    }

    private static List<(string Path, string Name)> Files(IReadOnlyList<string> paths, string? prefix)
    {
        var work = new List<(string Path, string Name)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                work.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(f => (f, prefix + Path.GetRelativePath(path, f).Replace('\\', '/'))));
            }
            else
            {
                work.Add((path, prefix + Path.GetFileName(path)));
            }
        }

        return work;
    }
}
