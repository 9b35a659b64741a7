using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Context;

/// <summary>
/// Decides the assertion of a mention from trigger phrases in its clause (ConText / NegEx): a trigger before the
/// mention looking forward, or after it looking backward, within its word window and not across a terminator.
/// The nearest trigger wins. Pseudo-triggers ("no change in", "not only") claim their words so that the shorter
/// trigger inside them does not fire. Rules are data (Lexicons/Data/context-rules.tsv), validated at load, and
/// matched word by word with a trie, so finding the triggers of a sentence is linear in its words.
/// </summary>
public sealed class ContextAnalyzer
{
    private const string Terminate = "terminate";
    private const string Pseudo = "pseudo";

    private static readonly ContextRule PunctuationTerminator = new(";", Terminate, ContextDirection.Both, 0);

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
            if (category is not ("negated" or "not-given" or "planned" or "uncertain" or Terminate or Pseudo))
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
    public Assertion Classify(string text, Sentence sentence, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text.Substring(sentence.Start, sentence.Length));
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new Token(tokens[i].Start + sentence.Start, tokens[i].End + sentence.Start);
        }

        return Classify(text, FindTriggers(text, sentence, tokens), start, end);
    }

    /// <summary>The triggers of one sentence; <paramref name="tokens"/> are the sentence's words (document offsets).</summary>
    internal ContextTrigger[] FindTriggers(string text, Sentence sentence, ReadOnlySpan<Token> tokens)
    {
        var matches = _matcher.Match(text, tokens);
        var words = text.AsSpan(sentence.Start, sentence.Length);
        var found = new ContextTrigger[matches.Count + words.Count(';') + words.Count(':')];
        var n = 0;
        foreach (var match in matches)
        {
            found[n++] = new ContextTrigger(match.Value, match.Start, match.End);
        }

        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] is ';' or ':')
            {
                found[n++] = new ContextTrigger(PunctuationTerminator, i, i + 1);
            }
        }

        Array.Sort(found, (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The assertion of the mention [start, end) given the triggers of its sentence (in text order).</summary>
    internal static Assertion Classify(string text, ReadOnlySpan<ContextTrigger> triggers, int start, int end)
    {
        var best = Assertion.Affirmed;
        var bestDistance = int.MaxValue;
        for (var t = 0; t < triggers.Length; t++)
        {
            var (rule, mStart, mEnd) = triggers[t];
            if (rule.Category is Terminate or Pseudo)
            {
                continue;
            }

            int distance;
            if (mEnd <= start && rule.Direction != ContextDirection.Backward)
            {
                if (Blocked(triggers, mEnd, start))
                {
                    continue;
                }

                distance = WordCount(text, mEnd, start);
            }
            else if (mStart >= end && rule.Direction != ContextDirection.Forward)
            {
                if (Blocked(triggers, end, mStart))
                {
                    continue;
                }

                distance = WordCount(text, end, mStart);
            }
            else
            {
                continue;
            }

            if (rule.Window > 0 && distance > rule.Window)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = rule.Category switch
                {
                    "negated" => Assertion.Negated,
                    "not-given" => Assertion.NotGiven,
                    "planned" => Assertion.Planned,
                    _ => Assertion.Uncertain,
                };
            }
        }

        return best;
    }

    private static bool Blocked(ReadOnlySpan<ContextTrigger> triggers, int from, int to)
    {
        foreach (var (rule, s, e) in triggers)
        {
            if (rule.Category == Terminate && s >= from && e <= to)
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
