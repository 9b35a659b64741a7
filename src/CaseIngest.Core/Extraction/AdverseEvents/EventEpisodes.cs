using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Turns the counted mentions of events into facts: one per patient, term and episode. Mentions of a term are one
/// episode, told as often as the text likes, until a mention tied to treatments of its own (a grade, a tie word, a
/// graded list it stands in) names none of the treatments of the episode before it: "grade 3 neutropenia" on
/// chemotherapy and, after olaparib is started, "grade 2 neutropenia" are two events; a mention the discussion tells
/// with treatments only inferred for it stays in the episode before it. An episode's fact is its first
/// mention, or the mention with the highest stated grade. Its therapy is every treatment a mention's sentence ascribes it
/// to alone ("attributed to dabrafenib"); failing those, every treatment a mention's sentence names;
/// failing those, the treatments inferred for the first mention (a treatment started after the event began, such as
/// its remedy, is not its cause).
/// </summary>
internal static class EventEpisodes
{
    /// <summary>The facts of <paramref name="mentions"/>, in the order their episodes are first told.</summary>
    public static IEnumerable<AdverseEventFact> Of(IReadOnlyList<EventMention> mentions)
    {
        var episodes = new Dictionary<(string, string), List<EventEpisode>>();
        var order = new List<EventEpisode>();
        foreach (var mention in mentions)
        {
            var fact = mention.Fact;
            var key = (fact.Patient, fact.Term);
            if (!episodes.TryGetValue(key, out var told))
            {
                episodes[key] = told = [];
            }

            if (told.Count == 0 || AnotherEpisode(told[^1], mention))
            {
                var episode = new EventEpisode(fact, mention.Inferred ? fact.Therapy : []);
                told.Add(episode);
                order.Add(episode);
            }
            else if (fact.Grade > (told[^1].Best.Grade ?? 0))
            {
                told[^1].Best = fact;
            }

            if (!mention.Inferred)
            {
                told[^1].Named.AddRange(fact.Therapy.Where(t => !told[^1].Named.Contains(t)));
                if (mention.Ascribed)
                {
                    told[^1].Ascribed.AddRange(fact.Therapy.Where(t => !told[^1].Ascribed.Contains(t)));
                }
            }
        }

        return order.Select(e => e.Best with { Therapy = e.Therapy });
    }

    // an event the discussion tells again with only the treatments given last in the case ("the rash of our patient was
    // grade 3") is the episode the case told, not one of the treatments given after it
    private static bool AnotherEpisode(EventEpisode last, EventMention mention) =>
        mention.Tied && mention.Fact.Therapy.Count > 0 && last.Therapy.Count > 0 && !mention.Fact.Therapy.Any(last.Therapy.Contains)
        && !(mention.Retold && mention.Inferred);
}
