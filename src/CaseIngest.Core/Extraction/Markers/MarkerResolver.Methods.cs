using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>The method of a resolved mention, and the second test by in situ hybridisation told after a HER2 stain.</summary>
internal sealed partial class MarkerResolver
{
    private const string Her2Gene = "ERBB2";
    private const string Immunohistochemistry = "IHC";

    /// <summary>
    /// The method of mention <paramref name="index"/>: its own, its clause's, its sentence's or the one the sentence
    /// before lends; a HER2 ratio is a hybridisation's, the FISH its sentence names ("HER2 was 2+ by IHC; FISH showed
    /// amplification with a HER2/CEP17 ratio of 3.4") or an in situ hybridisation of another kind.
    /// </summary>
    private string? MethodOf(int index, Sentence sentence, MarkerReading reading)
    {
        var entry = _mentions[index].Value;
        var method = reading.Method ?? entry.Method ?? MarkerClauseMethod.Of(_doc, index, sentence) ?? _cues.SentenceMethod(sentence, entry.Kind, entry.Name)
            ?? MarkerEarlierMethod.Of(_context, _cues, sentence, entry);
        if (!reading.Ratio || method is "FISH" or "ISH")
        {
            return method;
        }

        return _cues.SentenceNamesMethod(sentence, "FISH") ? "FISH" : "ISH";
    }

    /// <summary>
    /// The fact of the in situ hybridisation told after a HER2 stain ("HER2 was 3+ by IHC and amplified by FISH (ratio
    /// 5.2)"): each method is its own entry, with its verdict and ratio. The hybridisation that settles an equivocal
    /// stain is read with the stain and is no second entry.
    /// </summary>
    private MarkerFact? HybridisationFact(int index, Sentence sentence, MarkerReading reading, string? method, MarkerResult? result, int end)
    {
        var mention = _mentions[index];
        if (mention.Value.Gene != Her2Gene || method != Immunohistochemistry || reading.Ratio || result is null)
        {
            return null;
        }

        var limit = index + 1 < _mentions.Count ? Math.Min(sentence.End, _mentions[index + 1].Start) : sentence.End;
        if (MarkerHybridisationAfter.Read(_text, end, limit) is not { } found)
        {
            return null;
        }

        var hybridisation = new MarkerReading { Value = found.Ratio, Ratio = found.Ratio is not null };
        return NewFact(mention, hybridisation, null, found.Method, found.Result, (found.Start, found.End));
    }
}
