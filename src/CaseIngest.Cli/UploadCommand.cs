using System.CommandLine;
using Azure;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary>
/// <c>caseingest upload FILE…</c>: uploads documents (folders recursively) to the ingest container, where the blob
/// trigger or the local watcher turns each into a record. Shows progress for many files. A file that cannot be
/// uploaded (unreadable, a name storage cannot hold, refused by storage) is reported and the others still go up.
/// </summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders to upload." };
        var prefix = new Option<string?>("--prefix") { Description = "Blob name prefix, e.g. 2024/ (default: none)." };
        var connection = CliStorage.ConnectionOption();
        var container = CliStorage.ContainerOption();
        var command = new Command("upload", "Upload documents to the ingest container.") { files, prefix, connection, container };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(CliStorage.Create(parse, connection, container), parse.GetValue(files) ?? [], parse.GetValue(prefix), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliStorage storage, IReadOnlyList<string> paths, string? prefix, TextWriter output, TextWriter error, CancellationToken cancellationToken)
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

        var done = 0;
        var failed = 0;
        var showProgress = work.Count > 1;
        var gate = new object();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (item, token) =>
        {
            string? problem = null;
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

            lock (gate)
            {
                done++;
                if (problem is not null)
                {
                    failed++;
                    error.WriteLine($"{item.Path}: {problem}");
                }
                else
                {
                    output.WriteLine(item.Name);
                    if (showProgress)
                    {
                        error.Write($"\ruploaded {done}/{work.Count}");
                    }
                }
            }
        }).ConfigureAwait(false);

        if (showProgress)
        {
            error.WriteLine();
        }

        error.WriteLine($"{work.Count - failed} uploaded, {failed} failed.");
        return failed == 0 ? 0 : 1;
    }
}
