using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The marker mentions of one document and the cue matches around them, found once and shared by the scanner
/// (which reads the words after each mention) and the resolver (which turns lists of readings into facts).
/// Cue matches are in text order and do not overlap, so both their starts and their ends ascend: found by binary search.
/// </summary>
internal sealed class MarkerDocument
{
    private readonly string _text;
    private readonly List<PhraseMatch<MarkerEntry>> _mentions;
    private readonly Dictionary<int, int> _mentionAt = [];
    private readonly bool[] _consumed;
    private readonly int[] _listedUnder;

    public MarkerDocument(ExtractionContext context, MarkerLexicon lexicon, List<PhraseMatch<MarkerEntry>> mentions)
    {
        Context = context;
        Lexicon = lexicon;
        _text = context.Text;
        _mentions = mentions;
        _consumed = new bool[mentions.Count];
        _listedUnder = new int[mentions.Count];
        Array.Fill(_listedUnder, -1);
        for (var i = 0; i < mentions.Count; i++)
        {
            _mentionAt[mentions[i].Start] = i;
        }

        RightCues = lexicon.RightCues.Match(_text, context.Tokens);
        LeftCues = lexicon.LeftCues.Match(_text, context.Tokens);
        MethodCues = lexicon.SentenceCues.Match(_text, context.Tokens);
    }

    public ExtractionContext Context { get; }

    public MarkerLexicon Lexicon { get; }

    public string Text => _text;

    public List<PhraseMatch<MarkerEntry>> Mentions => _mentions;

    /// <summary>The mention index at each start offset.</summary>
    public Dictionary<int, int> MentionAt => _mentionAt;

    /// <summary>Mentions read as part of the mention before them ("PD-L1 (TPS 80%)"): no reading or fact of their own.</summary>
    public bool[] Consumed => _consumed;

    /// <summary>For a mention listed in brackets after another ("MMR proteins (MLH1, MSH2)"), that mention; else -1.</summary>
    public int[] ListedUnder => _listedUnder;

    public List<PhraseMatch<MarkerCue>> RightCues { get; }

    /// <summary>A second result of a mention, read on another specimen after its first ("1+ on the biopsy and 3+ on the resection").</summary>
    public Dictionary<int, (MarkerReading Reading, int Start, int End)> SecondReadings { get; } = [];

    public List<PhraseMatch<MarkerCue>> LeftCues { get; }

    public List<PhraseMatch<MarkerCue>> MethodCues { get; }

    /// <summary>The bracket that closes the one at <paramref name="open"/>, within 200 characters; -1 when none.</summary>
    public int Close(int open, int limit)
    {
        var depth = 0;
        for (var i = open; i < limit && i < open + 200; i++)
        {
            if (_text[i] is '(' or '[')
            {
                depth++;
            }
            else if (_text[i] is ')' or ']' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a bracket holds only a list of markers; if so, each is marked as listed under the mention being read.</summary>
    public bool ListsMarkers(int from, int to, int reading)
    {
        var listed = new List<int>();
        var p = from;
        while (p < to)
        {
            var gapStart = p;
            while (p < to && !_mentionAt.ContainsKey(p))
            {
                p++;
            }

            if (!MarkerPatterns.ListGap().IsMatch(_text.AsSpan(gapStart, p - gapStart)))
            {
                return false;
            }

            if (p < to)
            {
                var index = _mentionAt[p];
                listed.Add(index);
                p = _mentions[index].End;
            }
        }

        if (listed.Count < 2)
        {
            return false;
        }

        foreach (var index in listed)
        {
            _listedUnder[index] = reading;
        }

        return true;
    }

    /// <summary>
    /// Whether the mention is the keratin family with the antibodies that stained listed in brackets after it
    /// ("cytokeratins (AE1/AE3, MNF116 and CAM5.2)"): the listed stains share its result and are the facts.
    /// </summary>
    public bool ListsItsAntibodies(int index)
    {
        if (_mentions[index].Value.Name != MarkerAntibodyBrackets.Family)
        {
            return false;
        }

        for (var i = index + 1; i < _listedUnder.Length; i++)
        {
            if (_listedUnder[i] == index && _mentions[i].Value.Kind == MarkerKind.Stain)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the mentions inside a span as read by the mention before them.</summary>
    public void Consume(int from, int to)
    {
        // mentions are in text order: the first one after from is found by binary search
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Start <= from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _mentions.Count && _mentions[i].Start < to; i++)
        {
            _consumed[i] = true;
        }
    }

    /// <summary>"EML4-ALK": the gene fused to the marker, written right before it.</summary>
    public int FusionPartner(int start, out string? partner)
    {
        partner = null;
        var p = start - 1;
        if (p < 1 || _text[p] is not ('-' or '–' or ':'))
        {
            return start;
        }

        if (_text[p] == ':' && _text[p - 1] == ':')
        {
            p--;
        }

        if (_text[p - 1] == ')')
        {
            // "echinoderm microtubule-associated protein-like 4 (EML4)-ALK": the partner's symbol in brackets
            var open = _text.LastIndexOf('(', p - 1, Math.Min(p, 16));
            if (open < 0)
            {
                return start;
            }

            var inside = p - 1;
            var from = open + 1;
            var symbol = _text.AsSpan(from, inside - from);
            if (!IsPartnerSymbol(symbol) || IsOtherMarker(from))
            {
                return start;
            }

            partner = symbol.ToString();
            return from;
        }

        var end = ExonBefore(p);
        var begin = end;
        while (begin > 0 && char.IsLetterOrDigit(_text[begin - 1]))
        {
            begin--;
        }

        var word = _text.AsSpan(begin, end - begin);
        if (!IsPartnerSymbol(word) || IsOtherMarker(begin))
        {
            return start;
        }

        partner = word.ToString();
        return begin;
    }

    /// <summary>
    /// Whether "ratio" follows the mention ending at <paramref name="end"/>: "CD4:CD8 ratio" is a ratio of two cell counts,
    /// not a fusion of the two genes.
    /// </summary>
    public bool RatioAfter(int end)
    {
        var p = end;
        while (p < _text.Length && _text[p] == ' ')
        {
            p++;
        }

        return p + 5 <= _text.Length && _text.AsSpan(p, 5).Equals("ratio", StringComparison.OrdinalIgnoreCase)
            && (p + 5 == _text.Length || !char.IsLetter(_text[p + 5]));
    }

    /// <summary>"KIF5B exon 15–RET": where the exon named after the partner starts, else <paramref name="p"/>.</summary>
    private int ExonBefore(int p)
    {
        var q = p;
        while (q > 0 && char.IsDigit(_text[q - 1]))
        {
            q--;
        }

        return q < p && q >= 6 && _text.AsSpan(q - 6, 6).Equals(" exon ", StringComparison.OrdinalIgnoreCase) ? q - 6 : p;
    }

    /// <summary>
    /// A marker mention other than a gene there: a gene named before a fusion is its partner ("EML4-ALK"), and so is a
    /// gene named by its CD designation ("CD74-ROS1").
    /// </summary>
    private bool IsOtherMarker(int start) =>
        _mentionAt.TryGetValue(start, out var other) && _mentions[other].Value.Kind != MarkerKind.Gene && !IsCdDesignation(_mentions[other].Value.Name);

    private static bool IsCdDesignation(string name) => name.Length > 2 && name.StartsWith("CD", StringComparison.Ordinal) && char.IsDigit(name[2]);

    /// <summary>A gene symbol that can be a fusion partner: upper case, 3 to 10 characters, with a digit ("EML4", "CD74") or an approved HGNC symbol ("BCR").</summary>
    private static bool IsPartnerSymbol(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 10 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var digits = false;
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) || char.IsLower(c))
            {
                return false;
            }

            digits |= char.IsDigit(c);
        }

        return digits || HgncGenes.LoadDefault().IsApproved(word.ToString());
    }

    public static bool CueStartingAt(List<PhraseMatch<MarkerCue>> cues, int start, out PhraseMatch<MarkerCue> cue) =>
        Find(cues, start, byEnd: false, out cue);

    public static bool CueEndingAt(List<PhraseMatch<MarkerCue>> cues, int end, out PhraseMatch<MarkerCue> cue) =>
        Find(cues, end, byEnd: true, out cue);

    private static bool Find(List<PhraseMatch<MarkerCue>> cues, int offset, bool byEnd, out PhraseMatch<MarkerCue> cue)
    {
        int lo = 0, hi = cues.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = byEnd ? cues[mid].End : cues[mid].Start;
            if (at == offset)
            {
                cue = cues[mid];
                return true;
            }

            if (at < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        cue = default;
        return false;
    }
}
