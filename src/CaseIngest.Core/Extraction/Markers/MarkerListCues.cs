using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The cues around a list of marker mentions: the result cue before it ("negative for"), the method its sentence
/// names ("immunohistochemistry"), and a cell population after a mention ("CD8+ T cells") that makes it no marker.
/// </summary>
internal sealed partial class MarkerListCues(MarkerDocument document)
{
    /// <summary>The most words of a list item that names no marker ("immunoglobulin kappa light chain, ").</summary>
    private const int MaxItemWords = 5;

    /// <summary>The most words before a class noun ("the dendritic cell markers").</summary>
    private const int MaxClassWords = 4;

    /// <summary>The most places of staining between a word of loss or retention and its expression noun ("loss of nuclear expression of").</summary>
    private const int MaxScopeSteps = 3;

    /// <summary>The most words of a marker written out before its bracketed symbol ("transducin-like enhancer of split 1 (").</summary>
    private const int MaxNameWords = 6;

    private readonly string _text = document.Text;
    private readonly List<PhraseMatch<MarkerCue>> _rightCues = document.RightCues;
    private readonly List<PhraseMatch<MarkerCue>> _leftCues = document.LeftCues;
    private readonly List<PhraseMatch<MarkerCue>> _methodCues = document.MethodCues;
    private readonly Dictionary<int, int> _mentionAt = document.MentionAt;

    public string? SentenceMethod(Sentence sentence, MarkerKind kind, string name)
    {
        foreach (var cue in _methodCues)
        {
            if (cue.Start < sentence.Start || cue.Start >= sentence.End)
            {
                continue;
            }

            var method = cue.Value.Kind[MarkerCue.MethodPrefix.Length..];
            var fits = method switch
            {
                "IHC" => kind is MarkerKind.Protein or MarkerKind.Stain or MarkerKind.Mmr or MarkerKind.Serum,
                "FISH" => kind is MarkerKind.Gene || name == "HER2",
                _ => kind is MarkerKind.Gene or MarkerKind.Signature,
            };
            if (fits)
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="sentence"/> names <paramref name="method"/> ("FISH") anywhere.</summary>
    public bool SentenceNamesMethod(Sentence sentence, string method)
    {
        foreach (var cue in _methodCues)
        {
            if (cue.Start >= sentence.Start && cue.Start < sentence.End && cue.Value.Kind.AsSpan(MarkerCue.MethodPrefix.Length).SequenceEqual(method))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The cue right before a list ("positive for CK7 and CK20", "loss of MLH1"), allowing "the", "both", and up to
    /// three items that name no marker of the lexicon ("negative for keratins, SOX10 and desmin").
    /// </summary>
    public PhraseMatch<MarkerCue>? ReadLeft(int start, int sentenceStart)
    {
        var p = start;
        var skipped = 0;
        var afterFiller = false;
        for (var steps = 0; steps < 8; steps++)
        {
            // "positive for (CK7", "Negative: CK20, CDX2"; after a filler, a comma too ("were normal, which showed CEA …")
            var bracketed = false;
            while (p > sentenceStart && (_text[p - 1] is ' ' or '(' or ':' or '\u00A0' || (afterFiller && _text[p - 1] == ',')))
            {
                bracketed |= _text[p - 1] == '(';
                p--;
            }

            if (p - 5 >= sentenceStart && _text.AsSpan(p - 5, 5).Equals("anti-", StringComparison.OrdinalIgnoreCase)
                && (p - 5 == sentenceStart || !char.IsLetter(_text[p - 6])))
            {
                // "positive for anti-CK7": the antibody stands for its marker
                p -= 5;
                continue;
            }

            if (!MarkerDocument.CueEndingAt(_leftCues, p, out var cue) || cue.Start < sentenceStart)
            {
                // "negative immunostainings were observed for CK7": the verdict before the staining noun and its passive verb
                if (SkipObservedFor(p, sentenceStart) is { } observedEnd)
                {
                    p = observedEnd;
                    continue;
                }

                // "positive by immunohistochemistry for PAX8", "negative, on IHC, for CD20"
                if (SkipMethodBeforeFor(p, sentenceStart) is { } verdictEnd)
                {
                    p = verdictEnd;
                    continue;
                }

                if (VerdictBeforeCells(p, sentenceStart) is { } noun)
                {
                    // "positivity in the tumour cells for S100": the verdict noun before the cells heads the list
                    return ScopeOver(noun, sentenceStart);
                }

                if (steps == 0 && bracketed && skipped < 3 && SkipWrittenName(p, sentenceStart) is { } nameStart)
                {
                    // "positive for mucin 4 (MUC4) and GATA3": the marker written out in words the lexicon does not hold
                    p = nameStart;
                    skipped++;
                    continue;
                }

                if (skipped < 3 && (SkipListItem(WithoutRepeatedFor(p, sentenceStart), sentenceStart) ?? SkipClassNoun(p, sentenceStart)) is { } before)
                {
                    p = before;
                    skipped++;
                    continue;
                }

                return null;
            }

            if (cue.Value.Kind != MarkerCue.Filler)
            {
                return ScopeOver(cue, sentenceStart);
            }

            p = cue.Start;
            afterFiller = true;
        }

        return null;
    }

    /// <summary>
    /// A word of absence, loss or retention right before an expression noun or a positive cue takes it in its scope:
    /// "lacked expression of", "lacking immunoreactivity for", "absence of staining for", "retained expression of",
    /// "loss of nuclear"; so does a positive word before an expression noun or a place of staining.
    /// </summary>
    private PhraseMatch<MarkerCue> ScopeOver(PhraseMatch<MarkerCue> cue, int sentenceStart)
    {
        if (cue.Value.Kind != MarkerCue.Negatable && cue.Value.Result != MarkerResult.Positive)
        {
            return cue;
        }

        // "positive for nuclear beta-catenin": a place of staining takes the positive word before it too; "loss of nuclear
        // expression of": the word of loss reaches over the place of staining to the expression noun
        var p = Trim(cue.Start, sentenceStart);
        for (var steps = 0; steps < MaxScopeSteps; steps++)
        {
            if (!MarkerDocument.CueEndingAt(_leftCues, p, out var head) || head.Start < sentenceStart || !head.Value.Explicit)
            {
                return cue;
            }

            if (head.Value.Kind == MarkerCue.Negatable && cue.Value.Kind == MarkerCue.Negatable)
            {
                p = Trim(head.Start, sentenceStart);
                continue;
            }

            return head.Value.Result is MarkerResult.Negative or MarkerResult.Lost or MarkerResult.Intact
                || (head.Value.Result == MarkerResult.Positive && cue.Value.Kind == MarkerCue.Negatable)
                ? head
                : cue;
        }

        return cue;
    }

    /// <summary>
    /// Before a list item ending at <paramref name="end"/> with ", " or "and"/"or": the start of the item before it,
    /// one to three words with no clause word ("keratins, "), or where a cue ends inside it; null when none.
    /// </summary>
    private int? SkipListItem(int end, int sentenceStart)
    {
        if (JoinerStart(end, sentenceStart) is not { } p)
        {
            return null;
        }

        for (var words = 0; words < MaxItemWords; words++)
        {
            while (p > sentenceStart && _text[p - 1] == ' ')
            {
                p--;
            }

            if (BracketBefore(p, sentenceStart) is { } open)
            {
                // "positive for PRL (Fig. 2B), CK7", "negative for ALK by IHC (D5F3) and for ROS1": a reference to a figure
                // or the clone of an antibody belongs to the item before it
                p = open;
                while (p > sentenceStart && _text[p - 1] == ' ')
                {
                    p--;
                }
            }

            var wordEnd = p;
            while (p > sentenceStart && (char.IsLetterOrDigit(_text[p - 1]) || _text[p - 1] is '-' or '/' or '.'))
            {
                p--;
            }

            // "negative for Congo red staining, desmin": a histochemical stain named with its stain noun is an item too,
            // though the stain noun alone is none ("showed positive staining, CK7")
            var stainNoun = words == 0 && IsStainNoun(p, wordEnd);
            if (p == wordEnd || (!stainNoun && MarkerPatterns.ClauseWord().IsMatch(_text.AsSpan(p, wordEnd - p))))
            {
                return null;
            }

            var before = p;
            while (before > sentenceStart && _text[before - 1] == ' ')
            {
                before--;
            }

            if (stainNoun)
            {
                continue;
            }

            if (MarkerDocument.CueEndingAt(_leftCues, before, out _) || (before > sentenceStart && _text[before - 1] == ','))
            {
                return before;
            }

            // "negative for desmin, for SOX10 and for CD34": the item before opens with the repeated preposition
            if (WithoutRepeatedFor(before, sentenceStart) is var joined && joined != before)
            {
                return joined;
            }
        }

        return null;
    }

    /// <summary>Whether the word from <paramref name="start"/> to <paramref name="end"/> is "staining".</summary>
    private bool IsStainNoun(int start, int end) => _text.AsSpan(start, end - start).Equals("staining", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Before a bracketed symbol opening at <paramref name="end"/>: the marker written out in words that name no marker of
    /// the lexicon nor a clause ("positive for mucin 4 (", "negative for transducin-like enhancer of split 1 ("); where the
    /// cue ending in "for" or "of", or the comma before the name ends, or null when none.
    /// </summary>
    private int? SkipWrittenName(int end, int sentenceStart)
    {
        var p = end;
        for (var words = 0; words < MaxNameWords; words++)
        {
            p = Trim(p, sentenceStart);
            if (WordBefore(p, sentenceStart, out var start) is not { } word || MarkerPatterns.ClauseWord().IsMatch(word) || _mentionAt.ContainsKey(start))
            {
                return null;
            }

            p = start;
            var before = Trim(p, sentenceStart);
            // "a high proliferation index (Ki-67": a cue that takes no preposition qualifies the words, not the marker
            if ((MarkerDocument.CueEndingAt(_leftCues, before, out _) && WordBefore(before, sentenceStart, out _) is "for" or "of")
                || (before > sentenceStart && _text[before - 1] == ','))
            {
                return before;
            }
        }

        return null;
    }

    /// <summary>
    /// Before a list ending at <paramref name="end"/>: a class noun with its modifiers ("the melanocytic markers ",
    /// "epithelial markers such as ", "lymphoid antigens: ", "negative stains included "); where a cue ends before it,
    /// or null when none.
    /// </summary>
    private int? SkipClassNoun(int end, int sentenceStart)
    {
        var p = Trim(end, sentenceStart);
        if (p > sentenceStart && _text[p - 1] == ':')
        {
            p = Trim(p - 1, sentenceStart);
        }
        else if (WordBefore(p, sentenceStart, out var start) is "including" or "namely" or "included" or "include" or "includes" or "were" or "are")
        {
            p = Trim(start, sentenceStart);
        }
        else if (WordBefore(p, sentenceStart, out start) is "as" && WordBefore(Trim(start, sentenceStart), sentenceStart, out var such) is "such")
        {
            p = Trim(such, sentenceStart);
        }

        if (WordBefore(p, sentenceStart, out var nounStart) is not ("marker" or "markers" or "antigen" or "antigens" or "immunomarkers" or "stains"
            or "immunostains" or "antibodies"))
        {
            return null;
        }

        p = nounStart;
        for (var words = 0; words <= MaxClassWords; words++)
        {
            var before = Trim(p, sentenceStart);
            if (MarkerDocument.CueEndingAt(_leftCues, before, out _))
            {
                return before;
            }

            var word = WordBefore(before, sentenceStart, out var wordStart);
            // "the dendritic cell markers", "the B-cell markers": a cell type names the class, not a clause
            if (word is null || (MarkerPatterns.ClauseWord().IsMatch(word) && !word.EndsWith("cell", StringComparison.Ordinal) && !word.EndsWith("cells", StringComparison.Ordinal)))
            {
                return null;
            }

            p = wordStart;
        }

        return null;
    }

    private int Trim(int p, int sentenceStart)
    {
        while (p > sentenceStart && _text[p - 1] is ' ' or '\u00A0')
        {
            p--;
        }

        return p;
    }

    /// <summary>The word (letters, digits, '-', '/') ending at <paramref name="end"/>, lower case; null when none.</summary>
    private string? WordBefore(int end, int sentenceStart, out int start)
    {
        start = end;
        while (start > sentenceStart && (char.IsLetterOrDigit(_text[start - 1]) || _text[start - 1] is '-' or '/'))
        {
            start--;
        }

        return start == end ? null : _text[start..end].ToLowerInvariant();
    }
}
