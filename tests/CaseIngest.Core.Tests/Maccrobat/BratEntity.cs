namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>A text-bound annotation (a brat "T" line): its type, its character ranges (discontinuous spans have several) and text.</summary>
internal sealed record BratEntity(string Id, string Type, IReadOnlyList<(int Start, int End)> Ranges, string Text)
{
    public int Start => Ranges[0].Start;

    public bool Overlaps(int start, int end)
    {
        foreach (var (s, e) in Ranges)
        {
            if (start < e && s < end)
            {
                return true;
            }
        }

        return false;
    }
}
