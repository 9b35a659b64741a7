using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>The marker lexicon widened beyond the curated markers: gene-specific variants, a gene list and the HGNC genes.</summary>
public sealed partial class MarkerLexicon
{
    private readonly HashSet<MarkerEntry> _vocabulary = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<MarkerEntry> _writtenNames = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<MarkerEntry> _stainWords = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<MarkerEntry> _hormones = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether a marker comes from the HGNC genes rather than the curated markers.</summary>
    internal bool IsFromVocabulary(MarkerEntry entry) => _vocabulary.Contains(entry);

    /// <summary>Whether a marker mention is an approved HGNC name written out ("paired box 5") rather than a symbol or curated alias.</summary>
    internal bool IsWrittenName(MarkerEntry entry) => _writtenNames.Contains(entry);

    /// <summary>
    /// Whether a marker mention is a protein name of one word from the HGNC tables ("myogenin", "mesothelin"): many are
    /// also plain words or general laboratory tests, so it is a marker only with a staining result stated for it.
    /// </summary>
    internal bool IsStainWord(MarkerEntry entry) => _stainWords.Contains(entry);

    /// <summary>
    /// Whether a marker mention is a hormone stained in a tumour ("ACTH", "prolactin"): its name is also a serum test and
    /// a deficiency of it a diagnosis, so only a stain that is positive or negative makes it a marker.
    /// </summary>
    internal bool IsHormone(MarkerEntry entry) => _hormones.Contains(entry);

    /// <summary>Adds the variants that name their gene on their own (marker, variant, aliases): "an L858R mutation" is an EGFR variant.</summary>
    internal void AddHotspots(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var genes = new Dictionary<string, MarkerEntry>(StringComparer.Ordinal);
        foreach (var entry in _aliases.Values)
        {
            if (entry.Result is null && entry.Method is null)
            {
                genes.TryAdd(entry.Name, entry);
            }
        }

        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 3)
            {
                throw new LexiconException($"{source}:{line}: expected 3 tab-separated columns, found {cells.Length}.");
            }

            if (!genes.TryGetValue(cells[0].Trim(), out var gene))
            {
                throw new LexiconException($"{source}:{line}: unknown marker '{cells[0].Trim()}'.");
            }

            var variant = cells[1].Trim();
            if (variant.Length == 0)
            {
                throw new LexiconException($"{source}:{line}: empty variant.");
            }

            var entry = gene with { Variant = variant };
            foreach (var alias in cells[2].Split('|'))
            {
                var phrase = alias.Trim();
                if (phrase.Length == 0 || phrase == "=" || Tokenizer.Tokenize(phrase).Length == 0)
                {
                    throw new LexiconException($"{source}:{line}: empty alias.");
                }

                if (!_aliases.TryAdd(Key(phrase), entry))
                {
                    if (_aliases[Key(phrase)] != entry)
                    {
                        throw new LexiconException($"{source}:{line}: alias '{phrase}' already names another marker.");
                    }

                    continue;
                }

                Markers.Add(phrase, entry);
            }
        }
    }

    /// <summary>Adds the gene symbols of a gene list (tab-separated; a header row; the symbol in the 'name' column, the second).</summary>
    internal void AddGeneList(IReadOnlyList<(int Line, string Text)> lines, string source, HgncGenes? genes = null)
    {
        var first = true;
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (first)
            {
                first = false;
                if (cells.Length < 2 || !cells[1].Trim().Equals("name", StringComparison.OrdinalIgnoreCase))
                {
                    throw new LexiconException($"{source}:{line}: expected a header row with 'name' in the second column.");
                }

                continue;
            }

            if (cells.Length < 2)
            {
                throw new LexiconException($"{source}:{line}: expected at least 2 tab-separated columns.");
            }

            var symbol = cells[1].Trim();
            if (!IsGeneSymbol(symbol) || (genes is not null && !genes.IsApproved(symbol)))
            {
                continue;
            }

            // existing (curated) aliases win; exact case keeps symbols such as "MET" or "CAT" from matching words
            var entry = new MarkerEntry(symbol, symbol, MarkerKind.Gene, null, null);
            Markers.Add("=" + symbol, entry);
        }
    }

    private static bool IsGeneSymbol(string symbol)
    {
        if (symbol.Length < 3 || symbol.Length > 12 || !char.IsUpper(symbol[0]))
        {
            return false;
        }

        var digits = false;
        foreach (var c in symbol)
        {
            if (char.IsDigit(c))
            {
                digits = true;
            }
            else if (!(char.IsUpper(c) || c == '-'))
            {
                return false;
            }
        }

        // plain upper-case words of three letters are too often abbreviations of something else
        return digits || symbol.Length > 3;
    }

    /// <summary>
    /// Adds every HGNC symbol, safe alias and CD designation that the curated markers do not already name, in exact
    /// case: a CD designation reads as a stain of its gene ("CD23" names FCER2), any other term as the approved gene.
    /// </summary>
    internal void AddHgnc(HgncGenes genes)
    {
        foreach (var (term, symbol, isCd) in genes.Matchable)
        {
            var (anyCase, exactCase) = Keys(term);
            if (_aliases.ContainsKey(anyCase) || _aliases.ContainsKey(exactCase))
            {
                continue;
            }

            var entry = new MarkerEntry(isCd ? term : symbol, symbol, isCd ? MarkerKind.Stain : MarkerKind.Gene, null, null);
            _aliases[exactCase] = entry;
            _vocabulary.Add(entry);
            Markers.Add("=" + term, entry);
        }
    }

    /// <summary>
    /// Adds the approved HGNC names written out in words (symbol, name: "paired box 5" names PAX5, "tumor protein
    /// p53" TP53), matched ignoring case. A name reads as the curated marker of its gene when there is one, else as
    /// the gene; a name the lexicon already holds, or one whose gene several curated markers share, is left out.
    /// </summary>
    internal void AddHgncNames(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var curated = new Dictionary<string, MarkerEntry?>(StringComparer.Ordinal);
        foreach (var entry in _aliases.Values)
        {
            if (entry.Gene is not { } gene || entry.Result is not null || entry.Method is not null || entry.Variant is not null || _vocabulary.Contains(entry))
            {
                continue;
            }

            if (!curated.TryGetValue(gene, out var known))
            {
                curated[gene] = entry;
            }
            else if (known is not null && known.Name != entry.Name)
            {
                // "tumor protein p63" could be p40 or p63; the gene's own marker (KIT beside CD117) is the one it names
                curated[gene] = known.Name == gene ? known : entry.Name == gene ? entry : null;
            }
        }

        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 2 || cells[0].Length == 0 || Tokenizer.Tokenize(cells[1]).Length < 2)
            {
                throw new LexiconException($"{source}:{line}: expected a symbol and a name of two or more words.");
            }

            var (symbol, name) = (cells[0], cells[1]);
            var key = Key(name);
            if (_aliases.ContainsKey(key))
            {
                continue;
            }

            MarkerEntry? target;
            if (curated.TryGetValue(symbol, out var marker))
            {
                target = marker;
            }
            else if (!_aliases.TryGetValue(Key("=" + symbol), out target) || target.Gene != symbol)
            {
                target = new MarkerEntry(symbol, symbol, MarkerKind.Gene, null, null);
                _vocabulary.Add(target);
            }

            if (target is null)
            {
                continue;
            }

            // a copy of its own, so that a mention can tell a written-out name from the marker's other aliases
            var written = target with { };
            _writtenNames.Add(written);
            _aliases[key] = written;
            Markers.Add(name, written);
        }
    }

    /// <summary>
    /// Adds the HGNC protein names of one word (symbol, word: "myogenin" names MYOG), matched ignoring case. A word reads
    /// as the curated marker of its gene when there is one, else as a stain named by the word; a word the lexicon
    /// already holds is left out.
    /// </summary>
    internal void AddHgncWords(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var curated = new Dictionary<string, MarkerEntry>(StringComparer.Ordinal);
        foreach (var entry in _aliases.Values)
        {
            // a hormone names one product of its gene: "beta-endorphin" is no ACTH
            if (entry.Gene is { } gene && entry.Result is null && entry.Method is null && entry.Variant is null
                && !_vocabulary.Contains(entry) && !_writtenNames.Contains(entry) && !_stainWords.Contains(entry))
            {
                curated.TryAdd(gene, entry);
            }
        }

        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Contains(' ', StringComparison.Ordinal) || Tokenizer.Tokenize(cells[1]).Length == 0)
            {
                throw new LexiconException($"{source}:{line}: expected a symbol and a name of one word.");
            }

            var (symbol, word) = (cells[0], cells[1]);
            var key = Key(word);
            if (_aliases.ContainsKey(key))
            {
                continue;
            }

            var target = curated.TryGetValue(symbol, out var marker) ? marker : new MarkerEntry(word, symbol, MarkerKind.Stain, null, null);
            var entry = target with { };
            _stainWords.Add(entry);
            _aliases[key] = entry;
            Markers.Add(word, entry);
        }
    }
}
