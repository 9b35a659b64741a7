namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// One annotation-derived fact: the mentions of which an engine fact must overlap one (none for patient facts, compared
/// by key alone), and the normalised key the fact must state. Repeated mentions of one fact are one item.
/// </summary>
internal sealed record GoldItem(string Category, IReadOnlyList<BratEntity> Anchors, string Key)
{
    public GoldItem(string category, BratEntity anchor, string key)
        : this(category, [anchor], key)
    {
    }

    public string Label => Anchors.Count == 0 ? Key
        : Anchors.Count == 1 ? $"{Anchors[0].Text} [{Key}]" : $"{Anchors[0].Text} [{Key}] x{Anchors.Count}";

    public bool Overlaps(int start, int end) => Anchors.Any(a => a.Overlaps(start, end));
}
