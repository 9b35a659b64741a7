using System.Text;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Model;

namespace CaseIngest.TextAnalytics.Tests.Mapping;

/// <summary>The rules' pipeline with the Text Analytics step after it, over a reader the test controls.</summary>
internal sealed class StepEngine
{
    private readonly CaseEngine _engine;

    public StepEngine(TextAnalytics.Reading.IHealthcareReader reader)
    {
        _engine = new CaseEngine(pipeline: DefaultPipeline.Create(new EngineOptions()).With(new TextAnalyticsStep(reader)));
    }

    public CaseRecord Extract(string text) =>
        _engine.Process("report.txt", Encoding.UTF8.GetBytes(text), includeText: true).Record ?? throw new InvalidOperationException("rejected");
}
