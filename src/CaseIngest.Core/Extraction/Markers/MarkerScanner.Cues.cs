using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>A cue word after a marker mention: a result, a filler read past, or a word that ends the reading.</summary>
internal sealed partial class MarkerScanner
{
    /// <summary>
    /// Reads the cue <paramref name="cue"/> into the reading: a result ("positive"), a filler ("weakly"), a trend of a
    /// serum value ("rose to"); returns false when the cue ends the reading (a cell population, a reference interval).
    /// </summary>
    private bool ReadCue(PhraseMatch<MarkerCue> cue, MarkerEntry entry, int limit, int depth, MarkerReading reading, ref int pos, ref int end)
    {
        var kind = cue.Value.Kind;
        if (kind is MarkerCue.Cells or MarkerCue.Reference || (cue.Value.Result == MarkerResult.Normal && depth > 0))
        {
            // "(normal < 5)" in brackets is a reference interval, not the result; a value above it is high
            if (kind != MarkerCue.Cells && entry.Kind == MarkerKind.Serum)
            {
                reading.ReferenceUpper = MarkerReference.UpperBound(_text, cue.End, limit);
                reading.ApplyReference();
            }

            return false;
        }

        if (kind == MarkerCue.Trend && entry.Kind != MarkerKind.Serum)
        {
            return false;
        }

        pos = cue.End;
        if (kind == MarkerCue.Trend)
        {
            // "rose to 1,850 ng/mL", "decreased from 910 to 42 U/mL"
            reading.AllowBareNumber = true;
            reading.LaterValue = true;
            if (_text.AsSpan(cue.Start, cue.End - cue.Start).StartsWith("normali", StringComparison.OrdinalIgnoreCase))
            {
                // "the CEA normalised (to 3.1 ng/mL)": the level came back within normal limits
                reading.Apply(MarkerResult.Normal, isExplicit: true);
                end = cue.End;
            }
        }
        else if (kind == MarkerCue.Filler && IsHistoscore(cue))
        {
            // "ER H-score was 240": the staining score of intensity by share, from 0 to 300
            reading.Method ??= HistoscoreMethod;
            reading.AllowBareNumber = true;
        }
        else if (kind == MarkerCue.Filler && IsPluralVerb(cue.Start, cue.End))
        {
            reading.Plural = true;
        }
        else if (kind == MarkerCue.Negatable)
        {
            reading.Negatable = true;
        }
        else if (kind == MarkerCue.Tested)
        {
            reading.Tested = true;
        }
        else if (kind == MarkerCue.MutationTest)
        {
            reading.MutationTest = true;
        }
        else if (kind == MarkerCue.Equivocal)
        {
            reading.Equivocal = true;
            end = cue.End;
        }
        else if (cue.Value.Result == MarkerResult.Lost && entry.Kind == MarkerKind.Gene && reading.Variant is null && ExonAfterDeletion(cue, limit) is { } exon)
        {
            // "the EGFR gene had a deletion in exon 19": a deletion placed in an exon is the exon's variant, not a loss of the gene
            reading.Variant = exon.Variant;
            reading.Apply(MarkerResult.Mutated, isExplicit: false);
            pos = end = exon.End;
        }
        else if (cue.Value.Result is { } stated)
        {
            reading.Apply(stated, cue.Value.Explicit);
            end = cue.End;
        }

        return true;
    }

    /// <summary>The method of a score of intensity by share ("H-score", "histoscore").</summary>
    public const string HistoscoreMethod = "H-score";

    private bool IsHistoscore(PhraseMatch<MarkerCue> cue)
    {
        var words = _text.AsSpan(cue.Start, cue.End - cue.Start);
        return words.Length > 5 && words[0] is 'H' or 'h' && words.EndsWith("score", StringComparison.OrdinalIgnoreCase);
    }
}
