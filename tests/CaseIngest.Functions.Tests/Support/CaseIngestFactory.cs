using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Steps;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>The function app's handler in memory, against the fixture's Azurite, with the keyword extraction step.</summary>
public sealed class CaseIngestFactory(IReadOnlyDictionary<string, string?>? settings = null) : AppFactory<Program>(settings, Engine, null)
{
    internal static CaseEngine Engine { get; } = new(pipeline: new ExtractionPipeline([new KeywordStep(), new FinalizeStep()]));
}
