namespace CaseIngest.Core.Formats;

/// <summary>
/// The lines of a text as spans, split at '\n' as <see cref="string.Split(char, StringSplitOptions)"/> splits it
/// (a '\r' stays at its line's end), without a string for each line:
/// <list type="table">
/// <item><term>"a\nb"</term><description>"a", "b"</description></item>
/// <item><term>"a\n\nb\n"</term><description>"a", "", "b", ""</description></item>
/// </list>
/// </summary>
internal readonly struct TextLines
{
    // the start of each line, and one past the end of the text's last line as a last entry
    private readonly int[] starts;

    public TextLines(string text)
    {
        Text = text;
        starts = new int[text.AsSpan().Count('\n') + 2];
        var line = 1;
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            starts[line++] = at + 1;
        }

        starts[line] = text.Length + 1;
    }

    public string Text { get; }

    public int Count => starts.Length - 1;

    public ReadOnlySpan<char> this[int index] => Text.AsSpan(starts[index], starts[index + 1] - 1 - starts[index]);
}
