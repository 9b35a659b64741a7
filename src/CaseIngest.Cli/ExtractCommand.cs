using System.CommandLine;
using CaseIngest.Core;
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
            // built, which leave a core idle for most of that time; the first record then finds it ready.
            if (!parse.GetValue(compare))
            {
                var usePretty = parse.GetValue(pretty);
                new Thread(() => CaseJson.Prepare(usePretty)) { IsBackground = true, Name = "record JSON" }.Start();
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

            return parse.GetValue(compare)
                ? Compare(parse.GetValue(files) ?? [], engine, Console.Out, Console.Error)
                : Run(parse.GetValue(files) ?? [], parse.GetValue(pretty), parse.GetValue(includeText), engine, Console.Out, Console.Error);
        });
        return command;
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

    public static int Run(IReadOnlyList<string> paths, bool pretty, bool includeText, EngineOptions options, TextWriter output, TextWriter error) =>
        Run(paths, pretty, includeText, new CaseEngine(options), output, error);

    public static int Run(IReadOnlyList<string> paths, bool pretty, bool includeText, CaseEngine engine, TextWriter output, TextWriter error)
    {
        var failed = 0;
        foreach (var path in paths)
        {
            string json;
            byte[]? bytes = null;
            string? readError = null;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                readError = ex is FileNotFoundException or DirectoryNotFoundException ? "The file does not exist." : "The file cannot be read.";
            }

            if (bytes is null)
            {
                failed++;
                json = CaseJson.Serialize(new RejectedDocument(new RejectedDocumentInfo(path), new ExtractionError(ErrorCodes.Unreadable, readError!)), pretty);
                error.WriteLine($"{path}: {readError}");
            }
            else
            {
                var result = engine.Process(path, bytes, includeText);
                if (result.Succeeded)
                {
                    json = CaseJson.Serialize(result.Record!, pretty);
                }
                else
                {
                    failed++;
                    json = CaseJson.Serialize(result.Rejection!, pretty);
                    error.WriteLine($"{path}: {result.Rejection!.Error.Code}: {result.Rejection.Error.Message}");
                }
            }

            output.WriteLine(json);
            if (pretty)
            {
                output.WriteLine();
            }
        }

        output.Flush();
        return failed == 0 ? 0 : 1;
    }
}
