namespace CaseIngest.Core;

public sealed record EngineOptions
{
    /// <summary>Documents larger than this many bytes are rejected as too-large before parsing.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>16 MiB: far above any case report or PubMed record, low enough to bound memory per document.</summary>
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>Optional path of the DrugBank open vocabulary CSV, loaded at start to widen the drug lexicon.</summary>
    public string? DrugBankVocabularyPath { get; init; }

    /// <summary>Optional path of a gene list (CIViC genes TSV: identifier, name, …), loaded at start to widen the marker lexicon.</summary>
    public string? MarkerGeneListPath { get; init; }
}
