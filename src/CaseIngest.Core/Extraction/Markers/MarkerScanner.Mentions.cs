namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Another mention of the same marker inside a reading ("microsatellite instability (MSI-H)", "BRAF (V600E)"): its
/// stated result, hotspot and method join the reading, and it is read as part of it.
/// </summary>
internal sealed partial class MarkerScanner
{
    /// <summary>Reads the mention at <paramref name="other"/> into <paramref name="reading"/>; returns false when it names another marker.</summary>
    private bool ReadSameMarker(int other, MarkerEntry entry, MarkerReading reading)
    {
        var mention = _mentions[other];
        if (mention.Value.Name != entry.Name)
        {
            return false;
        }

        reading.Method ??= mention.Value.Method;
        if (mention.Value.Result is { } stated)
        {
            // "microsatellite instability (MSI-H)"
            reading.Apply(stated, isExplicit: true);
        }

        if (mention.Value.Variant is { } hotspot && (reading.Variant is null || reading.WeakVariant))
        {
            reading.Variant = hotspot;
            reading.WeakVariant = false;
            reading.Apply(MarkerResult.Mutated, isExplicit: false);
        }

        if (mention.Value.Method is not null)
        {
            reading.AllowBareNumber = true;
        }

        _consumed[other] = true;
        return true;
    }
}
