namespace CaseIngest.Core.Extraction.Markers;

/// <summary>Signs after a marker mention: "+", "+++", "+/-", and a minus sign or a typographic dash standing alone.</summary>
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
            return q;
        }

        var next = p + 1;
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
}
