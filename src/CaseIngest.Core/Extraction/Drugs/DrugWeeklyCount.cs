using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A weekly drug given for a stated number of weeks ("weekly paclitaxel for 12 weeks") had that many doses, which the
/// record counts as cycles; a drug with another schedule given for some weeks has a duration, not a count.
/// </summary>
internal static partial class DrugWeeklyCount
{
    private static readonly Frequency Weekly = new(1, "week");

    /// <summary>The count of weekly doses that <paramref name="own"/> (the words right after the drug) states, or null.</summary>
    public static int? Of(Frequency? frequency, ReadOnlySpan<char> own) =>
        frequency == Weekly && ForWeeksRegex().Match(own.ToString()) is { Success: true } m ? DrugAttributeParser.ParseCount(m.Groups["n"].Value) : null;

    /// <summary>How many sentences back the weekly statement of the drug may be.</summary>
    private const int SentenceReach = 2;

    /// <summary>
    /// A drug named again in a later sentence and said to be given for some weeks ("Weekly paclitaxel 80 mg/m2 was started
    /// with trastuzumab. Paclitaxel was continued for 12 weeks.") had that many doses when the statement just before gives
    /// it weekly: the count goes to that statement. A drug withheld for some weeks, or given daily, has no count.
    /// </summary>
    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var k = 1; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention.Attributes.Frequency is not null || mention.Attributes.Cycles is not null)
            {
                continue;
            }

            var sentence = context.SentenceAt(mention.End);
            var to = Math.Min(sentence.End, mention.End + 70);
            if (to <= mention.End || !text.AsSpan(mention.End, to - mention.End).Contains("weeks", StringComparison.OrdinalIgnoreCase)
                || GivenForWeeksRegex().Match(text[mention.End..to]) is not { Success: true } given
                || DrugAttributeParser.ParseCount(given.Groups["n"].Value) is not { } count)
            {
                continue;
            }

            var at = context.SentenceIndexAt(mention.Start);
            for (var j = k - 1; j >= 0 && at - context.SentenceIndexAt(mentions[j].Start) <= SentenceReach; j--)
            {
                var earlier = mentions[j];
                if (earlier.Attributes.Frequency == Weekly && context.PatientAt(earlier.Start) == context.PatientAt(mention.Start)
                    && mention.Drugs.All(d => earlier.Drugs.Any(e => e.Name == d.Name)))
                {
                    if (earlier.Attributes.Cycles is null)
                    {
                        mentions[j] = earlier with { Attributes = earlier.Attributes with { Cycles = count } };
                    }

                    break;
                }
            }
        }
    }

    /// <summary>"for 12 weeks", "(80 mg/m2) for twelve consecutive weeks": the stretch of weeks the drug was given over.</summary>
    [GeneratedRegex(@"^[^.;]{0,60}?\bfor\s+(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty-four)\s+(?:consecutive\s+)?weeks\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForWeeksRegex();

    /// <summary>
    /// The drug's own sentence says it was given for some weeks.
    /// | text after the drug | n |
    /// |---|---|
    /// | was continued for 12 weeks. | 12 |
    /// | was given for eight weeks before the next scan | eight |
    /// | 80 mg/m2 was administered weekly for six weeks | six |
    /// | was withheld for 2 weeks | no match |
    /// </summary>
    [GeneratedRegex(@"^[^;]{0,30}?\b(?:was|were)\s+(?:then\s+)?(?:continued|given|administered|maintained|repeated)\s+(?:weekly\s+)?for\s+(?:a\s+total\s+of\s+)?(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty-four)\s+(?:consecutive\s+)?weeks\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivenForWeeksRegex();
}
