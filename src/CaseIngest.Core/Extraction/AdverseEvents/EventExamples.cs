using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// An item of an example list whose head is an adverse-event noun names the patient's events, not other possibilities:
/// "adverse events such as nausea and fatigue", "irAEs (e.g., hypothyroidism and dermatitis)", "toxicities, including
/// anaemia". A negation before the head ("without adverse events such as rash") keeps the list negated.
/// </summary>
internal static class EventExamples
{
    private const int Reach = 160;
    private const int HeadReach = 48;

    private static readonly string[] ExampleWords = ["such as", "e.g.", "eg.", "including", "include", "included", "like", "for example", "namely"];

    private static readonly CueSet Examples = new(ExampleWords);

    private static readonly CueSet Heads = new(
        "adverse event", "adverse events", "adverse effect", "adverse effects", "side effect", "side effects", "side-effects",
        "toxicity", "toxicities", "irae", "iraes", "adverse reaction", "adverse reactions");

    private static readonly CueSet Negations = new("no", "without", "free of", "absence of", "did not", "never", "nor", "not", "risk of", "potential");

    /// <summary>Whether the words between two events only introduce examples of the first: ", including", " (e.g., ", " such as ".</summary>
    public static bool IsExampleGap(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim(" ,(");
        foreach (var words in ExampleWords)
        {
            if (trimmed.Equals(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the mention at <paramref name="start"/> is an item of an example list headed by an adverse-event noun.</summary>
    public static bool UnderEventHead(string text, Sentence sentence, int start)
    {
        var from = Math.Max(sentence.Start, start - Reach);
        if (start <= from)
        {
            return false;
        }

        var before = text.AsSpan(from, start - from);
        var cueEnd = Examples.LastWordEnd(before);
        if (cueEnd < 0 || before[cueEnd..].IndexOfAny(';', ':') >= 0)
        {
            return false;
        }

        // the head stands just before the example word: "toxicities, including", "adverse events (e.g.,"
        var cueStart = Math.Max(0, cueEnd - 12);
        var headWindow = before[Math.Max(0, cueStart - HeadReach)..cueEnd];
        var headEnd = Heads.LastWordEnd(headWindow);
        return headEnd >= 0 && !Negations.ContainsWord(before[..(before.Length - headWindow.Length + headEnd)]);
    }
}
