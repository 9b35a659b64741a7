namespace CaseIngest.Core.Text;

/// <summary>
/// The line around an offset, looked for at most a given number of characters either side, so that reading a short line
/// (a table row) costs the same in a text without line breaks as in one with them.
/// </summary>
internal static class LineBounds
{
    /// <summary>
    /// The start and end of the line holding <paramref name="offset"/>: after the previous line break and at the next, or
    /// <paramref name="reach"/> characters away where no break comes within that distance.
    /// </summary>
    public static (int Start, int End) Around(string text, int offset, int reach)
    {
        var from = Math.Max(0, offset - reach);
        var start = offset <= 0 ? 0 : text.LastIndexOf('\n', offset - 1, offset - from) + 1;
        var end = text.IndexOf('\n', offset, Math.Min(reach, text.Length - offset));
        return (start == 0 && from > 0 ? from : start, end < 0 ? Math.Min(text.Length, offset + reach) : end);
    }
}
