using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Context;

/// <summary>
/// A sentence-initial adverbial clause or phrase ("With no sign of recurrence, …", "As there was no progression, …",
/// "In the absence of toxicity, …") and the comma that closes it. A trigger inside such a clause speaks of the clause,
/// not of the main clause after the comma. A list inside the clause keeps its commas ("Without fever, rash, or
/// colitis, he …"): a comma is passed over while the words after it, up to the next comma, are a list item — they
/// hold a coordinator, or are at most three words without a verb.
/// </summary>
internal static class FrontedClause
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "without", "as", "since", "given", "after", "because", "although", "though", "while", "whereas", "when",
        "despite", "following", "upon", "once", "owing", "due",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Second words that make "in" an opener: "in the absence of", "in view of", "in light of", "in spite of".</summary>
    private static readonly HashSet<string> InOpeners = new(StringComparer.OrdinalIgnoreCase) { "the", "view", "light", "spite" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InOpenerLookup = InOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Coordinators = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "nor" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CoordinatorLookup = Coordinators.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "be", "been", "had", "has", "have", "did", "does",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The offset of the comma closing the sentence's fronted clause, or -1 when it opens with none.</summary>
    public static int ClosingComma(string text, Sentence sentence, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length < 3 || !Opens(text, tokens))
        {
            return -1;
        }

        var comma = NextComma(text, tokens[0].End, sentence.End);
        while (comma >= 0)
        {
            var next = NextComma(text, comma + 1, sentence.End);
            if (next < 0 || !IsListItem(text, tokens, comma + 1, next))
            {
                return comma;
            }

            comma = next;
        }

        return -1;
    }

    private static bool Opens(string text, ReadOnlySpan<Token> tokens)
    {
        var first = Word(text, tokens[0]);
        return OpenerLookup.Contains(first) || (first.Equals("in", StringComparison.OrdinalIgnoreCase) && InOpenerLookup.Contains(Word(text, tokens[1])));
    }

    private static bool IsListItem(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        var words = 0;
        var verb = false;
        foreach (var token in tokens)
        {
            if (token.Start < from || token.End > to)
            {
                continue;
            }

            var word = Word(text, token);
            if (CoordinatorLookup.Contains(word))
            {
                return true;
            }

            verb |= VerbLookup.Contains(word);
            words++;
        }

        return words is > 0 and <= 3 && !verb;
    }

    private static int NextComma(string text, int from, int to)
    {
        var at = text.AsSpan(from, to - from).IndexOf(',');
        return at < 0 ? -1 : from + at;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
