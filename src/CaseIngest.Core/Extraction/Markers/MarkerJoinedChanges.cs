using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A gene symbol and its protein change written as one word: "JAK2V617F", "BRAFV600E", "KRASG12D". The word ends in a
/// change (one capital, one to four digits, a capital) and what comes before it is a gene of the marker
/// lexicon; the word is then one mention of that gene carrying the change. Only words that end in a digit and a
/// capital are looked up, so names such as "CD117" or "HER2" are never split.
/// </summary>
internal static class MarkerJoinedChanges
{
    /// <summary>The shortest gene symbol before the change ("ALK", "KIT" are three letters; two is too short to tell).</summary>
    private const int MinSymbol = 3;

    /// <summary>Adds a mention for each joined word that no mention covers yet, keeping text order.</summary>
    public static void Join(ExtractionContext context, MarkerLexicon lexicon, List<PhraseMatch<MarkerEntry>> mentions)
    {
        var text = context.Text;
        List<PhraseMatch<MarkerEntry>>? joined = null;
        foreach (var token in context.Tokens)
        {
            if (token.Length < MinSymbol + 3 || ChangeStart(text.AsSpan(token.Start, token.Length)) is not { } at || !context.IsAboutCase(token.Start))
            {
                continue;
            }

            var symbol = text.Substring(token.Start, at);
            if (lexicon.EntryOf(symbol) is not { Kind: MarkerKind.Gene, Result: null, Variant: null } entry || lexicon.IsWrittenName(entry))
            {
                continue;
            }

            joined ??= [];
            joined.Add(new PhraseMatch<MarkerEntry>(token.Start, token.End, entry with { Variant = text.Substring(token.Start + at, token.Length - at) }));
        }

        JoinedMentions.Replace(mentions, joined);
    }

    /// <summary>Where the change at the end of <paramref name="word"/> starts ("V617F" in "JAK2V617F"); null when the word ends in none.</summary>
    private static int? ChangeStart(ReadOnlySpan<char> word)
    {
        var last = word[^1];
        if (!char.IsAsciiLetterUpper(last))
        {
            return null;
        }

        var p = word.Length - 2;
        var digits = 0;
        while (p >= 0 && char.IsAsciiDigit(word[p]))
        {
            p--;
            digits++;
        }

        if (digits is < 1 or > 4 || p < MinSymbol || !char.IsAsciiLetterUpper(word[p]) || word[p + 1] == '0')
        {
            return null;
        }

        return p;
    }
}
