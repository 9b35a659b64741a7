namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// A drug named inside another drug's longer name ("trastuzumab" in "trastuzumab deruxtecan", "doxorubicin" in
/// "pegylated liposomal doxorubicin") is not mentioned there: the longer name is the mention. One pass over the
/// mentions in text order (by start, the widest first): the widest drug mention begun so far covers what ends within it.
/// </summary>
internal static class WiderNames
{
    public static void DropCovered(List<TreatmentMention> mentions)
    {
        var (coverStart, coverEnd, coverName) = (-1, -1, string.Empty);
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var inside = mention.End <= coverEnd && (mention.Start > coverStart || mention.End < coverEnd);
            if (inside && !string.Equals(mention.Name, coverName, StringComparison.Ordinal))
            {
                continue;
            }

            // a course of radiation names no drug, and its span may hold one ("chemoradiotherapy with cisplatin")
            if (mention.End > coverEnd && !string.Equals(mention.Name, TreatmentIndex.Radiotherapy, StringComparison.Ordinal))
            {
                (coverStart, coverEnd, coverName) = (mention.Start, mention.End, mention.Name);
            }

            mentions[kept++] = mention;
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }
}
