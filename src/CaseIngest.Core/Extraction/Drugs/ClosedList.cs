namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A list of drugs closed by "and" ends there: a drug after a bare comma that follows the list's last member opens a
/// clause of its own ("After four cycles of gemcitabine and cisplatin, durvalumab was added"), so it takes neither
/// the list's count nor its status. A list written "A, B and C" or "A, B, and C" is untouched.
/// </summary>
internal static class ClosedList
{
    /// <summary>Unjoins each mention that follows such a closed list; <paramref name="connected"/>[i] joins mention i to i - 1.</summary>
    public static void Apply(string text, List<DrugCandidate> accepted, bool[] connected)
    {
        for (var i = 2; i < accepted.Count; i++)
        {
            if (connected[i] && connected[i - 1]
                && IsBareComma(text.AsSpan(accepted[i - 1].End, accepted[i].Start - accepted[i - 1].End))
                && JoinsByWord(text.AsSpan(accepted[i - 2].End, accepted[i - 1].Start - accepted[i - 2].End)))
            {
                connected[i] = false;
            }
        }
    }

    private static bool IsBareComma(ReadOnlySpan<char> between) => between.Trim() is [',', ..] rest && rest[1..].Trim().IsEmpty;

    private static bool JoinsByWord(ReadOnlySpan<char> between)
    {
        foreach (var word in (ReadOnlySpan<string>)["and", "plus", "or"])
        {
            var at = between.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(between[at - 1])) && (at + word.Length == between.Length || !char.IsLetter(between[at + word.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
