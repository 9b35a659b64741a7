using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Steps;

namespace CaseIngest.Functions.Tests.Support;

internal static class TestEngine
{
    /// <summary>An engine with only the keyword extraction step: fast, and its facts are known in advance.</summary>
    public static CaseEngine Keywords { get; } = KeywordsWith(new EngineOptions());

    /// <summary>The keyword engine built from <paramref name="options"/> (the registered ones, where a host is under test).</summary>
    public static CaseEngine KeywordsWith(EngineOptions options) => new(options, new ExtractionPipeline([new KeywordStep(), new FinalizeStep()]));
}
