using CaseIngest.Core.Model;

namespace CaseIngest.TextAnalytics.Mapping;

/// <summary>The facts the service's reading yields, before they are compared with the rules' facts.</summary>
internal sealed record MappedFacts
{
    public List<Diagnosis> Diagnoses { get; } = [];
    public List<DrugFact> Drugs { get; } = [];
    public List<MarkerFact> Markers { get; } = [];
    public List<AdverseEventFact> AdverseEvents { get; } = [];
}
