namespace CaseIngest.Core.Text;

/// <summary>A word of the text: a maximal run of letters and digits, [Start, End).</summary>
public readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;
}
