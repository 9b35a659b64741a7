using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Turns the readings of a document's marker mentions into facts: mentions that form a list share the result
/// stated after the list or the cue before it ("positive for CK7 and TTF-1", "CK20 was negative, as were CDX2
/// and SATB2"); a negation reverses an implied result; a mention without result, value or variant is no fact.
/// </summary>
internal sealed class MarkerResolver(MarkerDocument document)
{
    private readonly MarkerDocument _doc = document;
    private readonly ExtractionContext _context = document.Context;
    private readonly string _text = document.Text;
    private readonly List<PhraseMatch<MarkerEntry>> _mentions = document.Mentions;
    private readonly bool[] _consumed = document.Consumed;
    private readonly int[] _listedUnder = document.ListedUnder;
    private readonly List<PhraseMatch<MarkerCue>> _rightCues = document.RightCues;
    private readonly List<PhraseMatch<MarkerCue>> _leftCues = document.LeftCues;
    private readonly List<PhraseMatch<MarkerCue>> _methodCues = document.MethodCues;
    private readonly MarkerResult?[] _resolved = new MarkerResult?[document.Mentions.Count];
    private readonly (int Start, int End)[] _resolvedSpan = new (int, int)[document.Mentions.Count];
    private MarkerFact? _lastFact;
    private MarkerResult? _lastResult;

    public List<MarkerFact> Resolve(MarkerReading?[] readings, int[] ends)
    {
        var facts = new List<MarkerFact>();
        var group = new List<int>();
        for (var i = 0; i < _mentions.Count; i++)
        {
            if (_consumed[i])
            {
                continue;
            }

            if (group.Count > 0 && !Continues(group[^1], ends[group[^1]], i))
            {
                ResolveGroup(group, readings, ends, facts);
                group.Clear();
            }

            group.Add(i);
        }

        if (group.Count > 0)
        {
            ResolveGroup(group, readings, ends, facts);
        }

        return facts;
    }

    private bool Continues(int previous, int previousEnd, int next)
    {
        var start = _mentions[next].Start;
        if (previousEnd > start || _context.SentenceAt(_mentions[previous].Start) != _context.SentenceAt(start))
        {
            return false;
        }

        var gap = _text.AsSpan(previousEnd, start - previousEnd);
        return MarkerPatterns.ListGap().IsMatch(gap)
            || (MarkerPatterns.ExpandedName().IsMatch(gap) && !MarkerPatterns.ClauseWord().IsMatch(gap));
    }

    private void ResolveGroup(List<int> group, MarkerReading?[] readings, int[] ends, List<MarkerFact> facts)
    {
        var first = _mentions[group[0]];
        var sentence = _context.SentenceAt(first.Start);
        var left = ReadLeft(first.Start, sentence.Start);
        // a negation of the cue that heads a list holds for the whole list: "no variants were found in NRAS, KRAS or BRAF"
        var headNegated = left is not null && _context.AssertionOf(first.Start, first.End) == Assertion.Negated;
        for (var k = 0; k < group.Count; k++)
        {
            var index = group[k];
            var mention = _mentions[index];
            var entry = mention.Value;
            var reading = readings[index]!;
            var evidenceStart = mention.Start;
            var evidenceEnd = ends[index];

            var partnerStart = _doc.FusionPartner(mention.Start, out var partner);
            if (partner is not null)
            {
                reading.Variant ??= partner;
                evidenceStart = partnerStart;
                if (reading.Result is null)
                {
                    reading.Apply(MarkerResult.Rearranged, isExplicit: false);
                }
            }

            if (FollowedByCells(ends[index]))
            {
                continue;
            }

            var variant = reading.Variant ?? entry.Variant;

            MarkerResult? result = entry.Result;
            var isExplicit = result is not null;
            var fromLeft = false;
            if (result is MarkerResult.Lost or MarkerResult.MsiHigh && _context.AssertionOf(mention.Start, mention.End) == Assertion.Negated)
            {
                result = result == MarkerResult.Lost ? MarkerResult.Intact : MarkerResult.MsiStable;
            }

            if (result is null && left is { Value.Kind: MarkerCue.Same } && _lastFact is { } before
                && before.Evidence.End <= mention.Start && before.Evidence.Start >= sentence.Start && _lastResult is not null)
            {
                // "CK20 was negative, as were CDX2 and SATB2"
                (result, isExplicit) = (_lastResult, true);
                evidenceStart = Math.Min(evidenceStart, left.Value.Start);
            }
            else if (result is null && reading.Result is not null && reading.Explicit)
            {
                (result, isExplicit) = (reading.Result, true);
            }
            else if (result is null && left is { Value.IsResult: true, Value.Explicit: true })
            {
                (result, isExplicit) = (left.Value.Value.Result, true);
                evidenceStart = Math.Min(evidenceStart, left.Value.Start);
            }
            else if (result is null && reading.Result is not null)
            {
                (result, isExplicit) = (reading.Result, false);
            }
            else if (result is null && reading.Negatable && !reading.Tested && reading.Value is null && !reading.Bounded
                && (entry.Kind is not (MarkerKind.Gene or MarkerKind.Signature) || (entry.Kind == MarkerKind.Gene && SentenceMethod(sentence, MarkerKind.Stain, entry.Name) == "IHC"))
                && _context.AssertionOf(mention.Start, mention.End) != Assertion.Negated)
            {
                // "weak CK8/18 expression", "ALK protein expression by IHC": expressed unless negated
                (result, isExplicit) = (MarkerResult.Positive, true);
                if (entry.Kind == MarkerKind.Gene)
                {
                    reading.Method ??= "IHC";
                }
            }
            else if (result is null && reading.Value is null && reading.Variant is null && !reading.Bounded && NextResult(group, readings, k) is { } next)
            {
                (result, isExplicit) = (readings[next]!.Result, readings[next]!.Explicit);
                evidenceEnd = Math.Max(evidenceEnd, ends[next]);
            }
            else if (result is null && left is { Value.IsResult: true })
            {
                (result, isExplicit) = (left.Value.Value.Result, false);
                evidenceStart = Math.Min(evidenceStart, left.Value.Start);
                fromLeft = true;
            }

            if ((left is { Value.Kind: MarkerCue.Tested } || reading.Tested) && !isExplicit && variant is null)
            {
                result = null;
            }

            if (reading.Result == MarkerResult.Mutated && !reading.Explicit && result is MarkerResult.Negative)
            {
                result = MarkerResult.WildType;
            }
            else if (entry.Kind == MarkerKind.Gene && result == MarkerResult.Positive && (variant is not null || reading.Result == MarkerResult.Mutated))
            {
                result = MarkerResult.Mutated;
            }
            else if (entry.Kind == MarkerKind.Gene && result == MarkerResult.Positive && reading.Result is MarkerResult.Rearranged or MarkerResult.Amplified or MarkerResult.Lost)
            {
                // "positive for ALK rearrangement", "FISH positive for MDM2 amplification"
                result = reading.Result;
            }

            if (result is null && _listedUnder[index] >= 0 && _resolved[_listedUnder[index]] is { } parent)
            {
                (result, isExplicit) = (MarkerResultRules.ForKind(parent, entry), true);
                evidenceStart = Math.Min(evidenceStart, _resolvedSpan[_listedUnder[index]].Start);
                evidenceEnd = Math.Max(evidenceEnd, _resolvedSpan[_listedUnder[index]].End);
            }

            var negatable = (reading.Negatable || left is { Value.Kind: MarkerCue.Negatable }) && !reading.Tested;
            if (result is null && left is { Value.Kind: MarkerCue.Negatable } && !reading.Tested && entry.Kind is not (MarkerKind.Gene or MarkerKind.Signature)
                && _context.AssertionOf(mention.Start, mention.End) != Assertion.Negated)
            {
                // "expression of CK19, CK7 and N-cadherin": expressed unless negated
                (result, isExplicit) = (MarkerResult.Positive, true);
                evidenceStart = Math.Min(evidenceStart, left.Value.Start);
            }

            if (result is null && reading.Equivocal)
            {
                if (reading.Value is null && reading.Variant is null)
                {
                    continue;
                }
            }
            else if (!isExplicit && (result is not null || negatable)
                && (_context.AssertionOf(mention.Start, mention.End) == Assertion.Negated || (fromLeft && headNegated)))
            {
                result = MarkerResultRules.Negate(result, entry.Kind);
            }

            result ??= MarkerResultRules.FromValue(entry, reading);
            if (result is null && variant is not null)
            {
                result = MarkerResult.Mutated;
            }

            result = MarkerResultRules.ForKind(result, entry);
            result = MarkerResultRules.ProliferationIndex(entry, reading, result, isExplicit);
            if (result is null && reading.Value is null && variant is null)
            {
                continue;
            }

            var method = reading.Method ?? entry.Method ?? SentenceMethod(sentence, entry.Kind, entry.Name);

            _resolved[index] = result;
            _resolvedSpan[index] = (evidenceStart, evidenceEnd);
            var unit = reading.Unit;
            if (entry.Name == "TMB" && reading.Value is not null)
            {
                unit = "mut/Mb";
            }

            _lastFact = new MarkerFact
            {
                Patient = _context.PatientAt(mention.Start),
                Name = entry.Name,
                Gene = entry.Gene,
                Variant = variant,
                Value = reading.Value,
                Unit = reading.Value is null ? null : unit,
                Method = method,
                Result = result?.ToContract(),
                Evidence = _context.Evidence(evidenceStart, Math.Max(evidenceEnd, evidenceStart)),
            };
            _lastResult = result;
            facts.Add(_lastFact);
        }
    }

    private static int? NextResult(List<int> group, MarkerReading?[] readings, int k)
    {
        for (var j = k + 1; j < group.Count; j++)
        {
            if (readings[group[j]]?.Result is not null)
            {
                return group[j];
            }
        }

        return null;
    }

    private string? SentenceMethod(Sentence sentence, MarkerKind kind, string name)
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
    private PhraseMatch<MarkerCue>? ReadLeft(int start, int sentenceStart)
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

    private bool FollowedByCells(int end)
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
