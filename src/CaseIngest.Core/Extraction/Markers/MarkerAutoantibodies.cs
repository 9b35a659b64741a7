namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A protein written out by its name as the target of an autoantibody test ("anti-thyroid peroxidase antibodies",
/// "antibodies against glutamate decarboxylase", "thyroid peroxidase antibody titers"): the test measures the
/// patient's antibodies, not the protein, so it is no marker.
/// </summary>
internal static class MarkerAutoantibodies
{
    private const int Window = 24;

    public static bool Names(string text, int start, int end) => AntiBefore(text, start) || AntibodyAround(text, start, end);

    /// <summary>"anti-thyroid peroxidase", "anti thyroid peroxidase".</summary>
    private static bool AntiBefore(string text, int start)
    {
        var p = start;
        if (p > 0 && text[p - 1] is '-' or ' ')
        {
            p--;
        }

        return p >= 4 && text.AsSpan(p - 4, 4).Equals("anti", StringComparison.OrdinalIgnoreCase) && (p == 4 || !char.IsLetter(text[p - 5]));
    }

    /// <summary>"… antibodies" right after the name ("thyroglobulin antibodies", "anti-thyroglobulin antibody titres").</summary>
    public static bool AntibodyAfter(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(Window, text.Length - end)).TrimStart();
        return after.StartsWith("antibod", StringComparison.OrdinalIgnoreCase) || after.StartsWith("autoantibod", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"… antibodies" right after the name, or "antibodies to / against …" right before it.</summary>
    private static bool AntibodyAround(string text, int start, int end)
    {
        if (AntibodyAfter(text, end))
        {
            return true;
        }

        var from = Math.Max(0, start - Window);
        var before = text.AsSpan(from, start - from).TrimEnd();
        return before.EndsWith("antibodies to", StringComparison.OrdinalIgnoreCase) || before.EndsWith("antibodies against", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("antibody to", StringComparison.OrdinalIgnoreCase) || before.EndsWith("antibody against", StringComparison.OrdinalIgnoreCase);
    }
}
