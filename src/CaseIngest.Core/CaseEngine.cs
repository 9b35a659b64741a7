using System.Reflection;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core;

/// <summary>
/// The extraction engine: bytes in, case record (or rejection) out. Pure, synchronous and deterministic; lexicons
/// are loaded and validated once at creation. Thread-safe: one engine serves many documents at once.
/// </summary>
public sealed class CaseEngine
{
    private readonly DocumentReader _reader;
    private readonly ExtractionPipeline _pipeline;
    private readonly ContextAnalyzer _context;

    public CaseEngine(EngineOptions? options = null, ExtractionPipeline? pipeline = null)
    {
        Options = options ?? new EngineOptions();
        _reader = DocumentReader.CreateDefault(Options.MaxDocumentBytes);
        _context = ContextAnalyzer.LoadDefault();
        _pipeline = pipeline ?? DefaultPipeline.Create(Options);
    }

    public static string ExtractorVersion { get; } =
        typeof(CaseEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";

    public EngineOptions Options { get; }

    public ExtractionPipeline Pipeline => _pipeline;

    /// <summary>Reads one document. <paramref name="name"/> is the blob name or file path, as given.</summary>
    public EngineResult Process(string name, ReadOnlySpan<byte> bytes, bool includeText = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parsed = _reader.Read(name, bytes);
        if (!parsed.Succeeded)
        {
            return new EngineResult(null, new RejectedDocument(new RejectedDocumentInfo(name), parsed.Error!));
        }

        var record = Extract(name, RecordIds.Sha256Hex(bytes), parsed.Document!, includeText);
        return new EngineResult(record, null);
    }

    /// <summary>Runs the pipeline over an already parsed document.</summary>
    public CaseRecord Extract(string name, string sha256, ParsedDocument document, bool includeText = false)
    {
        var context = new ExtractionContext(document, _context);
        try
        {
            _pipeline.Run(context);
        }
        finally
        {
            context.ReturnBuffers();
        }

        return new CaseRecord
        {
            ExtractorVersion = ExtractorVersion,
            Id = RecordIds.FromName(name),
            Document = new DocumentInfo
            {
                Name = name,
                Format = document.Format,
                Sha256 = sha256,
                Length = document.Text.Length,
                Text = includeText ? document.Text : null,
            },
            Article = document.Article with { IsCaseReport = context.IsCaseReport },
            Patients = [.. context.Patients],
            Diagnoses = [.. context.Diagnoses],
            Drugs = [.. context.Drugs],
            Radiotherapy = [.. context.Radiotherapy],
            Markers = [.. context.Markers],
            Outcomes = [.. context.Outcomes],
            AdverseEvents = [.. context.AdverseEvents],
            ReaderComparison = context.ReaderComparison,
        };
    }
}
