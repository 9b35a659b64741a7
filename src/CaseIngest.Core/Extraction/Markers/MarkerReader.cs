using System.Globalization;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>Reads the markers of one document: the words after each mention, the lists they form and the cue before each list.</summary>
internal sealed class MarkerReader
{
    private const int MaxSteps = 14;

    private readonly ExtractionContext _context;
    private readonly string _text;
    private readonly List<PhraseMatch<MarkerEntry>> _mentions;
    private readonly Dictionary<int, int> _mentionAt = [];
    // Cue matches in text order, non-overlapping, so both their starts and their ends ascend: found by binary search.
    private readonly List<PhraseMatch<MarkerCue>> _rightCues;
    private readonly List<PhraseMatch<MarkerCue>> _leftCues;
    private readonly List<PhraseMatch<MarkerCue>> _methodCues;
    private int _reading;
    private MarkerFact? _lastFact;
    private readonly bool[] _consumed;
    private readonly int[] _listedUnder;
    private readonly string?[] _resolved;
    private readonly (int Start, int End)[] _resolvedSpan;

    public MarkerReader(ExtractionContext context, MarkerLexicon lexicon, List<PhraseMatch<MarkerEntry>> mentions)
    {
        _context = context;
        _text = context.Text;
        _mentions = mentions;
        _consumed = new bool[mentions.Count];
        _listedUnder = new int[mentions.Count];
        Array.Fill(_listedUnder, -1);
        _resolved = new string?[mentions.Count];
        _resolvedSpan = new (int, int)[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            _mentionAt[mentions[i].Start] = i;
        }

        _rightCues = lexicon.RightCues.Match(_text, context.Tokens);
        _leftCues = lexicon.LeftCues.Match(_text, context.Tokens);

        _methodCues = lexicon.SentenceCues.Match(_text, context.Tokens);
    }

    public List<MarkerFact> Read()
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
            var sentence = _context.SentenceAt(mention.Start);
            var reading = new MarkerReading();
            _reading = i;
            ends[i] = Math.Max(mention.End, ReadRight(mention.Value, mention.End, sentence.End, reading, 0));
            readings[i] = reading;
        }

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
                Resolve(group, readings, ends, facts);
                group.Clear();
            }

            group.Add(i);
        }

        if (group.Count > 0)
        {
            Resolve(group, readings, ends, facts);
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

    private void Resolve(List<int> group, MarkerReading?[] readings, int[] ends, List<MarkerFact> facts)
    {
        var first = _mentions[group[0]];
        var sentence = _context.SentenceAt(first.Start);
        var left = ReadLeft(first.Start, sentence.Start);
        for (var k = 0; k < group.Count; k++)
        {
            var index = group[k];
            var mention = _mentions[index];
            var entry = mention.Value;
            var reading = readings[index]!;
            var evidenceStart = mention.Start;
            var evidenceEnd = ends[index];

            var partnerStart = FusionPartner(mention.Start, out var partner);
            if (partner is not null)
            {
                reading.Variant ??= partner;
                evidenceStart = partnerStart;
                if (reading.Result is null)
                {
                    reading.Apply("rearranged", isExplicit: false);
                }
            }

            if (FollowedByCells(ends[index]))
            {
                continue;
            }

            var variant = reading.Variant ?? entry.Variant;

            string? result = entry.Result;
            var isExplicit = result is not null;
            if (result is "lost" or "msi-high" && _context.AssertionOf(mention.Start, mention.End) == Assertion.Negated)
            {
                result = result == "lost" ? "intact" : "msi-stable";
            }

            if (result is null && left is { Value.Kind: MarkerCue.Same } && _lastFact is { } before
                && before.Evidence.End <= mention.Start && before.Evidence.Start >= sentence.Start && before.Result is not null)
            {
                // "CK20 was negative, as were CDX2 and SATB2"
                (result, isExplicit) = (before.Result, true);
                evidenceStart = Math.Min(evidenceStart, left.Value.Start);
            }
            else if (result is null && reading.Result is not null && reading.Explicit)
            {
                (result, isExplicit) = (reading.Result, true);
            }
            else if (result is null && left is { Value.IsResult: true, Value.Explicit: true })
            {
                (result, isExplicit) = (left.Value.Value.Kind, true);
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
                (result, isExplicit) = ("positive", true);
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
                (result, isExplicit) = (left.Value.Value.Kind, false);
                evidenceStart = Math.Min(evidenceStart, left.Value.Start);
            }

            if ((left is { Value.Kind: MarkerCue.Tested } || reading.Tested) && !isExplicit && variant is null)
            {
                result = null;
            }

            if (reading.Result == "mutated" && !reading.Explicit && result is "negative")
            {
                result = "wild-type";
            }
            else if (entry.Kind == MarkerKind.Gene && result == "positive" && (variant is not null || reading.Result == "mutated"))
            {
                result = "mutated";
            }
            else if (entry.Kind == MarkerKind.Gene && result == "positive" && reading.Result is "rearranged" or "amplified" or "lost")
            {
                // "positive for ALK rearrangement", "FISH positive for MDM2 amplification"
                result = reading.Result;
            }

            if (result is null && _listedUnder[index] >= 0 && _resolved[_listedUnder[index]] is { } parent)
            {
                (result, isExplicit) = (ForKind(parent, entry), true);
                evidenceStart = Math.Min(evidenceStart, _resolvedSpan[_listedUnder[index]].Start);
                evidenceEnd = Math.Max(evidenceEnd, _resolvedSpan[_listedUnder[index]].End);
            }

            var negatable = (reading.Negatable || left is { Value.Kind: MarkerCue.Negatable }) && !reading.Tested;
            if (result is null && left is { Value.Kind: MarkerCue.Negatable } && !reading.Tested && entry.Kind is not (MarkerKind.Gene or MarkerKind.Signature)
                && _context.AssertionOf(mention.Start, mention.End) != Assertion.Negated)
            {
                // "expression of CK19, CK7 and N-cadherin": expressed unless negated
                (result, isExplicit) = ("positive", true);
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
                && _context.AssertionOf(mention.Start, mention.End) == Assertion.Negated)
            {
                result = Negate(result, entry.Kind);
            }

            result ??= FromValue(entry, reading);
            if (result is null && variant is not null)
            {
                result = "mutated";
            }

            result = ForKind(result, entry);
            result = ProliferationIndex(entry, reading, result, isExplicit);
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
                Result = result,
                Evidence = _context.Evidence(evidenceStart, Math.Max(evidenceEnd, evidenceStart)),
            };
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

    private static string? Negate(string? result, MarkerKind kind) => result switch
    {
        "mutated" => "wild-type",
        null when kind == MarkerKind.Gene => "wild-type",
        "positive" or "amplified" or "rearranged" or "high" or null => "negative",
        "lost" => "intact",
        _ => result,
    };

    private static string? FromValue(MarkerEntry entry, MarkerReading reading)
    {
        var scored = reading.Unit == "%" || reading.Method is "TPS" or "CPS";
        if (!scored || entry.Kind != MarkerKind.Protein)
        {
            return null;
        }

        if (reading.LessThan)
        {
            return "negative";
        }

        if (reading.Bounded)
        {
            return "positive";
        }

        return reading.Value switch
        {
            null => null,
            >= 1 => "positive",
            _ => "negative",
        };
    }

    /// <summary>
    /// A proliferation index (Ki-67) with a percentage reads high or low rather than positive: 20% or more is high,
    /// under 10% low; an explicit negative stays.
    /// </summary>
    private static string? ProliferationIndex(MarkerEntry entry, MarkerReading reading, string? result, bool isExplicit)
    {
        if (entry.Gene != "MKI67" || reading.Value is not { } value || reading.Unit != "%" || result is "negative" or "high" or "low" && isExplicit)
        {
            return result;
        }

        return value switch
        {
            >= 20 => "high",
            < 10 => "low",
            _ => result ?? "positive",
        };
    }

    private static string? ForKind(string? result, MarkerEntry entry) => (entry.Kind, result) switch
    {
        (MarkerKind.Mmr, "positive" or MarkerCue.Normal) => "intact",
        (MarkerKind.Serum, MarkerCue.Normal) => "negative",
        (_, MarkerCue.Normal) => null,
        (MarkerKind.Mmr, "negative") => "lost",
        (MarkerKind.Signature, "high" or "positive") when entry.Name == "MSI" => "msi-high",
        (MarkerKind.Signature, "negative" or "low") when entry.Name == "MSI" => "msi-stable",
        (_, "msi-stable" or "msi-high") when entry.Name != "MSI" => null,
        _ => result,
    };

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

    /// <summary>The cue right before a list ("positive for CK7 and CK20", "loss of MLH1"), allowing "the", "both".</summary>
    private PhraseMatch<MarkerCue>? ReadLeft(int start, int sentenceStart)
    {
        var p = start;
        for (var steps = 0; steps < 4; steps++)
        {
            while (p > sentenceStart && _text[p - 1] is ' ' or '(' or '\u00A0')
            {
                p--;
            }

            if (!CueEndingAt(_leftCues, p, out var cue) || cue.Start < sentenceStart)
            {
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

    /// <summary>"EML4-ALK": the gene fused to the marker, written right before it.</summary>
    private int FusionPartner(int start, out string? partner)
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

        var end = p;
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

    /// <summary>A marker mention other than a gene there: a gene named before a fusion is its partner ("EML4-ALK").</summary>
    private bool IsOtherMarker(int start) =>
        _mentionAt.TryGetValue(start, out var other) && _mentions[other].Value.Kind != MarkerKind.Gene;

    /// <summary>A gene symbol that can be a fusion partner: upper case with a digit, 3 to 10 characters ("EML4", "CD74").</summary>
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

        return digits;
    }

    private bool FollowedByProteinChange(int p, int limit)
    {
        while (p < limit && _text[p] == ' ')
        {
            p++;
        }

        return p + 1 < limit && _text[p] == 'p' && _text[p + 1] == '.';
    }

    private bool FollowedByCells(int end)
    {
        // "CD8+ T cells", "CD3+/8+ lymphocytes"
        var p = end;
        while (p < _text.Length && p < end + 12 && (_text[p] is ' ' or '-' or '/' or '+' || char.IsDigit(_text[p])))
        {
            p++;
        }

        return CueStartingAt(_rightCues, p, out var cue) && cue.Value.Kind == MarkerCue.Cells;
    }

    /// <summary>Reads the words after a mention up to the first word that says nothing about it; returns where the reading ends.</summary>
    private int ReadRight(MarkerEntry entry, int pos, int limit, MarkerReading reading, int depth)
    {
        var end = pos;
        for (var steps = 0; steps < MaxSteps; steps++)
        {
            var p = pos;
            while (p < limit && _text[p] is ' ' or '\t' or '\u00A0')
            {
                p++;
            }

            if (p >= limit)
            {
                break;
            }

            var c = _text[p];
            if (c is '(' or '[')
            {
                if (depth > 0)
                {
                    break;
                }

                var close = Close(p, limit);
                if (close < 0)
                {
                    break;
                }

                if (ListsMarkers(p + 1, close))
                {
                    // "mismatch repair proteins (MLH1, MSH2, MSH6 and PMS2) were intact": the listed markers share the result
                    pos = end = close + 1;
                    continue;
                }

                var inner = new MarkerReading();
                ReadRight(entry, p + 1, close, inner, depth + 1);
                reading.Absorb(inner);
                Consume(p, close);
                pos = end = close + 1;
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

            if (c == '+')
            {
                var q = p;
                while (q < limit && _text[q] == '+')
                {
                    q++;
                }

                if (q + 1 < limit && _text[q] == '/' && _text[q + 1] is '-' or '−')
                {
                    reading.Equivocal = true;
                    pos = end = q + 2;
                    continue;
                }

                reading.Apply("positive", isExplicit: true);
                pos = end = q;
                continue;
            }

            if (c is '-' or '−' or '–' or '—')
            {
                var next = p + 1;
                if (next < limit && char.IsLetterOrDigit(_text[next]))
                {
                    pos = next;
                    continue;
                }

                if (c is '-' or '−')
                {
                    reading.Apply("negative", isExplicit: true);
                    pos = end = next;
                    continue;
                }

                break;
            }

            if (depth == 0 && reading.Explicit && entry.Kind != MarkerKind.Serum && (char.IsDigit(c) || c is ':' or '=' or '<' or '>' or '≤' or '≥'))
            {
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
                if (ReadExon(p, limit, reading) is { } exonEnd)
                {
                    pos = end = exonEnd;
                    continue;
                }

                if (CueStartingAt(_rightCues, p, out var clone) && clone.Value.Kind == MarkerCue.Filler)
                {
                    pos = clone.End;
                    continue;
                }

                var numberEnd = ReadNumber(entry, p, limit, reading);
                if (numberEnd < 0)
                {
                    break;
                }

                pos = end = numberEnd;
                continue;
            }

            if (c is ',' or ';' && (depth > 0 || (reading.WeakVariant && FollowedByProteinChange(p + 1, limit))))
            {
                pos = p + 1;
                continue;
            }

            if (!char.IsLetter(c))
            {
                break;
            }

            if (_mentionAt.TryGetValue(p, out var other))
            {
                var mention = _mentions[other];
                if (mention.Value.Name != entry.Name)
                {
                    break;
                }

                reading.Method ??= mention.Value.Method;
                if (mention.Value.Variant is { } hotspot && (reading.Variant is null || reading.WeakVariant))
                {
                    reading.Variant = hotspot;
                    reading.WeakVariant = false;
                    reading.Apply("mutated", isExplicit: false);
                }

                if (mention.Value.Method is not null)
                {
                    reading.AllowBareNumber = true;
                }

                _consumed[other] = true;
                pos = end = mention.End;
                continue;
            }

            var wordEnd = p;
            while (wordEnd < limit && char.IsLetterOrDigit(_text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd == p + 1 && _text[p] == 'p' && wordEnd < limit && _text[wordEnd] == '.')
            {
                pos = wordEnd + 1;
                continue;
            }

            if (wordEnd == p + 1 && _text[p] == 'c' && wordEnd < limit && _text[wordEnd] == '.')
            {
                var changeEnd = wordEnd + 1;
                while (changeEnd < limit && (char.IsLetterOrDigit(_text[changeEnd]) || _text[changeEnd] is '>' or '_' or '+' or '-' or '*'))
                {
                    changeEnd++;
                }

                if (changeEnd > wordEnd + 2)
                {
                    if (reading.Variant is null)
                    {
                        reading.Variant = _text[p..changeEnd];
                        reading.WeakVariant = true;
                    }

                    reading.Apply("mutated", isExplicit: false);
                    pos = end = changeEnd;
                    continue;
                }
            }

            if (CueStartingAt(_rightCues, p, out var cue))
            {
                var kind = cue.Value.Kind;
                if (kind is MarkerCue.Cells or MarkerCue.Reference)
                {
                    break;
                }

                pos = cue.End;
                if (kind == MarkerCue.Negatable)
                {
                    reading.Negatable = true;
                }
                else if (kind == MarkerCue.Tested)
                {
                    reading.Tested = true;
                }
                else if (kind == MarkerCue.Equivocal)
                {
                    reading.Equivocal = true;
                    end = cue.End;
                }
                else if (cue.Value.IsResult)
                {
                    reading.Apply(kind, cue.Value.Explicit);
                    end = cue.End;
                }

                continue;
            }

            var variantEnd = wordEnd;
            while (variantEnd < limit && (char.IsLetterOrDigit(_text[variantEnd]) || _text[variantEnd] is '_' or '*'))
            {
                variantEnd++;
            }

            if (MarkerPatterns.Codon().IsMatch(_text.AsSpan(p, variantEnd - p)))
            {
                // "the BRAF V600 mutation was not detected": a codon says which test, not a variant
                pos = wordEnd;
                continue;
            }

            if (MarkerStep.NormaliseProteinChange(_text[p..variantEnd]) is { } change)
            {
                wordEnd = variantEnd;
                if (reading.Variant is null || reading.WeakVariant)
                {
                    reading.Variant = change;
                    reading.WeakVariant = false;
                }

                reading.Apply("mutated", isExplicit: false);
                pos = end = wordEnd;
                continue;
            }

            if (ReadExon(p, limit, reading) is { } exon)
            {
                pos = end = exon;
                continue;
            }

            break;
        }

        return end;
    }

    private int? ReadExon(int p, int limit, MarkerReading reading)
    {
        if (!(char.IsDigit(_text[p]) || _text[p] is 'e' or 'E' or 'd' or 'D'))
        {
            return null;
        }

        var window = _text.Substring(p, Math.Min(32, limit - p));
        var match = MarkerPatterns.Exon().Match(window);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["k"].Value.Length > 0)
        {
            if (reading.Variant is null || reading.WeakVariant)
            {
                reading.Variant = MarkerStep.NormaliseExon(match.Groups["n"].Value, match.Groups["k"].Value);
                reading.WeakVariant = false;
            }

            reading.Apply("mutated", isExplicit: false);
        }

        return p + match.Length;
    }

    private int ReadNumber(MarkerEntry entry, int p, int limit, MarkerReading reading)
    {
        var window = _text.Substring(p, Math.Min(40, limit - p));
        var match = MarkerPatterns.Number().Match(window);
        if (!match.Success)
        {
            return -1;
        }

        var unit = match.Groups["u"].Value;
        var bound = match.Groups["lt"].Success;
        var digits = match.Groups["n"].Value;
        // "1,200 U/mL": a comma before three digits groups thousands; "5,2" is a decimal comma
        var thousands = digits.Length > 4 && digits[^4] == ',';
        var number = double.Parse(thousands ? digits.Replace(",", "", StringComparison.Ordinal) : digits.Replace(',', '.'), CultureInfo.InvariantCulture);
        if (unit.StartsWith('+'))
        {
            switch (number)
            {
                case >= 3:
                    reading.Apply("positive", isExplicit: true);
                    break;
                case >= 2:
                    reading.Equivocal = true;
                    break;
                case >= 1:
                    reading.Apply("low", isExplicit: true);
                    break;
                default:
                    reading.Apply("negative", isExplicit: true);
                    break;
            }

            return p + match.Length;
        }

        if (unit.Length == 0)
        {
            if (!(reading.AllowBareNumber || reading.Method is not null || entry.Name == "TMB") || match.Groups["n2"].Success)
            {
                return -1;
            }
        }

        if (bound || match.Groups["n2"].Success)
        {
            reading.Bounded = true;
            reading.LessThan = bound && match.Groups["lt"].Value.Trim() is "<" or "≤";
            if (bound && !reading.LessThan && !match.Groups["n2"].Success)
            {
                reading.Value ??= number;
            }
        }
        else
        {
            reading.Value ??= number;
        }

        reading.Unit ??= CanonicalUnit(unit);
        return p + match.Length;
    }

    private static string? CanonicalUnit(string unit)
    {
        if (unit.Length == 0)
        {
            return null;
        }

        if (unit == "%")
        {
            return "%";
        }

        if (unit.StartsWith("mut", StringComparison.OrdinalIgnoreCase))
        {
            return "mut/Mb";
        }

        return unit.ToLowerInvariant() switch
        {
            "ng/ml" => "ng/mL",
            "ug/l" or "µg/l" => "µg/L",
            "iu/ml" => "IU/mL",
            "miu/ml" => "mIU/mL",
            "u/ml" => "U/mL",
            "u/l" => "U/L",
            "ku/l" => "kU/L",
            "iu/l" => "IU/L",
            "ng/dl" => "ng/dL",
            var other => other,
        };
    }

    private int Close(int open, int limit)
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

    private bool ListsMarkers(int from, int to)
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
            _listedUnder[index] = _reading;
        }

        return true;
    }

    private void Consume(int from, int to)
    {
        for (var i = 0; i < _mentions.Count; i++)
        {
            if (_mentions[i].Start > from && _mentions[i].Start < to)
            {
                _consumed[i] = true;
            }
        }
    }

    private static bool CueStartingAt(List<PhraseMatch<MarkerCue>> cues, int start, out PhraseMatch<MarkerCue> cue) =>
        Find(cues, start, byEnd: false, out cue);

    private static bool CueEndingAt(List<PhraseMatch<MarkerCue>> cues, int end, out PhraseMatch<MarkerCue> cue) =>
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
