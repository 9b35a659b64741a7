namespace CaseIngest.Core.Extraction;

/// <summary>An ordered list of steps run over one context. Order is explicit, never reflection or dictionary order.</summary>
public sealed class ExtractionPipeline(IReadOnlyList<IExtractionStep> steps)
{
    public IReadOnlyList<IExtractionStep> Steps { get; } = steps;

    public void Run(ExtractionContext context)
    {
        foreach (var step in Steps)
        {
            step.Run(context);
        }
    }

    /// <summary>A copy of this pipeline with <paramref name="step"/> appended (an enricher, say) after the rules.</summary>
    public ExtractionPipeline With(IExtractionStep step) => new([.. Steps, step]);
}
