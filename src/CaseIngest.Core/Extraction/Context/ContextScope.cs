using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Context;

/// <summary>
/// The scope of the triggers of one sentence (in text order) over a mention. A trigger reaches the mention when it
/// looks its way, within its word window, and no terminator stands between; of the assertion triggers that reach it
/// the heaviest category decides (not-given over negated over planned over uncertain), the nearest among equals.
/// A not-given or planned trigger whose clause has only an elided or pronoun subject ("…, but here it was felt too
/// toxic", "was offered X but declined") reaches back across that one terminator over the whole clause before.
/// </summary>
internal static partial class ContextScope
{
    /// <summary>How far before the mention a verb of giving is looked for.</summary>
    private const int GivenVerbReach = 60;

    /// <summary>Words that may stand between a contrasting terminator and a trigger whose subject is the clause before.</summary>
    private static readonly HashSet<string> ElidedSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "this", "these", "both", "here", "there", "was", "were", "is", "are", "be", "been", "being", "had",
        "has", "have", "felt", "deemed", "judged", "thought", "considered", "found", "ultimately", "eventually", "finally",
        "also", "unfortunately", "again", "instead", "in", "the", "end",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ElidedLookup = ElidedSubject.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The patient as subject ("…was offered, but she declined.", "…, but she continued to refuse."), with the words of a
    /// refusal kept up: reaches back only when the trigger ends its clause.
    /// </summary>
    private static readonly HashSet<string> PersonSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "the", "patient", "continued", "continues", "to", "still", "firmly", "repeatedly",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonLookup = PersonSubject.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <remarks>
    /// With <paramref name="finding"/> the mention is a finding (an event), not a treatment: not-given triggers speak of
    /// the treatment of its sentence ("the fourth cycle was withheld because of grade 3 thrombocytopenia"), so they are
    /// passed over and the finding keeps the assertion of the other triggers.
    /// </remarks>
    public static Assertion Classify(string text, ReadOnlySpan<ContextTrigger> triggers, int start, int end, bool finding = false)
    {
        var best = Assertion.Affirmed;
        var bestRank = 0;
        var bestDistance = int.MaxValue;
        for (var t = 0; t < triggers.Length; t++)
        {
            var (rule, mStart, mEnd) = triggers[t];
            if (!ContextCategory.IsAssertion(rule.Category) || (finding && rule.Category == ContextCategory.NotGiven) || Distance(text, triggers, rule, mStart, mEnd, start, end) is not { } distance)
            {
                continue;
            }

            var rank = ContextCategory.Rank(rule.Category);
            if (rank > bestRank || (rank == bestRank && distance < bestDistance))
            {
                bestRank = rank;
                bestDistance = distance;
                best = ContextCategory.AssertionOf(rule.Category);
            }
        }

        return best == Assertion.Affirmed && Questioned(text, end) ? Assertion.Uncertain : best;
    }

    /// <summary>Whether a question mark follows the mention ("renal cell carcinoma?", "lymphoma ?"): a name asked after, not stated.</summary>
    private static bool Questioned(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at < text.Length && text[at] == '?';
    }

    /// <summary>
    /// The history and family modifiers that reach the mention. A relative clause ("his sister, who was diagnosed
    /// with …") or a clause with a pronoun subject ("his sister had breast cancer, and she received …") speaks of the
    /// person named before it, so neither ends a modifier's scope.
    /// </summary>
    public static ContextModifiers Modifiers(string text, ReadOnlySpan<ContextTrigger> triggers, int start, int end)
    {
        var modifiers = ContextModifiers.None;
        foreach (var (rule, mStart, mEnd) in triggers)
        {
            var modifier = ContextCategory.ModifierOf(rule.Category);
            if (modifier != ContextModifiers.None && Distance(text, triggers, rule, mStart, mEnd, start, end, relativeClauses: true) is not null)
            {
                modifiers |= modifier;
            }
        }

        return modifiers;
    }

    /// <summary>The words from the trigger to the mention when the trigger reaches it, else null.</summary>
    private static int? Distance(string text, ReadOnlySpan<ContextTrigger> triggers, ContextRule rule, int mStart, int mEnd, int start, int end, bool relativeClauses = false)
    {
        int distance;
        if (mEnd <= start && rule.Direction != ContextDirection.Backward)
        {
            if (Blocked(triggers, mEnd, start, relativeClauses, reachingIn: !relativeClauses))
            {
                return null;
            }

            distance = WordCount(text, mEnd, start);
        }
        else if (mStart >= end && rule.Direction != ContextDirection.Forward)
        {
            if (Blocked(triggers, end, mStart))
            {
                return rule.Category is ContextCategory.NotGiven or ContextCategory.Planned && ReachesBack(text, triggers, end, mStart, mEnd) >= 0
                    && !GivenRightBefore(text, start) && !GivenRightAfter(text, end, mStart)
                    ? WordCount(text, end, mStart)
                    : null;
            }

            distance = WordCount(text, end, mStart);
        }
        else
        {
            return null;
        }

        return rule.Window > 0 && distance > rule.Window ? null : distance;
    }

    /// <summary>
    /// Where the one terminator that stands between the mention and the trigger [to, triggerEnd) ends, when only an elided
    /// subject follows it, or the patient as subject of a trigger that ends its clause (it has no object of its own but a
    /// pronoun: "but she declined it"); else -1.
    /// </summary>
    private static int ReachesBack(string text, ReadOnlySpan<ContextTrigger> triggers, int from, int to, int triggerEnd)
    {
        var boundary = -1;
        foreach (var (rule, s, e) in triggers)
        {
            if (rule.Category == ContextCategory.Terminate && s >= from && e <= to)
            {
                if (boundary >= 0)
                {
                    return -1;
                }

                boundary = e;
            }
        }

        var i = boundary;
        while (i < to)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < to && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(wordStart, i - wordStart);
            if (!ElidedLookup.Contains(word) && !(PersonLookup.Contains(word) && EndsClause(text, triggerEnd)))
            {
                return -1;
            }
        }

        return boundary;
    }

    /// <summary>
    /// Whether a verb of giving stands right before the mention ("She received carboplatin but refused paclitaxel", "was
    /// treated with gemcitabine, but declined …"): the clause before the contrast tells the mention given, so a refusal
    /// after it is of something else.
    /// </summary>
    private static bool GivenRightBefore(string text, int start)
    {
        var from = Math.Max(0, start - GivenVerbReach);
        return GivenVerbBeforeRegex().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// Whether the mention's own clause tells it given in the passive ("Three courses of carboplatin were administered
    /// before she chose best supportive care"): as with a verb of giving before it, the choice after it is of what follows.
    /// </summary>
    private static bool GivenRightAfter(string text, int end, int triggerStart) =>
        triggerStart > end && GivenVerbAfterRegex().IsMatch(text.AsSpan(end, Math.Min(triggerStart - end, GivenVerbReach)));

    /// <summary>
    /// A passive verb of giving after the mention, in its clause.
    /// | text after the mention | match |
    /// |---|---|
    /// | were administered before she | yes |
    /// | was given for four cycles, but | yes |
    /// | was not given because | no |
    /// | was offered before she | no |
    /// </summary>
    [GeneratedRegex(@"^[^,;]{0,30}?\b(?:was|were|had\s+been|has\s+been)\s+(?:(?!not\b|never\b)\w+\s+)?(?:given|administered|infused|delivered|completed|received)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivenVerbAfterRegex();

    /// <summary>
    /// A verb of giving and at most three words before the mention.
    /// | text before the mention | match |
    /// |---|---|
    /// | She received | yes |
    /// | He was treated with adjuvant | yes |
    /// | She was offered | no |
    /// </summary>
    [GeneratedRegex(@"\b(?:received|(?:was|were)\s+(?:given|administered|treated\s+with|started\s+on)|underwent|completed|took)\s+(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivenVerbBeforeRegex();

    /// <summary>Whether the clause ends at <paramref name="end"/>, or after a pronoun object ("declined it", "refused them").</summary>
    private static bool EndsClause(string text, int end)
    {
        var i = SkipSpaces(text, end);
        if (i < text.Length && char.IsLetter(text[i]))
        {
            var wordEnd = i;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (!ObjectPronoun(text.AsSpan(i, wordEnd - i)))
            {
                return false;
            }

            i = SkipSpaces(text, wordEnd);
        }

        return i >= text.Length || text[i] is '.' or ',' or ';' or ':' or '\n';
    }

    private static bool ObjectPronoun(ReadOnlySpan<char> word) =>
        word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("them", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase);

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <remarks>
    /// With <paramref name="reachingIn"/> a terminator begun before the mention that holds its first words ends the scope
    /// too: "referred for best supportive care and died", where "and died" opens a new predicate with the mention. A
    /// history or family modifier reads on over it ("his sister had cancer and died of it").
    /// </remarks>
    private static bool Blocked(ReadOnlySpan<ContextTrigger> triggers, int from, int to, bool relativeClauses = false, bool reachingIn = false)
    {
        foreach (var (rule, s, e) in triggers)
        {
            if (rule.Category == ContextCategory.Terminate && s >= from && (e <= to || (reachingIn && s < to))
                && !(relativeClauses && rule.Literal is "who" or "whose" or "which" or "and he" or "and she"))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string text, int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
