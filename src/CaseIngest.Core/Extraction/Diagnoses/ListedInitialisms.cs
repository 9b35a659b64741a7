using System.Collections.Frozen;
using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Initialisms that stand for one disease (Lexicons/Data/initialisms.tsv, compiled by eng/lexicons/initialisms.py from
/// the Disease Ontology's exact synonyms and a hand list, gene symbols left out): "ITP" → immune thrombocytopenia,
/// "FSGS" → focal segmental glomerulosclerosis. Read only right after a strong diagnosis cue (<see cref="CuedConditions"/>),
/// where an initialism the text never spells out still names the case's disease.
/// </summary>
internal sealed class ListedInitialisms
{
    private const string Source = "initialisms.tsv";

    private static readonly Lazy<ListedInitialisms> Shipped = new(() => new ListedInitialisms(LexiconResource.ReadLines(Source)));

    private readonly FrozenDictionary<string, string> _names;

    internal ListedInitialisms(IReadOnlyList<(int Line, string Text)> lines)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 3 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                throw new LexiconException($"{Source}:{line}: expected initialism<TAB>name<TAB>source.");
            }

            names[cells[0]] = cells[1];
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The shipped initialisms.</summary>
    public static ListedInitialisms Default => Shipped.Value;

    /// <summary>The disease <paramref name="initialism"/> stands for, written as it is (case-sensitive), or null.</summary>
    public string? NameOf(ReadOnlySpan<char> initialism) =>
        _names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(initialism, out var name) ? name : null;
}
