using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The phrases that name adverse events: the authors' wordings of Lexicons/Data/adverse-events.tsv ("immune-related
/// colitis" → colitis, "hand-foot syndrome") and the CTCAE v5.0 phrases of Lexicons/Data/ctcae-terms.tsv (compiled by
/// eng/lexicons/ctcae.py), each resolved to its CTCAE term and MedDRA code. Hand phrases win over CTCAE ones.
/// </summary>
internal sealed class AdverseEventLexicon
{
    public const string HandSource = "adverse-events.tsv";
    public const string CtcaeSource = "ctcae-terms.tsv";

    private readonly TermMatcher<AdverseEventTerm> _matcher = new();

    public AdverseEventLexicon(IReadOnlyList<(int Line, string Text)> handLines, string handSource,
        IReadOnlyList<(int Line, string Text)> ctcaeLines, string ctcaeSource)
    {
        var ctcae = ReadCtcae(ctcaeLines, ctcaeSource, out var ctcaePhrases);
        var rows = new List<(int Line, string Phrase, string Term)>();
        var named = new Dictionary<string, CtcaeTerm>(StringComparer.Ordinal);
        foreach (var (line, text) in handLines)
        {
            var cells = text.Split('\t');
            if (cells.Length is < 2 or > 3 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new LexiconException($"{handSource}:{line}: expected phrase<TAB>term[<TAB>CTCAE term].");
            }

            var term = cells[1].Trim();
            if (!string.Equals(term, term.ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw new LexiconException($"{handSource}:{line}: the term '{term}' must be lower case.");
            }

            if (cells.Length == 3 && cells[2].Trim().Length > 0)
            {
                if (!ctcae.TryGetValue(cells[2].Trim(), out var mapped))
                {
                    throw new LexiconException($"{handSource}:{line}: '{cells[2].Trim()}' is not a CTCAE v5.0 term.");
                }

                if (named.TryGetValue(term, out var other) && other != mapped)
                {
                    throw new LexiconException($"{handSource}:{line}: '{term}' already maps to '{other.Term}'.");
                }

                named[term] = mapped;
            }

            rows.Add((line, cells[0].Trim(), term));
        }

        var terms = new Dictionary<string, AdverseEventTerm>(StringComparer.Ordinal) { ["-"] = AdverseEventTerm.Blocked };
        foreach (var (line, phrase, term) in rows)
        {
            if (!terms.TryGetValue(term, out var value))
            {
                value = new AdverseEventTerm(term, named.GetValueOrDefault(term) ?? ctcaePhrases.GetValueOrDefault(term), true);
                terms[term] = value;
            }

            // spelling variants that differ only in hyphens or spaces are one phrase: fine when they agree
            if (!_matcher.Add(phrase, value) && (!_matcher.TryGet(phrase, out var existing) || existing.Term != term))
            {
                throw new LexiconException($"{handSource}:{line}: duplicate phrase '{phrase}'.");
            }
        }

        foreach (var (phrase, entry) in ctcaePhrases)
        {
            _matcher.Add(phrase, new AdverseEventTerm(entry.Term.ToLowerInvariant(), entry, false));
        }
    }

    public static AdverseEventLexicon LoadDefault(IReadOnlyList<(int Line, string Text)>? handLines = null, string handSource = HandSource) =>
        new(handLines ?? LexiconResource.ReadLines(HandSource), handSource, LexiconResource.ReadLines(CtcaeSource), CtcaeSource);

    public List<PhraseMatch<AdverseEventTerm>> Match(string text, Token[] tokens) => _matcher.Match(text, tokens);

    /// <summary>CTCAE terms by name (ignoring case), and every matching phrase with the term it names.</summary>
    private static Dictionary<string, CtcaeTerm> ReadCtcae(IReadOnlyList<(int Line, string Text)> lines, string source,
        out Dictionary<string, CtcaeTerm> phrases)
    {
        var terms = new Dictionary<string, CtcaeTerm>(StringComparer.OrdinalIgnoreCase);
        phrases = new Dictionary<string, CtcaeTerm>(StringComparer.Ordinal);
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 4 || cells[0].Length == 0 || cells[1].Length == 0 || !cells[1].All(char.IsAsciiDigit))
            {
                throw new LexiconException($"{source}:{line}: expected CTCAE term<TAB>MedDRA code<TAB>SOC<TAB>phrases.");
            }

            var entry = new CtcaeTerm(cells[0], cells[1], cells[2]);
            if (!terms.TryAdd(entry.Term, entry))
            {
                throw new LexiconException($"{source}:{line}: duplicate term '{entry.Term}'.");
            }

            foreach (var phrase in cells[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                phrases.TryAdd(phrase, entry);
            }
        }

        return terms;
    }
}
