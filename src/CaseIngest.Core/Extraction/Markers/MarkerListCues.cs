using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The cues around a list of marker mentions: the result cue before it ("negative for"), the method its sentence
/// names ("immunohistochemistry"), and a cell population after a mention ("CD8+ T cells") that makes it no marker.
/// </summary>
internal sealed class MarkerListCues(MarkerDocument document)
{
    private readonly string _text = document.Text;
    private readonly List<PhraseMatch<MarkerCue>> _rightCues = document.RightCues;
    private readonly List<PhraseMatch<MarkerCue>> _leftCues = document.LeftCues;
    private readonly List<PhraseMatch<MarkerCue>> _methodCues = document.MethodCues;

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

    /// <summary>
    /// The cue right before a list ("positive for CK7 and CK20", "loss of MLH1"), allowing "the", "both", and up to
    /// three items that name no marker of the lexicon ("negative for keratins, SOX10 and desmin").
    /// </summary>
    public PhraseMatch<MarkerCue>? ReadLeft(int start, int sentenceStart)
    {
        var p = start;
        var skipped = 0;
        for (var steps = 0; steps < 8; steps++)
        {
            while (p > sentenceStart && _text[p - 1] is ' ' or '(' or '\u00A0')
            {
                p--;
            }

            if (!MarkerDocument.CueEndingAt(_leftCues, p, out var cue) || cue.Start < sentenceStart)
            {
                if (skipped < 3 && SkipListItem(p, sentenceStart) is { } before)
                {
                    p = before;
                    skipped++;
                    continue;
                }

                return null;
            }

            if (cue.Value.Kind != MarkerCue.Filler)
            {
                return cue;
            }

            p = cue.Start;
        }

        return null;
    }

    /// <summary>
    /// Before a list item ending at <paramref name="end"/> with ", " or "and"/"or": the start of the item before it,
    /// one to three words with no clause word ("keratins, "), or where a cue ends inside it; null when none.
    /// </summary>
    private int? SkipListItem(int end, int sentenceStart)
    {
        var p = end;
        if (p > sentenceStart && _text[p - 1] == ',')
        {
            p--;
        }
        else if (p - 4 > sentenceStart && _text.AsSpan(p - 4, 4) is " and" or " nor")
        {
            p -= 4;
        }
        else if (p - 3 > sentenceStart && _text.AsSpan(p - 3, 3) is " or")
        {
            p -= 3;
        }
        else
        {
            return null;
        }

        for (var words = 0; words < 3; words++)
        {
            while (p > sentenceStart && _text[p - 1] == ' ')
            {
                p--;
            }

            var wordEnd = p;
            while (p > sentenceStart && (char.IsLetterOrDigit(_text[p - 1]) || _text[p - 1] is '-' or '/' or '.'))
            {
                p--;
            }

            if (p == wordEnd || MarkerPatterns.ClauseWord().IsMatch(_text.AsSpan(p, wordEnd - p)))
            {
                return null;
            }

            var before = p;
            while (before > sentenceStart && _text[before - 1] == ' ')
            {
                before--;
            }

            if (MarkerDocument.CueEndingAt(_leftCues, before, out _) || (before > sentenceStart && _text[before - 1] == ','))
            {
                return before;
            }
        }

        return null;
    }

    public bool FollowedByCells(int end)
    {
        // "CD8+ T cells", "CD3+/8+ lymphocytes"
        var p = end;
        while (p < _text.Length && p < end + 12 && (_text[p] is ' ' or '-' or '/' or '+' || char.IsDigit(_text[p])))
        {
            p++;
        }

        return MarkerDocument.CueStartingAt(_rightCues, p, out var cue) && cue.Value.Kind == MarkerCue.Cells;
    }
}
