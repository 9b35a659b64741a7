namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Which pairs of words may join into a one-word drug name, told by the first three letters of the first word and the
/// last three of the second: a pair whose letters begin or end no name is not looked up. Built once per lexicon from
/// its one-word names; a pair with a letter outside a-z at those places is always looked up.
/// </summary>
internal sealed class JoinedNameFilter
{
    private const int Trigrams = 26 * 26 * 26;

    private readonly ulong[] _starts = new ulong[Trigrams / 64 + 1];
    private readonly ulong[] _ends = new ulong[Trigrams / 64 + 1];

    public JoinedNameFilter(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (name.Length >= 6 && Trigram(name.AsSpan(0, 3)) is >= 0 and var start && Trigram(name.AsSpan(name.Length - 3)) is >= 0 and var end)
            {
                _starts[start >> 6] |= 1UL << start;
                _ends[end >> 6] |= 1UL << end;
            }
        }
    }

    /// <summary>Whether <paramref name="first"/> then <paramref name="second"/> (three letters each at least) may spell a name.</summary>
    public bool MayJoin(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var start = Trigram(first[..3]);
        var end = Trigram(second[^3..]);
        return start < 0 || end < 0 || ((_starts[start >> 6] & (1UL << start)) != 0 && (_ends[end >> 6] & (1UL << end)) != 0);
    }

    /// <summary>The index of three letters a-z (either case), or -1 for any other character.</summary>
    private static int Trigram(ReadOnlySpan<char> letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            var lower = (char)(c | 0x20);
            if (lower is < 'a' or > 'z')
            {
                return -1;
            }

            index = index * 26 + (lower - 'a');
        }

        return index;
    }
}
