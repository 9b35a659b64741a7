using System.Buffers;
using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A count told later by a bare number, its noun left out, in a sentence that names no drug ("He completed six."; "She
/// went on to receive a further two."), counts the cycles of the last statement of anticancer drugs given, at most
/// <see cref="SentenceReach"/> sentences back: a plain number is their count when they state none, and a further number
/// adds to the count they state (two cycles, then a further two, are four). The count may also close the sentence of the
/// drugs in a clause after a semicolon that names none ("…were given every three weeks; she completed four."). A further number after a course whose count
/// is not told says no total, and a number followed by its own noun ("received two units of blood") is no bare count.
/// </summary>
internal static partial class DrugBareCountLater
{
    /// <summary>How many sentences back the statement of the drugs may be.</summary>
    private const int SentenceReach = 2;

    /// <summary>The words every bare count this step reads holds: its verb of a course given.</summary>
    private static readonly SearchValues<string> GivenWords = WordWindows.Words("complete", "receive", "given", "underwent", "tolerated");

    /// <summary>The pattern searched near its words only, with those words.</summary>
    internal static IEnumerable<(Regex Regex, SearchValues<string> Words)> Windowed => [(BareCountRegex(), GivenWords)];

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var text = context.Text;
        var next = 0;
        foreach (var match in WordWindows.Matches(BareCountRegex(), text, GivenWords))
        {
            if ((DrugCycleAnaphora.LastAnticancerBeforeDrugless(context, mentions, match.Index, ref next, out var sentence) is >= 0 and var found
                    ? found : BeforeSemicolon(context, mentions, match.Index, next)) is not (>= 0 and var last)
                || DrugAttributeParser.ParseCount(match.Groups["n"].Value) is not (> 0 and var count)
                || sentence - context.SentenceIndexAt(mentions[last].Start) > SentenceReach
                || mentions[last].Status != TreatmentStatus.Given)
            {
                continue;
            }

            var further = match.Groups["more"].Success;
            var statement = context.SentenceIndexAt(mentions[last].Start);
            for (var k = last; k >= 0 && context.SentenceIndexAt(mentions[k].Start) == statement; k--)
            {
                if (mentions[k].Status != TreatmentStatus.Given || !DrugCycleAnaphora.IsAnticancer(mentions[k]))
                {
                    continue;
                }

                if (further ? mentions[k].Attributes.Cycles is { } cycles : mentions[k].Attributes.Cycles is null)
                {
                    var total = further ? mentions[k].Attributes.Cycles!.Value + count : count;
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = total } };
                }
            }
        }
    }

    /// <summary>
    /// The last mention of the sentence of <paramref name="index"/> when the count stands in a clause after a semicolon
    /// that names no drug and every mention of the sentence comes before that semicolon ("Paclitaxel and carboplatin were
    /// given every three weeks; she completed four."), or -1. <paramref name="next"/> is the first mention at or after the
    /// count.
    /// </summary>
    private static int BeforeSemicolon(ExtractionContext context, List<DrugMention> mentions, int index, int next)
    {
        if (next == 0 || !context.IsAboutCase(index))
        {
            return -1;
        }

        var sentence = context.Sentences[context.SentenceIndexAt(index)];
        var semicolon = context.Text.LastIndexOf(';', index, index - sentence.Start);
        var last = next - 1;
        if (semicolon < 0 || mentions[last].Start < sentence.Start || mentions[last].Start > semicolon
            || (next < mentions.Count && mentions[next].Start < sentence.End) || !DrugCycleAnaphora.IsAnticancer(mentions[last]))
        {
            return -1;
        }

        return last;
    }

    /// <summary>
    /// A number of a course given with its noun left out, ending its clause.
    /// </summary>
    /// <remarks>
    /// | text                                      | n   | more |
    /// |-------------------------------------------|-----|------|
    /// | "He completed six."                       | six |      |
    /// | "She went on to receive a further two."   | two | yes  |
    /// | "he received another 3, without delay"    | 3   | yes  |
    /// | "He was able to complete only four."      | four|      |
    /// | "She received two more."                  | two | yes  |
    /// | "She received two units of blood."        | no match | |
    /// | "He received 2.5 mg."                     | no match | |
    /// </remarks>
    [GeneratedRegex(@"\b(?:(?:went\s+on|(?:was|were)\s+able|managed)\s+to\s+(?:receive|complete)|completed|received|underwent|tolerated|(?:was|were)\s+given)\s+(?:(?:only|just|all)\s+)?(?:(?<more>(?:an?\s+)?(?:further|additional|another))\s+)?(?<n>\d{1,2}|one|" + NumberWords.TwoToTwelve + @")(?:\s+(?<more>more|further|additional))?(?![.,]\d)(?=\s*(?:[.;,]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex BareCountRegex();
}
