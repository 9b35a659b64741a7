using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The marker names (markers.tsv) and the words that state their results (marker-cues.tsv), validated at load
/// and compiled into phrase matchers once per engine. Optionally widened by a gene list (CIViC genes TSV:
/// identifier, name, …): its gene symbols, matched in exact case, name genes outside the curated list.
/// </summary>
public sealed partial class MarkerLexicon
{
    /// <summary>The kind column's word for a hormone stained in a tumour ("prolactin", "ACTH"): a stain read only as a stain result.</summary>
    private const string HormoneKind = "hormone";

    private readonly Dictionary<string, MarkerEntry> _aliases;

    private MarkerLexicon()
        : this(new(), new(), new(), new(), 0)
    {
    }

    private MarkerLexicon(
        CasedPhraseMatcher<MarkerEntry> markers, CasedPhraseMatcher<MarkerCue> rightCues,
        CasedPhraseMatcher<MarkerCue> leftCues, CasedPhraseMatcher<MarkerCue> sentenceCues, int aliases)
    {
        _aliases = new Dictionary<string, MarkerEntry>(aliases, StringComparer.Ordinal);
        Markers = markers;
        RightCues = rightCues;
        LeftCues = leftCues;
        SentenceCues = sentenceCues;
    }

    public CasedPhraseMatcher<MarkerEntry> Markers { get; }

    public CasedPhraseMatcher<MarkerCue> RightCues { get; }

    public CasedPhraseMatcher<MarkerCue> LeftCues { get; }

    public CasedPhraseMatcher<MarkerCue> SentenceCues { get; }

    /// <summary>
    /// The lexicon the engine ships, widened by <paramref name="geneListPath"/> when one is given. Without a gene list
    /// it is read from the snapshot written at build time (<see cref="LexiconSnapshot"/>) when one for this build is
    /// beside the engine; otherwise, and with a gene list, it is built from its tables.
    /// </summary>
    public static MarkerLexicon LoadDefault(string? geneListPath = null) =>
        (geneListPath is null ? LexiconSnapshot.TryReadMarkers() : null) ?? Build(geneListPath);

    /// <summary>Builds the lexicon from its tables (markers.tsv, marker-cues.tsv, marker-hotspots.tsv, the HGNC tables and the gene list).</summary>
    internal static MarkerLexicon Build(string? geneListPath = null)
    {
        var genes = HgncGenes.LoadDefault();
        var lexicon = Load(LexiconResource.ReadLines("markers.tsv"), "markers.tsv", LexiconResource.ReadLines("marker-cues.tsv"), "marker-cues.tsv", genes);
        lexicon.AddHotspots(LexiconResource.ReadLines("marker-hotspots.tsv"), "marker-hotspots.tsv");
        if (geneListPath is not null)
        {
            using var reader = new StreamReader(geneListPath);
            lexicon.AddGeneList(LexiconResource.ReadLines(reader), Path.GetFileName(geneListPath), genes);
        }

        lexicon.AddHgnc(genes);
        lexicon.AddHgncNames(LexiconResource.ReadLines("hgnc-names.tsv"), "hgnc-names.tsv");
        lexicon.AddHgncWords(LexiconResource.ReadLines("hgnc-words.tsv"), "hgnc-words.tsv");
        lexicon.AddSymbolSpellings(genes);
        return lexicon;
    }

    /// <summary>The genes the lexicon's markers name, each once.</summary>
    public IEnumerable<string> Genes() => _aliases.Values.Select(e => e.Gene).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The marker name the lexicon gives a gene (CD274 → PD-L1), or null when no marker names it.</summary>
    public string? NameOfGene(string symbol) =>
        _aliases.Values.Where(e => string.Equals(e.Gene, symbol, StringComparison.Ordinal))
            .OrderBy(e => string.Equals(e.Name, symbol, StringComparison.Ordinal) ? 1 : 0)
            .FirstOrDefault()?.Name;

    /// <summary>The marker a term names as a curated alias or, in exact case, as an HGNC symbol ("CK20", "CD20"); null when none.</summary>
    internal MarkerEntry? EntryOf(string term) =>
        _aliases.TryGetValue(Key(term), out var entry) || _aliases.TryGetValue(Keys(term).ExactCase, out entry) ? entry : null;

    internal static MarkerLexicon Load(
        IReadOnlyList<(int Line, string Text)> markerLines, string markerSource,
        IReadOnlyList<(int Line, string Text)> cueLines, string cueSource, HgncGenes? genes = null)
    {
        var lexicon = new MarkerLexicon();
        var seen = lexicon._aliases;
        foreach (var (line, text) in markerLines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 6)
            {
                throw new LexiconException($"{markerSource}:{line}: expected 6 tab-separated columns, found {cells.Length}.");
            }

            var name = cells[0].Trim();
            if (name.Length == 0)
            {
                throw new LexiconException($"{markerSource}:{line}: empty marker name.");
            }

            // a hormone is stained as any protein is, but its name is also a serum test: it reads only as a stain result
            var hormone = cells[2].Trim().Equals(HormoneKind, StringComparison.OrdinalIgnoreCase);
            var kind = MarkerKind.Stain;
            if (!hormone && (!Enum.TryParse(cells[2].Trim(), ignoreCase: true, out kind) || !Enum.IsDefined(kind)))
            {
                throw new LexiconException($"{markerSource}:{line}: unknown kind '{cells[2]}'.");
            }

            MarkerResult? result = null;
            if (Optional(cells[3]) is { } word)
            {
                if (!MarkerResults.TryParse(word, out var parsed) || parsed == MarkerResult.Normal)
                {
                    throw new LexiconException($"{markerSource}:{line}: unknown result '{word}'.");
                }

                result = parsed;
            }

            var gene = Optional(cells[1]);
            if (gene is not null && genes is not null && !genes.IsApproved(gene))
            {
                throw new LexiconException($"{markerSource}:{line}: gene '{gene}' is not an approved HGNC symbol.");
            }

            var entry = new MarkerEntry(name, gene, kind, result, Optional(cells[4]));
            if (hormone)
            {
                lexicon._stainWords.Add(entry);
                lexicon._hormones.Add(entry);
            }

            foreach (var alias in cells[5].Split('|'))
            {
                var phrase = alias.Trim();
                if (phrase.Length == 0 || phrase == "=" || Tokenizer.Tokenize(phrase).Length == 0)
                {
                    throw new LexiconException($"{markerSource}:{line}: empty alias.");
                }

                if (!seen.TryAdd(Key(phrase), entry))
                {
                    if (seen[Key(phrase)] != entry)
                    {
                        throw new LexiconException($"{markerSource}:{line}: alias '{phrase}' already names another marker.");
                    }

                    continue;
                }

                lexicon.Markers.Add(phrase, entry);
            }
        }

        var seenCues = new Dictionary<string, MarkerCue>(StringComparer.Ordinal);
        foreach (var (line, text) in cueLines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 4)
            {
                throw new LexiconException($"{cueSource}:{line}: expected 4 tab-separated columns, found {cells.Length}.");
            }

            var phrase = cells[0].Trim();
            var kind = cells[2].Trim();
            var known = MarkerResults.TryParse(kind, out _) || kind is MarkerCue.Filler or MarkerCue.Negatable or MarkerCue.Equivocal or MarkerCue.Cells or MarkerCue.Tested or MarkerCue.MutationTest or MarkerCue.Same or MarkerCue.Reference or MarkerCue.Trend
                || (kind.StartsWith(MarkerCue.MethodPrefix, StringComparison.Ordinal) && kind.Length > MarkerCue.MethodPrefix.Length);
            if (!known)
            {
                throw new LexiconException($"{cueSource}:{line}: unknown cue '{kind}'.");
            }

            var strength = cells[3].Trim();
            if (strength is not ("explicit" or "implicit"))
            {
                throw new LexiconException($"{cueSource}:{line}: strength must be explicit or implicit.");
            }

            if (phrase.Length == 0 || Tokenizer.Tokenize(phrase).Length == 0)
            {
                throw new LexiconException($"{cueSource}:{line}: empty phrase.");
            }

            var matcher = cells[1].Trim() switch
            {
                "right" => lexicon.RightCues,
                "left" => lexicon.LeftCues,
                "sentence" => lexicon.SentenceCues,
                _ => throw new LexiconException($"{cueSource}:{line}: side must be right, left or sentence."),
            };
            var cue = new MarkerCue(kind, strength == "explicit");
            var key = cells[1].Trim() + "\t" + Key(phrase);
            if (!seenCues.TryAdd(key, cue))
            {
                if (seenCues[key] != cue)
                {
                    throw new LexiconException($"{cueSource}:{line}: phrase '{phrase}' already has another cue on its side.");
                }

                continue;
            }

            matcher.Add(phrase, cue);
        }

        return lexicon;
    }

    /// <summary>The form a phrase is matched in: its words, lower-cased unless the phrase asks for exact case.</summary>
    internal static string Key(string phrase) => phrase.StartsWith('=')
        ? "=" + string.Join(' ', Tokenizer.Tokenize(phrase).Select(t => phrase.Substring(t.Start, t.Length)))
        : string.Join(' ', Tokenizer.Words(phrase));

    /// <summary>
    /// <see cref="Key"/> of a term (not starting with '=') and of the term in exact case, from one pass over its
    /// words: a term of one word ("CD20", the most of the HGNC table) needs no joining.
    /// </summary>
    internal static (string AnyCase, string ExactCase) Keys(string term)
    {
        var tokens = Tokenizer.Tokenize(term);
        if (tokens.Length == 1 && tokens[0].Start == 0 && tokens[0].Length == term.Length)
        {
            return (term.ToLowerInvariant(), "=" + term);
        }

        return (Key(term), Key("=" + term));
    }

    private static string? Optional(string cell)
    {
        var value = cell.Trim();
        return value is "" or "-" ? null : value;
    }
}
