namespace CaseIngest.Core.Extraction;

/// <summary>
/// One ordered step of the extraction pipeline. Steps read the document and the facts found so far from the
/// context and add or refine facts. A rule-based step and a cloud enricher implement the same interface.
/// </summary>
public interface IExtractionStep
{
    string Name { get; }

    void Run(ExtractionContext context);
}
