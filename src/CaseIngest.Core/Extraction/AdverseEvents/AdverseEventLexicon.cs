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

    /// <summary>The events that <see cref="BodyPartEvents"/> descriptions name; null when the hand table lacks them.</summary>
    private readonly (AdverseEventTerm HandFoot, AdverseEventTerm Neuropathy)? _described;

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

        _described = Find("hand-foot syndrome") is { } handFoot && Find("peripheral neuropathy") is { } neuropathy ? (handFoot, neuropathy) : null;
    }

    /// <summary>The event a whole phrase names, or null.</summary>
    public AdverseEventTerm? Find(string phrase) =>
        _matcher.TryGet(phrase, out var term) && !term.IsBlocked ? term : null;

    public static AdverseEventLexicon LoadDefault(IReadOnlyList<(int Line, string Text)>? handLines = null, string handSource = HandSource) =>
        new(handLines ?? LexiconResource.ReadLines(HandSource), handSource, LexiconResource.ReadLines(CtcaeSource), CtcaeSource);

    /// <summary>
    /// The event phrases of the text, with the ones a coordination leaves elided: in "gastrointestinal and
    /// hematological toxicities" the modifier "gastrointestinal" names "gastrointestinal toxicity" too.
    /// </summary>
    public List<PhraseMatch<AdverseEventTerm>> Match(string text, TokenList tokens)
    {
        var matches = WithDescriptions(text, WithLabChangeVerbs(text, _matcher.Match(text, tokens)));
        List<PhraseMatch<AdverseEventTerm>>? elided = null;
        var previousEnd = 0;
        foreach (var match in matches)
        {
            var head = HeadOf(text, match);
            var position = match.Start;
            while (!head.IsEmpty && ModifierBefore(text, position, previousEnd) is var (start, end) && end > start
                && LookUpElided(text.AsSpan(start, end - start), head) is { IsBlocked: false } value)
            {
                (elided ??= []).Add(new PhraseMatch<AdverseEventTerm>(start, end, value));
                position = start;
            }

            previousEnd = match.End;
        }

        if (elided is not null)
        {
            matches.AddRange(elided);
            matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return matches;
    }

    /// <summary>
    /// The phrase matches with the laboratory changes told by a verb (<see cref="LabChangeVerbs"/>) that overlap none of
    /// them, in text order.
    /// </summary>
    private List<PhraseMatch<AdverseEventTerm>> WithLabChangeVerbs(string text, List<PhraseMatch<AdverseEventTerm>> matches)
    {
        var added = false;
        foreach (var change in LabChangeVerbs.Find(text, Find))
        {
            if (!matches.Any(m => m.Start < change.End && change.Start < m.End))
            {
                matches.Add(change);
                added = true;
            }
        }

        if (added)
        {
            matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return matches;
    }

    /// <summary>
    /// The phrase matches with the events described by symptom and body part (<see cref="BodyPartEvents"/>), which
    /// replace the phrases inside them ("numbness" of "numbness and tingling in the fingers and toes"), in text order.
    /// </summary>
    private List<PhraseMatch<AdverseEventTerm>> WithDescriptions(string text, List<PhraseMatch<AdverseEventTerm>> matches)
    {
        if (_described is not var (handFoot, neuropathy))
        {
            return matches;
        }

        var described = BodyPartEvents.Find(text, handFoot, neuropathy);
        if (described.Count == 0)
        {
            return matches;
        }

        matches.RemoveAll(m => described.Exists(d => d.Start < m.End && m.Start < d.End));
        matches.AddRange(described);
        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    /// <summary>The last word of a phrase of several words ("toxicities" of "hematological toxicities"), or empty.</summary>
    private static ReadOnlySpan<char> HeadOf(string text, PhraseMatch<AdverseEventTerm> match)
    {
        var phrase = text.AsSpan(match.Start, match.End - match.Start);
        var space = phrase.LastIndexOf(' ');
        return space <= 0 ? [] : phrase[(space + 1)..];
    }

    /// <summary>
    /// The word before a coordinator (", ", "and", "or", "/") that ends just before <paramref name="position"/>,
    /// when it starts after <paramref name="floor"/>; (0, 0) when there is none.
    /// </summary>
    private static (int Start, int End) ModifierBefore(string text, int position, int floor)
    {
        var i = position;
        while (i > floor && text[i - 1] == ' ')
        {
            i--;
        }

        var coordinated = false;
        if (i > floor && text[i - 1] is ',' or '/')
        {
            coordinated = true;
            i--;
        }
        else if (EndsWithWord(text, i, floor, "and") || EndsWithWord(text, i, floor, "or"))
        {
            coordinated = true;
            i -= text[i - 1] == 'd' ? 3 : 2;
            while (i > floor && text[i - 1] == ' ')
            {
                i--;
            }

            if (i > floor && text[i - 1] == ',')
            {
                i--;
            }
        }

        while (i > floor && text[i - 1] == ' ')
        {
            i--;
        }

        var end = i;
        while (i > floor && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
        {
            i--;
        }

        return coordinated && end > i && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) ? (i, end) : (0, 0);
    }

    private static bool EndsWithWord(string text, int end, int floor, string word) =>
        end - word.Length > floor && text[end - word.Length - 1] == ' '
        && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The event "modifier head" names, trying the head in the singular too ("toxicities" → "toxicity").</summary>
    private AdverseEventTerm? LookUpElided(ReadOnlySpan<char> modifier, ReadOnlySpan<char> head)
    {
        var phrase = string.Concat(modifier, " ", head);
        if (_matcher.TryGet(phrase, out var value))
        {
            return value;
        }

        var singular = head.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? string.Concat(head[..^3], "y")
            : head.EndsWith('s') ? head[..^1].ToString() : null;
        return singular is not null && _matcher.TryGet(string.Concat(modifier, " ", singular), out value) ? value : null;
    }

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
