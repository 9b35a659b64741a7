using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The broad keratin stain written with "pan" in brackets after the family name: "CK (pan)", "cytokeratin (pan)",
/// "keratin(pan)". The name and the bracket are one mention of the broad stain, so a result after the bracket
/// ("CK (pan) (-)") is its result.
/// </summary>
internal static class MarkerPanBrackets
{
    private const string Pan = "(pan)";

    private static readonly string[] FamilyWords = ["CK", "cytokeratin", "cytokeratins", "keratin", "keratins"];

    /// <summary>Adds a mention for each family name with "(pan)" after it, in place of the mention of the name alone.</summary>
    public static void Join(string text, MarkerLexicon lexicon, List<PhraseMatch<MarkerEntry>> mentions)
    {
        if (text.IndexOf(Pan, StringComparison.OrdinalIgnoreCase) < 0 || lexicon.EntryOf(MarkerAntibodyBrackets.Family) is not { } family)
        {
            return;
        }

        List<PhraseMatch<MarkerEntry>>? joined = null;
        for (var at = text.IndexOf(Pan, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(Pan, at + Pan.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var word = text.AsSpan(start, end - start);
            var isFamily = false;
            foreach (var name in FamilyWords)
            {
                isFamily |= word.Equals(name, name == "CK" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
            }

            if (end > start && isFamily && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
            {
                joined ??= [];
                joined.Add(new PhraseMatch<MarkerEntry>(start, at + Pan.Length, family));
            }
        }

        JoinedMentions.Replace(mentions, joined);
    }
}
