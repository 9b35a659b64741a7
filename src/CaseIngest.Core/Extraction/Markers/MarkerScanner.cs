using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Reads the words after each marker mention of a document up to the first word that says nothing about it:
/// result words, values, variants, methods and bracketed asides ("PD-L1 (22C3) TPS 80%", "KRAS p.G12C").
/// </summary>
internal sealed partial class MarkerScanner(MarkerDocument document)
{
    private const int MaxSteps = 14;

    private readonly MarkerDocument _doc = document;
    private readonly string _text = document.Text;
    private readonly List<PhraseMatch<MarkerEntry>> _mentions = document.Mentions;
    private readonly Dictionary<int, int> _mentionAt = document.MentionAt;
    private readonly bool[] _consumed = document.Consumed;
    private readonly List<PhraseMatch<MarkerCue>> _rightCues = document.RightCues;
    private int _reading;

    /// <summary>The reading of every mention not read as part of another, and where each reading ends.</summary>
    public (MarkerReading?[] Readings, int[] Ends) Scan()
    {
        var readings = new MarkerReading?[_mentions.Count];
        var ends = new int[_mentions.Count];
        for (var i = 0; i < _mentions.Count; i++)
        {
            if (_consumed[i])
            {
                continue;
            }

            var mention = _mentions[i];
            var sentence = _doc.Context.SentenceAt(mention.Start);
            var reading = new MarkerReading();
            _reading = i;
            ends[i] = Math.Max(mention.End, ReadRight(mention.Value, mention.End, sentence.End, reading, 0));
            readings[i] = reading;
            if (ReadSecondResult(mention.Value, reading, ends[i], sentence.End) is { } second)
            {
                _doc.SecondReadings[i] = second;
            }
        }

        return (readings, ends);
    }

    /// <summary>Reads the words after a mention up to the first word that says nothing about it; returns where the reading ends.</summary>
    private int ReadRight(MarkerEntry entry, int pos, int limit, MarkerReading reading, int depth)
    {
        var end = pos;
        for (var steps = 0; steps < MaxSteps; steps++)
        {
            var p = pos;
            while (p < limit && (_text[p] == '\t' || MarkerValues.IsSpace(_text[p])))
            {
                p++;
            }

            if (p >= limit)
            {
                break;
            }

            var c = _text[p];
            if (steps == 0 && depth == 0 && char.IsLetterOrDigit(c) && !reading.HasContent && SkipFlatRowClone(p, limit) is { } cloneEnd)
            {
                pos = cloneEnd;
                continue;
            }

            if (c is '(' or '[')
            {
                if (depth > 0 || ReadBracket(entry, p, limit, reading) is not { } bracketEnd)
                {
                    break;
                }

                pos = end = bracketEnd;
                continue;
            }

            if (c is ')' or ']')
            {
                if (depth > 0)
                {
                    break;
                }

                pos = p + 1;
                continue;
            }

            if (c is '+' or '-' or '−' or '–' or '—')
            {
                if (ReadSign(p, limit, reading, out var signed) is not { } signEnd)
                {
                    break;
                }

                pos = signEnd;
                end = signed ? signEnd : end;
                continue;
            }

            if (depth == 0 && reading.Explicit && entry.Kind != MarkerKind.Serum && (char.IsDigit(c) || c is ':' or '=' or '<' or '>' or '≤' or '≥') && !ShareOfCells(p, limit) && !ValueAfterVerdict(entry, p, limit))
            {
                break;
            }

            if (c == ':' && depth == 0 && HeadsMmrProteins(entry, p, limit))
            {
                // "Mismatch repair immunostaining: lost MLH1 and PMS2, retained MSH2": a heading, the proteins carry the results
                reading.Heading = true;
                break;
            }

            if (c is ':' or '=' or '~' or '≈')
            {
                reading.AllowBareNumber = true;
                pos = p + 1;
                continue;
            }

            if (char.IsDigit(c) || c is '<' or '≤' or '>' or '≥')
            {
                if (MarkerValues.ReadExon(_text, p, limit, reading) is { } exonEnd)
                {
                    pos = end = exonEnd;
                    continue;
                }

                if (MarkerDocument.CueStartingAt(_rightCues, p, out var clone) && clone.Value.Kind == MarkerCue.Filler)
                {
                    pos = clone.End;
                    continue;
                }

                var numberEnd = MarkerValues.ReadNumber(_text, entry, p, limit, reading);
                if (numberEnd < 0)
                {
                    break;
                }

                pos = end = numberEnd;
                continue;
            }

            if (c == ',' && depth == 0 && entry.Kind == MarkerKind.Serum
                && ((reading.Value is not null && FollowedByPluralVerb(p + 1, limit)) || (reading.Result is null && FollowedByNormal(p + 1, limit))))
            {
                // "CEA (12 ng/mL), CA-125 (88 U/mL) and CYFRA 21-1 (9.4 ng/mL), were all elevated";
                // "tumour markers, including AFP and CEA, showed no abnormalities": the list closes before its verdict
                pos = p + 1;
                continue;
            }

            if (c == ',' && depth == 0 && entry.Kind != MarkerKind.Serum && reading.Result is null && reading.Value is null && FollowedByPluralVerb(p + 1, limit))
            {
                // "the other markers, including desmin and CD34, were negative": the comma closes the list before its verdict
                pos = p + 1;
                continue;
            }

            if (c == ',' && depth == 0 && reading.Result is null && reading.Value is null && SkipPairComma(p, limit) is { } pairEnd)
            {
                pos = pairEnd;
                continue;
            }

            if (c == ',' && depth == 0 && (reading.Result is null || !reading.Explicit) && reading.Value is null && SkipAside(p, limit) is { } asideEnd)
            {
                // "The KRAS mutation, as expected, was absent": a result the marker's noun only suggests is open to the verdict after the aside
                pos = asideEnd;
                continue;
            }

            if (c is ',' or ';' && (depth > 0 || (reading.WeakVariant && FollowedByProteinChange(p + 1, limit)) || ChangeInApposition(p, limit, reading)))
            {
                pos = p + 1;
                continue;
            }

            if (SkipToSameVariant(p, limit, reading) is { } same)
            {
                pos = same;
                continue;
            }

            if (ReadRatio(entry, p, limit, reading) is { } ratioEnd)
            {
                pos = ratioEnd;
                continue;
            }

            if (c == '|' && depth == 0)
            {
                if (ReadCellBorder(entry, p, limit, reading) is not { } cellEnd)
                {
                    break;
                }

                pos = cellEnd;
                continue;
            }

            if (!char.IsLetter(c))
            {
                break;
            }

            if (_mentionAt.TryGetValue(p, out var other))
            {
                if (!ReadSameMarker(other, entry, reading))
                {
                    break;
                }

                pos = end = _mentions[other].End;
                continue;
            }

            var wordEnd = p;
            while (wordEnd < limit && char.IsLetterOrDigit(_text[wordEnd]))
            {
                wordEnd++;
            }

            if (JoinsIntensityWords(p, wordEnd, limit))
            {
                // "strongly and diffusely positive": the words on both sides describe one result
                pos = wordEnd;
                continue;
            }

            if (ReadChangePrefix(p, wordEnd, limit, reading, end) is { } prefix)
            {
                (pos, end) = prefix;
                continue;
            }

            if (depth == 0 && reading.Variant is null && MarkerFusionPartners.IsWith(_text, p, wordEnd)
                && (reading.Result == MarkerResult.Rearranged || (reading.Result is null && FusionNamedBefore()))
                && MarkerFusionPartners.AfterWith(_text, p, wordEnd, limit, entry, out var partner) is { } partnerEnd)
            {
                // "a ROS1 fusion with CD74", "a fusion of NTRK3 with ETV6": the partner named after the fusion
                reading.Variant = partner;
                _doc.Consume(p, partnerEnd);
                pos = end = partnerEnd;
                continue;
            }

            if (MarkerPatterns.ComparatorWord().IsMatch(_text.AsSpan(p, Math.Min(24, limit - p))))
            {
                // "Ki-67 index was less than 2%": a bound in words reads as "<2%" does; so does a bound on a share of
                // cells after a result ("expressed in less than 1% of tumour cells")
                var boundEnd = depth == 0 && reading.Explicit && entry.Kind != MarkerKind.Serum && !AfterIn(p) ? -1 : MarkerValues.ReadNumber(_text, entry, p, limit, reading);
                if (boundEnd < 0)
                {
                    break;
                }

                pos = end = boundEnd;
                continue;
            }

            if (MarkerValues.OpensNumberWord(_text, p, wordEnd) && !(depth == 0 && reading.Explicit && entry.Kind != MarkerKind.Serum && !AfterIn(p))
                && MarkerValues.ReadNumberWords(_text, p, limit, reading) is >= 0 and var wordsEnd)
            {
                // "Ki-67 of about twenty percent", "expressed in less than one percent of tumour cells", "CPS was fifteen"
                pos = end = wordsEnd;
                continue;
            }

            if (depth == 0 && SkipSpecimenPhrase(p, limit, reading) is { } specimenEnd)
            {
                pos = specimenEnd;
                continue;
            }

            if (MarkerDocument.CueStartingAt(_rightCues, p, out var cue))
            {
                if (depth == 0 && reading.Result is null && cue.Value.Result is MarkerResult.Intact or MarkerResult.Lost && HeadsMmrProteins(entry, cue.Start, limit))
                {
                    // "Mismatch repair testing showed retained MLH1 and PMS2": the test is the subject, the proteins carry the results
                    reading.Heading = true;
                    break;
                }

                if (!ReadCue(cue, entry, limit, depth, reading, ref pos, ref end))
                {
                    break;
                }

                continue;
            }

            if (ReadVariantWord(p, wordEnd, limit, reading, end) is { } variantWord)
            {
                (pos, end) = variantWord;
                continue;
            }

            break;
        }

        return end;
    }
}
