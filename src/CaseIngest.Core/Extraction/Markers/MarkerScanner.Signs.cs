namespace CaseIngest.Core.Extraction.Markers;

/// <summary>Signs after a marker mention: "+", "+++", "+/-", "+ve" and "-ve", and a minus sign or a typographic dash standing alone.</summary>
internal sealed partial class MarkerScanner
{
    /// <summary>
    /// Reads the sign at <paramref name="p"/>; returns where the reading goes on, or null when the sign ends it.
    /// <paramref name="stated"/> says whether the sign stated something (a hyphen joining words does not).
    /// </summary>
    private int? ReadSign(int p, int limit, MarkerReading reading, out bool stated)
    {
        stated = true;
        var c = _text[p];
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
                return q + 2;
            }

            reading.Apply(MarkerResult.Positive, isExplicit: true);
            return IsVe(q, limit) ? q + 2 : q;
        }

        var next = p + 1;
        if (c is '-' or '−' && IsVe(next, limit))
        {
            // "CK20 -ve", "CD34-ve": the shorthand of negative
            reading.Apply(MarkerResult.Negative, isExplicit: true);
            return next + 2;
        }

        if (next < limit && char.IsLetterOrDigit(_text[next]))
        {
            stated = false;
            return next;
        }

        if (c is '-' or '−' || StandsAlone(next, limit))
        {
            // "CK20 (–)", "desmin –,": a typographic dash standing alone is a minus sign
            reading.Apply(MarkerResult.Negative, isExplicit: true);
            return next;
        }

        return null;
    }

    /// <summary>Whether "ve" stands as a word at <paramref name="p"/>: the end of "+ve" or "-ve".</summary>
    private bool IsVe(int p, int limit) =>
        p + 1 < limit && _text[p] == 'v' && _text[p + 1] == 'e' && (p + 2 == limit || !char.IsLetterOrDigit(_text[p + 2]));
}
