using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A drug name broken into two words: hyphenated at the end of a line ("cyclophos-⏎phamide"), or split by a hyphen or a
/// space inside the name ("cyclo-phosphamide", "hydroxy urea"). The two words joined are looked up as one name; a name
/// found only by its INN stem is accepted when a hyphen ends the line, where the break is the typesetter's and not the
/// author's ("anti-" before a drug name makes a word of its own).
/// </summary>
internal static class DrugSplitWords
{
    private const int MaxLength = 40;

    public static void AddCandidates(string text, ReadOnlySpan<Token> tokens, DrugLexicon lexicon, List<DrugCandidate> candidates)
    {
        Span<char> joined = stackalloc char[MaxLength];
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var first = tokens[i];
            var second = tokens[i + 1];
            if (first.Length < 3 || second.Length < 3 || first.Length + second.Length > MaxLength
                || !IsWord(text.AsSpan(first.Start, first.Length), allowCapital: true)
                || !IsWord(text.AsSpan(second.Start, second.Length), allowCapital: false))
            {
                continue;
            }

            var gap = Gap(text.AsSpan(first.End, second.Start - first.End));
            if (gap == GapKind.None
                || (gap != GapKind.LineBreakHyphen && !lexicon.JoinedNames.MayJoin(text.AsSpan(first.Start, first.Length), text.AsSpan(second.Start, second.Length))))
            {
                continue;
            }

            text.AsSpan(first.Start, first.Length).ToLowerInvariant(joined);
            text.AsSpan(second.Start, second.Length).ToLowerInvariant(joined[first.Length..]);
            // looked up as a span: most pairs of words are no drug, and none of them costs a string
            var word = joined[..(first.Length + second.Length)];
            if (lexicon.Names.TryGetWord(word, out var named))
            {
                candidates.Add(new DrugCandidate(first.Start, second.End, [named], DrugCandidateKind.Name));
            }
            else if (gap == GapKind.LineBreakHyphen && lexicon.StemMatch(word) is { } stemmed)
            {
                candidates.Add(new DrugCandidate(first.Start, second.End, [stemmed], DrugCandidateKind.Stem));
            }
        }
    }

    /// <summary>Letters only, lower case after the first (which may be a capital).</summary>
    private static bool IsWord(ReadOnlySpan<char> word, bool allowCapital)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsLetter(word[i]) || (!char.IsLower(word[i]) && (i > 0 || !allowCapital)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What separates the two words: one hyphen (then a line break, or nothing), or one space.</summary>
    private static GapKind Gap(ReadOnlySpan<char> gap)
    {
        if (gap is " ")
        {
            return GapKind.Space;
        }

        if (gap.Length == 0 || gap[0] != '-')
        {
            return GapKind.None;
        }

        var rest = gap[1..];
        if (rest.Length == 0)
        {
            return GapKind.Hyphen;
        }

        return rest.Length <= 3 && rest.Contains('\n') && rest.Trim().Length == 0 ? GapKind.LineBreakHyphen : GapKind.None;
    }

    private enum GapKind
    {
        None,
        Space,
        Hyphen,
        LineBreakHyphen,
    }
}
