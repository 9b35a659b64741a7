namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The words between two notations of one variant, skipped while reading it: a reference sequence before the change
/// ("NM_000059.3: c.7974C>G"), and "or" or "/" between a DNA change and its protein change ("c.1100delC or p.Thr367Metfs").
/// </summary>
internal sealed partial class MarkerScanner
{
    /// <summary>Where the reading goes on after such words starting at <paramref name="p"/>; null when none start there.</summary>
    private int? SkipToSameVariant(int p, int limit, MarkerReading reading)
    {
        if (_text[p] is 'N' or 'E'
            && MarkerPatterns.ReferenceSequence().Match(_text, p, Math.Min(limit - p, 32)) is { Success: true } sequence && sequence.Index == p)
        {
            return p + sequence.Length;
        }

        if (!reading.WeakVariant)
        {
            return null;
        }

        if (_text[p] == '/' && FollowedByProteinChange(p + 1, limit))
        {
            return p + 1;
        }

        var or = p + 2 <= limit && _text.AsSpan(p, 2).Equals("or", StringComparison.OrdinalIgnoreCase) && (p + 2 == limit || !char.IsLetterOrDigit(_text[p + 2]));
        return or && FollowedByProteinChange(p + 2, limit) ? p + 2 : null;
    }
}
