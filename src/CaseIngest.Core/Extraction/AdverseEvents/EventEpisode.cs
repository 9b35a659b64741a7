using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>One episode of an event: its fact so far, the treatments its mentions name, and those inferred for its first mention.</summary>
internal sealed class EventEpisode(AdverseEventFact first, IReadOnlyList<string> inferred)
{
    public AdverseEventFact Best { get; set; } = first;

    public List<string> Named { get; } = [];

    /// <summary>The treatments a mention ascribes it to alone ("attributed to dabrafenib").</summary>
    public List<string> Ascribed { get; } = [];

    /// <summary>The treatments its mentions ascribe it to; failing those, the ones they name; failing those, the ones inferred for its first mention.</summary>
    public IReadOnlyList<string> Therapy => Ascribed.Count > 0 ? Ascribed : Named.Count > 0 ? Named : inferred;
}
