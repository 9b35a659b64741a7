using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// One group of mentions read together (a list, or a marker alone): each takes its own result or the one the list
/// shares, its variant, value and method, and becomes a fact.
/// </summary>
internal sealed partial class MarkerResolver
{
    private void ResolveGroup(List<int> group, MarkerReading?[] readings, int[] ends, List<MarkerFact> facts)
    {
        var first = _mentions[group[0]];
        var sentence = _context.SentenceAt(first.Start);
        var left = _cues.ReadLeft(first.Start, sentence.Start);
        // "expressed neither GATA3 nor PAX8", "positive for neither desmin nor myogenin": the result word before "neither" is denied for the pair
        var deniedByNeither = false;
        if (left is null && group.Count > 1 && NeitherAt(first.Start, sentence.Start) is { } neitherAt
            && _cues.ReadLeft(neitherAt, sentence.Start) is { Value.IsResult: true, Value.Explicit: true, Value.Result: MarkerResult.Positive } beforeNeither)
        {
            (left, deniedByNeither) = (beforeNeither, true);
        }

        // "CEA and CA 19-9 were 12 and 80 U/mL, respectively": each marker takes its own result or value
        var respective = _respectively.Assign(group, readings);
        // a negation of the cue that heads a list holds for the whole list: "no variants were found in NRAS, KRAS or BRAF"
        var headNegated = left is not null && _context.AssertionOf(first.Start, first.End) == Assertion.Negated;
        // a negated result word before a list reverses it for every item: "no loss of MLH1 or PMS2" is intact
        // "negative for GATA3 and positive for CK7": a positive cue in the scope of a negative one is not denied by it
        var cueNegated = deniedByNeither || left is { Value.IsResult: true, Value.Explicit: true } && _context.AssertionOf(left.Value.Start, left.Value.End) == Assertion.Negated
            && !(left.Value.Value.Result == MarkerResult.Positive && NegativeResultBefore(left.Value.Start, sentence.Start));
        // "Staining for CD34, desmin and EMA was negative": the verdict after the list, not the stain noun before it
        var subjectStain = group.Count > 1 && left is { Value.IsResult: true } && readings[group[^1]] is { Result: not null, Explicit: true }
            && StainNounOpensSentence(left.Value, sentence.Start);
        // "neither CD34 nor desmin was expressed": the result said after the list is denied for every item
        // "no other hormones (GH, TSH and ACTH) were expressed": so is the result said after a list that a negated class noun heads
        var neither = left is null && ((group.Count > 1 && NeitherAt(first.Start, sentence.Start) is not null) || NegatedClassBefore(first.Start, sentence.Start));
        // "staining for CK7, GATA3 and synaptophysin was performed": the list was tested, its result is told elsewhere
        var listTested = group.Count > 1 && readings[group[^1]]!.Tested;
        // "tested for somatic hotspot mutations in NRAS Q61R", "screened for EGFR exon 20 insertions": the alterations a
        // test looked for, variants written out or not, are no findings until a result is told
        var testedAlteration = left is { Value.Kind: MarkerCue.Tested }
            || (left is { Value: { Explicit: false, Result: MarkerResult.Mutated or MarkerResult.Rearranged or MarkerResult.Amplified } } alteration
                && TestCueBefore(alteration.Start, sentence.Start));
        var verdict = group.Count > 1 ? NextSentenceVerdict(sentence, ends[group[^1]]) : null;
        // "the tumour was stained for CK7, CK20 and CDX2. All were negative.": the specimen stained for a list names the
        // stains done, and the verdict told of the whole list outweighs the result the words "stained for" suggest
        var stainedFor = verdict is not null && left is { Value.IsResult: true } && PassiveStainCue(left.Value.Start, sentence.Start);
        var fusion = FusionPair(group, left);
        // "negative for all markers tested, with the exception of vimentin": the list excepted takes the other result
        var exception = left is null ? ExceptionVerdict(first.Start, ends[group[^1]], sentence) : null;
        // "analysis of BRAF and KRAS mutations was performed, but no alterations were found": each gene tested is wild-type
        var noneFound = left is { Value.Kind: MarkerCue.Tested or MarkerCue.MutationTest } || AnyTested(group, readings)
            ? NoneFoundAfter(ends[group[^1]], sentence)
            : null;
        for (var k = 0; k < group.Count; k++)
        {
            var index = group[k];
            var mention = _mentions[index];
            var entry = mention.Value;
            var reading = readings[index]!;
            var (evidenceStart, evidenceEnd) = respective is null ? (mention.Start, ends[index]) : respective[k];
            var lookedFor = false;
            if (fusion is { } pair)
            {
                if (k == pair.Partner)
                {
                    continue;
                }

                // "a fusion between EML4 and ALK": the partner is the fusion's variant
                var partnerMention = _mentions[group[pair.Partner]];
                reading.Variant ??= partnerMention.Value.Name;
                (evidenceStart, evidenceEnd) = (Math.Min(evidenceStart, partnerMention.Start), Math.Max(evidenceEnd, ends[group[pair.Partner]]));
            }


            var partner = ApplyFusionPartner(mention, reading, ref evidenceStart) ?? ApplyPartnerAfter(index, reading, ref evidenceEnd);
            if (_cues.FollowedByCells(ends[index]))
            {
                continue;
            }

            ReadBefore(index, ends, sentence, reading, partner, ref evidenceStart);
            var variant = reading.Variant ?? entry.Variant;
            if (variant is null && entry.Result is null && SharedStainNoun(group, readings, k) is { } nounAt)
            {
                // "strong CK7, CK20 and CDX2 staining", "no CK7 or CK20 expression": the stain noun after the last item is every item's
                reading.Negatable = true;
                evidenceEnd = Math.Max(evidenceEnd, ends[nounAt]);
            }


            MarkerResult? result = entry.Result;
            var isExplicit = result is not null;
            var fromLeft = false;
            var mutationTest = reading.MutationTest || left is { Value.Kind: MarkerCue.MutationTest }
                || (left is { Value.IsResult: true } && _cues.MutationTestSubject(left.Value.Start, sentence.Start));
            if (result == MarkerResult.Positive && reading is { Result: MarkerResult.Negative, Explicit: true })
            {
                // "MGMT methylation status: unmethylated": the verdict read after the name outweighs the finding the name suggests
                result = MarkerResult.Negative;
            }

            if (result is MarkerResult.Lost or MarkerResult.MsiHigh or MarkerResult.Positive && _context.AssertionOf(mention.Start, mention.End) == Assertion.Negated)
            {
                // "no 1p/19q codeletion" is intact, "no MGMT promoter methylation" negative
                result = MarkerResultRules.DeniedAlias(result.Value);
            }

            if (result is null && left is { Value.Kind: MarkerCue.Same } && _lastFact is { } before
                && before.Evidence.End <= mention.Start && before.Evidence.Start >= sentence.Start && _lastResult is not null)
            {
                // "CK20 was negative, as were CDX2 and SATB2"
                (result, isExplicit) = (_lastResult, true);
                evidenceStart = Math.Min(evidenceStart, left.Value.Start);
            }
            else if (result is null && left is { Value.Result: MarkerResult.Mutated or MarkerResult.Amplified or MarkerResult.Rearranged } change
                && FoundVerdict(group, readings, k) is { } found)
            {
                // "a mutation in the NOTCH1 gene was detected": the change named before the gene is what was found; in a
                // list ("mutations in TP53 and KRAS were detected") the verdict after the last gene is every gene's, and a
                // change denied before the list ("no hotspot mutations in IDH1, IDH2 and TERT were detected") is absent in each
                var seen = readings[found]!.Result == MarkerResult.Positive && !cueNegated && !headNegated;
                result = seen ? change.Value.Result : MarkerResultRules.Negate(change.Value.Result, entry.Kind);
                isExplicit = true;
                evidenceStart = Math.Min(evidenceStart, change.Start);
                evidenceEnd = Math.Max(evidenceEnd, ends[found]);
            }
            else if (result is null && reading.Result is not null && reading.Explicit)
            {
                (result, isExplicit) = (reading.Result, true);
            }
            else if (result is null && left is { Value.IsResult: true, Value.Explicit: true } && !reading.Tested && !listTested && !subjectStain && !reading.Equivocal)
            {
                // "staining for CK20 was equivocal" is left unread below: the verdict after the name outweighs the stain noun before it
                (result, isExplicit) = (cueNegated ? MarkerResultRules.Negate(left.Value.Value.Result, entry.Kind) : left.Value.Value.Result, true);
                evidenceStart = Math.Min(evidenceStart, left.Value.Start);
                // "negative for EGFR, KRAS and BRAF mutations": the mutation named after the list was tested in every gene
                mutationTest |= group.Count > 1 && readings[group[^1]] is { Result: MarkerResult.Mutated, Explicit: false, Variant: null };
            }
            else if (result is null && reading.Result is not null)
            {
                (result, isExplicit) = (reading.Result, false);
            }
            else if (result is null && reading.Negatable && !reading.Tested && !reading.Equivocal && reading.Value is null && !reading.Bounded
                && left is not { Value.Kind: MarkerCue.Tested or MarkerCue.MutationTest }
                && (entry.Kind is not (MarkerKind.Gene or MarkerKind.Signature) || (entry.Kind == MarkerKind.Gene && (_cues.SentenceMethod(sentence, MarkerKind.Stain, entry.Name) == "IHC" || StainWordBefore(mention.Start, sentence.Start))))
                && _context.AssertionOf(mention.Start, mention.End) != Assertion.Negated)
            {
                // "weak CK8/18 expression", "ALK protein expression by IHC": expressed unless negated
                (result, isExplicit) = (MarkerResult.Positive, true);
                if (entry.Kind == MarkerKind.Gene)
                {
                    reading.Method ??= "IHC";
                }
            }
            else if (result is null && reading.Value is null && reading.Variant is null && !reading.Bounded && !reading.Equivocal && NextResult(group, readings, k) is { } next)
            {
                (result, isExplicit) = (readings[next]!.Result, readings[next]!.Explicit);
                evidenceEnd = Math.Max(evidenceEnd, ends[next]);
                mutationTest |= readings[next]!.MutationTest;
            }
            else if (result is null && entry.Kind == MarkerKind.Serum && reading.Variant is null && NextResult(group, readings, k) is { } level && readings[level]!.Plural)
            {
                // "CEA (31 ng/mL) and CA 19-9 (540 U/mL) were raised": a level said of the whole list
                (result, isExplicit) = (readings[level]!.Result, readings[level]!.Explicit);
                evidenceEnd = Math.Max(evidenceEnd, ends[level]);
            }
            else if (result is null && left is { Value.IsResult: true } && !reading.Equivocal)
            {
                (result, isExplicit) = (left.Value.Value.Result, false);
                evidenceStart = Math.Min(evidenceStart, left.Value.Start);
                fromLeft = true;
            }

            if (result is null && exception is { } excepted && entry.Kind is MarkerKind.Protein or MarkerKind.Stain && entry.Gene != "MKI67" && reading.Value is null && variant is null && !reading.Tested)
            {
                (result, isExplicit) = (excepted.Result == MarkerResult.Negative ? MarkerResult.Positive : MarkerResult.Negative, true);
                (evidenceStart, evidenceEnd) = (Math.Min(evidenceStart, excepted.Start), Math.Max(evidenceEnd, excepted.End));
            }

            if (neither && isExplicit && !fromLeft && result is not null)
            {
                result = MarkerResultRules.Negate(result, entry.Kind);
            }

            if (verdict is { } told && (!isExplicit || (stainedFor && !reading.Explicit)) && variant is null && reading.Value is null && !reading.Bounded)
            {
                // "Staining for CK7, GATA3 and synaptophysin was performed. All were negative."
                (result, isExplicit, fromLeft) = (told.Result, true, false);
                evidenceEnd = Math.Max(evidenceEnd, told.End);
            }

            if (left is { Value.Kind: MarkerCue.Tested or MarkerCue.MutationTest } && !isExplicit && variant is null
                && reading.Result is MarkerResult.Mutated or MarkerResult.Rearranged or MarkerResult.Amplified
                && NextResult(group, readings, k) is { } verdictAt && readings[verdictAt]!.Explicit && readings[verdictAt]!.Result == MarkerResult.Negative)
            {
                // "testing for EGFR mutations and ALK rearrangement was negative": each alteration tested takes the verdict
                (result, isExplicit) = (MarkerResult.Negative, true);
                evidenceEnd = Math.Max(evidenceEnd, ends[verdictAt]);
            }

            if ((((left is { Value.Kind: MarkerCue.Tested or MarkerCue.MutationTest } || reading.Tested || listTested) && variant is null) || testedAlteration)
                && (!isExplicit || (entry.Result is not null && result == entry.Result && !reading.Explicit)))
            {
                // "testing for MLH1 promoter methylation was requested": the finding the name states is what was tested for
                result = null;
                lookedFor = testedAlteration;
            }

            if (reading.Result == MarkerResult.Mutated && !reading.Explicit && result is MarkerResult.Negative)
            {
                result = MarkerResult.WildType;
            }
            else if (entry.Kind == MarkerKind.Gene && result == MarkerResult.Positive && reading.Result is MarkerResult.Rearranged or MarkerResult.Amplified or MarkerResult.Lost)
            {
                // "positive for ALK rearrangement", "FISH positive for MDM2 amplification", "positive for RET fusion (KIF5B-RET)"
                result = reading.Result;
            }
            else if (entry.Kind == MarkerKind.Gene && result == MarkerResult.Positive && partner is not null)
            {
                // "EML4-ALK positive": a fusion found
                result = MarkerResult.Rearranged;
            }
            else if (entry.Kind == MarkerKind.Gene && result == MarkerResult.Positive && (variant is not null || reading.Result == MarkerResult.Mutated))
            {
                result = MarkerResult.Mutated;
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
                if (MarkerReflexTest.Verdict(_context, ends[index]) is { } reflex)
                {
                    // "HER2 was equivocal (2+), and FISH showed no amplification": the hybridisation settles it
                    (result, isExplicit, reading.Method, reading.Value) = (reflex.Result, true, reflex.Method, null);
                    evidenceEnd = Math.Max(evidenceEnd, reflex.End);
                }
                else if (reading.Value is null && reading.Variant is null)
                {
                    continue;
                }
            }
            else if (!isExplicit && (result is not null || negatable)
                && (_context.AssertionOf(mention.Start, mention.End) == Assertion.Negated || (fromLeft && headNegated)))
            {
                result = MarkerResultRules.Negate(result, entry.Kind);
            }

            if (result is null && variant is null && reading.Value is null && !reading.Bounded && entry.Kind is MarkerKind.Gene or MarkerKind.Mmr && (noneFound is not null || InNegativePanel(group, index, sentence)))
            {
                // "a 30-gene panel (APC, ATM, BRCA1, ...) ... No pathogenic variants were found."
                (result, isExplicit) = (MarkerResult.WildType, true);
                evidenceEnd = Math.Max(evidenceEnd, noneFound ?? evidenceEnd);
            }

            result = MarkerResultRules.OfMutationTest(result, entry.Kind, mutationTest);
            result ??= MarkerResultRules.FromValue(entry, reading);
            if (result is null && variant is not null && !lookedFor)
            {
                result = MarkerResult.Mutated;
            }

            result = MarkerResultRules.ForKind(result, entry);
            result = MarkerResultRules.ProliferationIndex(entry, reading, result, isExplicit);
            result = MarkerScoreCutoffs.PdL1(entry, reading, result);
            result = MarkerResultRules.HybridisationRatio(reading, result);
            if (result is null && reading.Value is null && (variant is null || lookedFor))
            {
                continue;
            }

            if (IsNoFact(mention, reading, variant, result, isExplicit))
            {
                continue;
            }

            var method = MethodOf(index, sentence, reading);

            _resolved[index] = result;
            _resolvedSpan[index] = (evidenceStart, evidenceEnd);
            if (_doc.ListsItsAntibodies(index))
            {
                continue;
            }

            (_lastFact, _lastResult) = (NewFact(mention, reading, variant, method, result, (evidenceStart, evidenceEnd)), result);
            facts.Add(_lastFact);
            if (_doc.SecondReadings.TryGetValue(index, out var second) && SecondFact(mention, second, method) is { } more)
            {
                facts.Add(more);
            }

            if (HybridisationFact(index, sentence, reading, method, result, ends[index]) is { } hybridisation)
            {
                facts.Add(hybridisation);
            }
        }
    }

    /// <summary>Whether the left cue at <paramref name="cueStart"/> is "stained for" said of the specimen: "was stained for", "were stained for".</summary>
    private bool PassiveStainCue(int cueStart, int sentenceStart)
    {
        var before = _text.AsSpan(sentenceStart, cueStart - sentenceStart).TrimEnd();
        return _text.AsSpan(cueStart).StartsWith("stained", StringComparison.OrdinalIgnoreCase)
            && (before.EndsWith(" was", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" were", StringComparison.OrdinalIgnoreCase));
    }
}
