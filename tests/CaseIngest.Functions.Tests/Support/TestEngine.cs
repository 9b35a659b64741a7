using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Steps;

namespace CaseIngest.Functions.Tests.Support;

internal static class TestEngine
{
    /// <summary>An engine with only the keyword extraction step: fast, and its facts are known in advance.</summary>
    public static CaseEngine Keywords { get; } = new(pipeline: new ExtractionPipeline([new KeywordStep(), new FinalizeStep()]));
}
