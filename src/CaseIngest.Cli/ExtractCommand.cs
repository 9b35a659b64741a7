using System.CommandLine;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;

namespace CaseIngest.Cli;

/// <summary>
/// <c>caseingest extract FILE…</c>: one JSON record per file, in order (JSON Lines). Files that cannot be read
/// print an error object and make the exit code 1 after the rest are processed. No storage, no network.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Documents to read: text, Markdown, PubMed HTML or text, PubMed XML, MEDLINE, JATS." };
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON (one record per file, blank line between)." };
        var includeText = new Option<bool>("--include-text") { Description = "Add the extracted plain text as document.text." };
        var drugBank = new Option<string?>("--drugbank") { Description = "Path of the DrugBank open vocabulary CSV to widen the drug lexicon (or CASEINGEST_DRUGBANK)." };
        var geneList = new Option<string?>("--gene-list") { Description = "Path of a gene list TSV (CIViC genes: identifier, name, …) to widen the marker lexicon (or CASEINGEST_GENE_LIST)." };
        var compare = new Option<bool>("--compare-text-analytics")
        {
            Description = "Also read each file with Text Analytics for Health (CaseIngest__TextAnalytics__Endpoint) and print, per category, what both readers found and what only one found.",
        };
        var command = new Command("extract", "Extract case records from files and print them as JSON Lines.") { files, pretty, includeText, drugBank, geneList, compare };
        command.SetAction(parse =>
        {
            // The records' JSON metadata is built on a thread of its own while the settings are read and the engine is
            // built, which leave a core idle for part of that time; the first record then finds it ready. The same thread
            // hashes nothing once, so that the hashing library each record's SHA-256 needs is loaded there too.
            if (!parse.GetValue(compare))
            {
                var usePretty = parse.GetValue(pretty);
                new Thread(() =>
                {
                    CaseJson.Prepare(usePretty);
                    RecordIds.Sha256Hex([]);
                })
                { IsBackground = true, Name = "record JSON" }.Start();
            }

            // The same engine as the app (CaseIngest__… from the environment, the second reader when it is on), with these options on top.
            var settings = Vocabularies(parse.GetValue(drugBank), parse.GetValue(geneList));
            CaseEngine engine;
            try
            {
                engine = CliStorage.ExtractEngine(settings, forceTextAnalytics: parse.GetValue(compare));
            }
            catch (Exception ex) when (ex is InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }

            if (parse.GetValue(compare))
            {
                return Compare(parse.GetValue(files) ?? [], engine, Console.Out, Console.Error);
            }

            var output = StandardOutput.Open();
            return Run(parse.GetValue(files) ?? [], parse.GetValue(pretty), parse.GetValue(includeText), engine, output, Console.Error, flushEachRecord: !Console.IsOutputRedirected);
        });
        return command;
    }

    /// <summary>
    /// When the command line names this command, starts loading the marker lexicon, the largest part of the engine,
    /// on a thread of its own (<see cref="DefaultPipeline.Prepare"/>) while the command line is parsed and the settings
    /// are read; the engine the command builds takes it, unless the settings give a gene list. Help and the other
    /// commands load nothing.
    /// </summary>
    public static void PrepareEngine(IReadOnlyList<string> args)
    {
        if (args.Count > 0 && args[0] == "extract" && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            DefaultPipeline.Prepare();
        }
    }

    /// <summary>Reads each file with both readers and prints the comparison per category (no JSON).</summary>
    public static int Compare(IReadOnlyList<string> paths, CaseEngine engine, TextWriter output, TextWriter error)
    {
        var failed = 0;
        foreach (var path in paths)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed++;
                error.WriteLine($"{path}: the file cannot be read.");
                continue;
            }

            var result = engine.Process(path, bytes);
            if (result.Succeeded)
            {
                TextAnalytics.ComparisonReport.Write(result.Record!, output);
            }
            else
            {
                failed++;
                error.WriteLine($"{path}: {result.Rejection!.Error.Code}: {result.Rejection.Error.Message}");
            }
        }

        output.Flush();
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The vocabulary settings given as options or as the older CASEINGEST_DRUGBANK / CASEINGEST_GENE_LIST variables.</summary>
    internal static Dictionary<string, string?> Vocabularies(string? drugBank, string? geneList)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if ((drugBank ?? Environment.GetEnvironmentVariable("CASEINGEST_DRUGBANK")) is { Length: > 0 } drugs)
        {
            settings[CliStorage.Key(nameof(Application.CaseIngestOptions.DrugBankVocabularyPath))] = drugs;
        }

        if ((geneList ?? Environment.GetEnvironmentVariable("CASEINGEST_GENE_LIST")) is { Length: > 0 } genes)
        {
            settings[CliStorage.Key(nameof(Application.CaseIngestOptions.MarkerGeneListPath))] = genes;
        }

        return settings;
    }

    public static int Run(IReadOnlyList<string> paths, bool pretty, bool includeText, EngineOptions options, Stream output, TextWriter error) =>
        Run(paths, pretty, includeText, new CaseEngine(options), output, error);

    /// <summary>
    /// Writes one UTF-8 JSON line per file to <paramref name="output"/> (a blank line after each when
    /// <paramref name="pretty"/>), flushing it after the first record (the first result shows as soon as it is ready),
    /// then when its buffer fills and at the end, or after every record when <paramref name="flushEachRecord"/> (a
    /// terminal shows each record as it is read).
    /// </summary>
    public static int Run(IReadOnlyList<string> paths, bool pretty, bool includeText, CaseEngine engine, Stream output, TextWriter error, bool flushEachRecord = false)
    {
        var files = new FileBytes();
        var failed = 0;
        var first = true;
        foreach (var path in paths)
        {
            byte[] json;
            ReadOnlySpan<byte> bytes = default;
            string? readError = null;
            try
            {
                bytes = files.Read(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                readError = ex is FileNotFoundException or DirectoryNotFoundException ? "The file does not exist." : "The file cannot be read.";
            }

            if (readError is not null)
            {
                failed++;
                json = CaseJson.SerializeToUtf8Bytes(new RejectedDocument(new RejectedDocumentInfo(path), new ExtractionError(ErrorCodes.Unreadable, readError)), pretty);
                error.WriteLine($"{path}: {readError}");
            }
            else
            {
                var result = engine.Process(path, bytes, includeText);
                if (result.Succeeded)
                {
                    json = CaseJson.SerializeToUtf8Bytes(result.Record!, pretty);
                }
                else
                {
                    failed++;
                    json = CaseJson.SerializeToUtf8Bytes(result.Rejection!, pretty);
                    error.WriteLine($"{path}: {result.Rejection!.Error.Code}: {result.Rejection.Error.Message}");
                }
            }

            output.Write(json);
            output.Write(NewLine);
            if (pretty)
            {
                output.Write(NewLine);
            }

            if (flushEachRecord || first)
            {
                output.Flush();
                first = false;
            }
        }

        output.Flush();
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The line end <see cref="TextWriter.WriteLine()"/> writes, in UTF-8.</summary>
    private static ReadOnlySpan<byte> NewLine => Environment.NewLine == "\r\n" ? "\r\n"u8 : "\n"u8;
}
