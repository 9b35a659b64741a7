using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Context;

/// <summary>
/// Decides the assertion of a mention from trigger phrases in its clause (ConText / NegEx): a trigger before the
/// mention looking forward, or after it looking backward, within its word window and not across a terminator.
/// The heaviest category in scope wins (<see cref="ContextScope"/>); history and family triggers modify the mention
/// beside its assertion. Pseudo-triggers ("no change in", "not only") claim their words so that the shorter trigger
/// inside them does not fire; a negation right before a plan ("was not recommended", "never offered") makes it a
/// treatment not given. Rules are data (Lexicons/Data/context-rules.tsv), validated at load, and
/// matched word by word with a trie, so finding the triggers of a sentence is linear in its words.
/// </summary>
public sealed partial class ContextAnalyzer
{
    private static readonly ContextRule PunctuationTerminator = new(";", ContextCategory.Terminate, ContextDirection.Both, 0);

    /// <summary>The comma closing a fronted clause that holds a forward assertion trigger.</summary>
    private static readonly ContextRule ClauseTerminator = new(",", ContextCategory.Terminate, ContextDirection.Both, 0);

    /// <summary>What a negation leaves of itself once it has turned the plan after it into a treatment not given.</summary>
    private static readonly ContextRule SpentNegation = new("not", ContextCategory.Pseudo, ContextDirection.Both, 0);

    /// <summary>A scratch list grown past this many matches (a very long sentence) is not kept by the thread.</summary>
    private const int MaxScratchCapacity = 4096;

    [ThreadStatic]
    private static List<PhraseMatch<ContextRule>>? _scratch;

    private readonly PhraseMatcher<ContextRule> _matcher;

    private ContextAnalyzer(PhraseMatcher<ContextRule> matcher) => _matcher = matcher;

    public int RuleCount => _matcher.Count;

    public static ContextAnalyzer LoadDefault() => Load(LexiconResource.ReadLines("context-rules.tsv"), "context-rules.tsv");

    internal static ContextAnalyzer Load(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var matcher = new PhraseMatcher<ContextRule>();
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 4)
            {
                throw new LexiconException($"{source}:{line}: expected 4 tab-separated columns, found {cells.Length}.");
            }

            var category = cells[1];
            if (!ContextCategory.IsKnown(category))
            {
                throw new LexiconException($"{source}:{line}: unknown category '{category}'.");
            }

            var direction = cells[2] switch
            {
                "forward" => ContextDirection.Forward,
                "backward" => ContextDirection.Backward,
                "both" => ContextDirection.Both,
                _ => throw new LexiconException($"{source}:{line}: unknown direction '{cells[2]}'."),
            };
            if (!int.TryParse(cells[3], out var window) || window < 0)
            {
                throw new LexiconException($"{source}:{line}: window must be a whole number of words.");
            }

            var literal = cells[0].Trim().ToLowerInvariant();
            if (Tokenizer.Tokenize(literal).Length == 0)
            {
                throw new LexiconException($"{source}:{line}: empty literal.");
            }

            if (!matcher.Add(literal, new ContextRule(literal, category, direction, window)))
            {
                throw new LexiconException($"{source}:{line}: duplicate literal '{literal}'.");
            }
        }

        return new ContextAnalyzer(matcher);
    }

    /// <summary>The assertion of the mention [start, end) inside the sentence [sentence.Start, sentence.End).</summary>
    public Assertion Classify(string text, Sentence sentence, int start, int end, bool finding = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text.Substring(sentence.Start, sentence.Length));
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new Token(tokens[i].Start + sentence.Start, tokens[i].End + sentence.Start);
        }

        return Classify(text, FindTriggers(text, sentence, tokens), start, end, finding);
    }

    /// <summary>
    /// The triggers of one sentence, in text order; <paramref name="tokens"/> are the sentence's words (document offsets).
    /// The phrase matches (in text order), the comma closing a fronted clause and the semicolons and colons are merged
    /// into one array of the exact size: they never share a start (a match starts at a letter or digit).
    /// </summary>
    internal ContextTrigger[] FindTriggers(string text, Sentence sentence, ReadOnlySpan<Token> tokens)
    {
        var matches = _scratch ?? [];
        _scratch = null;
        _matcher.MatchInto(text, tokens, matches);
        var words = text.AsSpan(sentence.Start, sentence.Length);
        var closing = FrontedClause.ClosingComma(text, sentence, tokens);
        if (closing >= 0 && !LeadsClause(matches, closing))
        {
            closing = -1;
        }

        var found = new ContextTrigger[matches.Count + words.Count(';') + words.Count(':') + (closing >= 0 ? 1 : 0)];
        var n = 0;
        var m = 0;
        var from = 0;
        int at;
        while ((at = words[from..].IndexOfAny(';', ':')) >= 0)
        {
            var position = sentence.Start + from + at;
            TakeBefore(matches, ref m, ref closing, position, found, ref n);
            found[n++] = new ContextTrigger(PunctuationTerminator, position, position + 1);
            from += at + 1;
        }

        TakeBefore(matches, ref m, ref closing, int.MaxValue, found, ref n);
        if (matches.Capacity <= MaxScratchCapacity)
        {
            matches.Clear();
            _scratch = matches;
        }

        NegatePlans(text, found, n);
        return found;
    }

    /// <summary>The assertion of the mention [start, end) given the triggers of its sentence (in text order).</summary>
    internal static Assertion Classify(string text, ReadOnlySpan<ContextTrigger> triggers, int start, int end, bool finding = false) =>
        ContextScope.Classify(text, triggers, start, end, finding);

    /// <summary>The history and family modifiers of the mention [start, end) in its sentence.</summary>
    public ContextModifiers Modifiers(string text, Sentence sentence, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text.Substring(sentence.Start, sentence.Length));
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new Token(tokens[i].Start + sentence.Start, tokens[i].End + sentence.Start);
        }

        return ContextScope.Modifiers(text, FindTriggers(text, sentence, tokens), start, end);
    }

    /// <summary>
    /// "was not recommended", "was never offered", "not immediately scheduled": a negation at most two words before a
    /// plan turns the plan into a treatment not given, looking both ways, and is spent.
    /// </summary>
    private static void NegatePlans(string text, ContextTrigger[] found, int count)
    {
        for (var i = 1; i < count; i++)
        {
            if (found[i].Rule.Category != ContextCategory.Planned)
            {
                continue;
            }

            for (var k = i - 1; k >= 0; k--)
            {
                var before = found[k];
                if (before.Rule.Category == ContextCategory.Pseudo || before.End > found[i].Start)
                {
                    continue;
                }

                if (before.Rule.Category == ContextCategory.Negated && Words(text, before.End, found[i].Start) <= 2)
                {
                    found[k] = before with { Rule = SpentNegation };
                    found[i] = found[i] with { Rule = found[i].Rule with { Category = ContextCategory.NotGiven, Direction = ContextDirection.Both } };
                }

                break;
            }
        }
    }

    private static int Words(string text, int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == from || !char.IsLetterOrDigit(text[i - 1])))
            {
                words++;
            }
        }

        return words;
    }
}
