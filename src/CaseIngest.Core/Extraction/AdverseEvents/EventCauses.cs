using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The drugs and drug classes known to cause an event (Lexicons/Data/event-causes.tsv): of the drugs a regimen's
/// acronym stands for in the event's own sentence ("neuropathy during FOLFOX"), the record credits those known to
/// cause it (oxaliplatin), not the regimen as a whole.
/// </summary>
internal sealed class EventCauses
{
    public const string Source = "event-causes.tsv";

    private readonly Dictionary<string, HashSet<string>> _causes = new(StringComparer.OrdinalIgnoreCase);

    public EventCauses(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        foreach (var (line, text) in lines)
        {
            var columns = text.Split('\t');
            if (columns.Length != 2 || columns[0].Length == 0 || columns[1].Length == 0)
            {
                throw new LexiconException($"{source}:{line}: expected event term<TAB>drugs or drug classes, '|'-separated.");
            }

            if (!_causes.TryGetValue(columns[0], out var causes))
            {
                _causes[columns[0]] = causes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            causes.UnionWith(columns[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
    }

    public static EventCauses LoadDefault() => new(LexiconResource.ReadLines(Source), Source);

    /// <summary>
    /// The drugs of <paramref name="drugs"/> known to cause the event of <paramref name="term"/> (or of its CTCAE term
    /// <paramref name="ctcae"/>), by name or by the drug class <paramref name="classOf"/> gives; empty when none is.
    /// </summary>
    public List<string> Causing(IReadOnlyList<string> drugs, string term, string? ctcae, Func<string, string?> classOf)
    {
        var known = new List<string>();
        if (!_causes.TryGetValue(term, out var causes) && (ctcae is null || !_causes.TryGetValue(ctcae, out causes)))
        {
            return known;
        }

        foreach (var drug in drugs)
        {
            if (causes.Contains(drug) || (classOf(drug) is { } drugClass && causes.Contains(drugClass)))
            {
                known.Add(drug);
            }
        }

        return known;
    }
}
