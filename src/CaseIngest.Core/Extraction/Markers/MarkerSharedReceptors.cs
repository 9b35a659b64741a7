using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Steroid receptors named with one shared head: "estrogen and progesterone receptors" are ER and PR, "oestrogen,
/// progesterone and androgen receptors" ER, PR and AR. Each hormone word becomes a mention of its receptor, in place of
/// the mention the head alone gave ("progesterone receptors"). Read only when the text holds "receptor".
/// </summary>
internal static partial class MarkerSharedReceptors
{
    /// <summary>Adds the mentions of each list of hormone words that shares the head "receptor(s)".</summary>
    public static void Join(string text, MarkerLexicon lexicon, List<PhraseMatch<MarkerEntry>> mentions)
    {
        if (!text.Contains("receptor", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        List<PhraseMatch<MarkerEntry>>? joined = null;
        foreach (Match match in List().Matches(text))
        {
            var hormones = match.Groups["h"].Captures;
            var entries = new List<PhraseMatch<MarkerEntry>>(hormones.Count);
            for (var k = 0; k < hormones.Count; k++)
            {
                var hormone = hormones[k];
                if (lexicon.EntryOf(Receptor(hormone.Value)) is not { } entry)
                {
                    break;
                }

                // the last hormone word takes the head with it, so its mention covers "progesterone receptors"
                var end = k == hormones.Count - 1 ? match.Index + match.Length : hormone.Index + hormone.Length;
                entries.Add(new PhraseMatch<MarkerEntry>(hormone.Index, end, entry));
            }

            if (entries.Count == hormones.Count)
            {
                joined ??= [];
                joined.AddRange(entries);
            }
        }

        JoinedMentions.Replace(mentions, joined);
    }

    private static string Receptor(string hormone) => char.ToLowerInvariant(hormone[0]) switch
    {
        'p' => "PR",
        'a' => "AR",
        _ => "ER",
    };

    /// <summary>
    /// Two or more hormone words joined by commas, "and" or "or", then the shared head: "estrogen and progesterone
    /// receptors", "oestrogen, progesterone and androgen receptor"; not "estrogen receptor and progesterone receptor",
    /// whose names stand whole.
    /// </summary>
    [GeneratedRegex(@"\b(?<h>(?i:o?estrogen|progesterone|androgen))(?:(?:\s?,\s?(?:and\s|or\s)?|\s(?:and|or)\s)(?<h>(?i:o?estrogen|progesterone|androgen)))+\s(?i:receptors?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex List();
}
