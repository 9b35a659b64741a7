using CaseIngest.Core.Extraction;

namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>An extraction step that throws on documents holding a trigger word: a stand-in for an engine fault.</summary>
internal sealed class FailingStep : IExtractionStep
{
    public const string Trigger = "ZZ-FAULT-TRIGGER";

    public string Name => "test-failing";

    public void Run(ExtractionContext context)
    {
        if (context.Text.Contains(Trigger, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The test step failed on purpose.");
        }
    }
}
