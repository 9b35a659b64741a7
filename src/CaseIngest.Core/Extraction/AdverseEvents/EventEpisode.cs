using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>One episode of an event: its fact so far, the treatments its mentions name, and those inferred for its first mention.</summary>
internal sealed class EventEpisode(AdverseEventFact first, IReadOnlyList<string> inferred)
{
    public AdverseEventFact Best { get; set; } = first;

    public List<string> Named { get; } = [];

    /// <summary>The treatments its mentions name; failing those, the ones inferred for its first mention.</summary>
    public IReadOnlyList<string> Therapy => Named.Count > 0 ? Named : inferred;
}
