namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>The misses and wrong facts of one kind in one half, and the documents they come from.</summary>
internal sealed class MaccrobatKindCount
{
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);

    public int Misses { get; private set; }

    public int Wrong { get; private set; }

    public int Documents => _documents.Count;

    public void Add(string pmid, bool miss)
    {
        _documents.Add(pmid);
        if (miss)
        {
            Misses++;
        }
        else
        {
            Wrong++;
        }
    }
}
