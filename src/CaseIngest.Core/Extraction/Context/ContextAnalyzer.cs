using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Context;

/// <summary>
/// Decides the assertion of a mention from trigger phrases in its clause (ConText / NegEx): a trigger before the
/// mention looking forward, or after it looking backward, within its word window and not across a terminator.
/// The nearest trigger wins. Rules are data (Lexicons/Data/context-rules.tsv), validated at load.
/// </summary>
public sealed class ContextAnalyzer
{
    private readonly ContextRule[] _rules;

    private ContextAnalyzer(ContextRule[] rules) => _rules = rules;

    public static ContextAnalyzer LoadDefault() => Load(LexiconResource.ReadLines("context-rules.tsv"), "context-rules.tsv");

    internal static ContextAnalyzer Load(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var rules = new List<ContextRule>();
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 4)
            {
                throw new LexiconException($"{source}:{line}: expected 4 tab-separated columns, found {cells.Length}.");
            }

            var category = cells[1];
            if (category is not ("negated" or "not-given" or "planned" or "uncertain" or "terminate"))
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

            if (cells[0].Trim().Length == 0)
            {
                throw new LexiconException($"{source}:{line}: empty literal.");
            }

            rules.Add(new ContextRule(cells[0].Trim().ToLowerInvariant(), category, direction, window));
        }

        // longer literals first, so "was not given" beats "not"
        rules.Sort((a, b) => b.Literal.Length != a.Literal.Length
            ? b.Literal.Length.CompareTo(a.Literal.Length)
            : string.CompareOrdinal(a.Literal, b.Literal));
        return new ContextAnalyzer([.. rules]);
    }

    /// <summary>The assertion of the mention [start, end) inside the sentence [sentence.Start, sentence.End).</summary>
    public Assertion Classify(string text, Sentence sentence, int start, int end)
    {
        var matches = FindTriggers(text, sentence);
        Assertion best = Assertion.Affirmed;
        var bestDistance = int.MaxValue;
        foreach (var (rule, mStart, mEnd) in matches)
        {
            if (rule.Category == "terminate")
            {
                continue;
            }

            int distance;
            if (mEnd <= start && rule.Direction != ContextDirection.Backward)
            {
                if (Blocked(matches, mEnd, start))
                {
                    continue;
                }

                distance = WordCount(text, mEnd, start);
            }
            else if (mStart >= end && rule.Direction != ContextDirection.Forward)
            {
                if (Blocked(matches, end, mStart))
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

    private static bool Blocked(List<(ContextRule Rule, int Start, int End)> matches, int from, int to)
    {
        foreach (var (rule, s, e) in matches)
        {
            if (rule.Category == "terminate" && s >= from && e <= to)
            {
                return true;
            }
        }

        // a semicolon or colon between trigger and mention also ends the scope
        return false;
    }

    private List<(ContextRule Rule, int Start, int End)> FindTriggers(string text, Sentence sentence)
    {
        var found = new List<(ContextRule, int, int)>();
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var taken = new bool[span.Length];
        foreach (var rule in _rules)
        {
            var from = 0;
            while (from < span.Length)
            {
                var index = span[from..].IndexOf(rule.Literal, StringComparison.OrdinalIgnoreCase);
                if (index < 0)
                {
                    break;
                }

                var s = from + index;
                var e = s + rule.Literal.Length;
                from = s + 1;
                if ((s > 0 && char.IsLetterOrDigit(span[s - 1])) || (e < span.Length && char.IsLetterOrDigit(span[e])))
                {
                    continue;
                }

                if (taken.AsSpan(s, e - s).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(s, e - s).Fill(true);
                found.Add((rule, sentence.Start + s, sentence.Start + e));
            }
        }

        AddPunctuationTerminators(text, sentence, found);
        return found;
    }

    private static readonly ContextRule PunctuationTerminator = new(";", "terminate", ContextDirection.Both, 0);

    private static void AddPunctuationTerminators(string text, Sentence sentence, List<(ContextRule, int, int)> found)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] is ';' or ':')
            {
                found.Add((PunctuationTerminator, i, i + 1));
            }
        }
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
