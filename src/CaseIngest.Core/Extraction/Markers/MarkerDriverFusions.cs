namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A fusion written gene-gene with the driver first ("FGFR3-TACC3", "FGFR2::BICC1"): a curated gene joined by a hyphen
/// or "::" to a gene known only from the HGNC vocabulary is the driver, and the gene after it its partner, as the gene
/// written before a curated one is ("EML4-ALK"). The partner then has no fact of its own.
/// </summary>
internal static class MarkerDriverFusions
{
    /// <summary>The index of the partner mention joined right after mention <paramref name="index"/> when that one is its driver; -1 when none.</summary>
    public static int PartnerAfter(MarkerDocument doc, int index)
    {
        var mention = doc.Mentions[index];
        var text = doc.Text;
        var p = mention.End;
        if (!IsDriver(doc, mention.Value) || p + 1 >= text.Length || text[p] is not ('-' or '–' or ':'))
        {
            return -1;
        }

        p += text[p] == ':' && text[p + 1] == ':' ? 2 : 1;
        return doc.MentionAt.TryGetValue(p, out var next) && IsPartner(doc, doc.Mentions[next].Value) ? next : -1;
    }

    /// <summary>Whether mention <paramref name="index"/> is the partner written right after its driver.</summary>
    public static bool FollowsDriver(MarkerDocument doc, int index) =>
        index > 0 && IsPartner(doc, doc.Mentions[index].Value) && doc.Mentions[index].Start - doc.Mentions[index - 1].End is 1 or 2
        && PartnerAfter(doc, index - 1) == index;

    private static bool IsDriver(MarkerDocument doc, MarkerEntry entry) => entry.Kind == MarkerKind.Gene && !doc.Lexicon.IsFromVocabulary(entry);

    private static bool IsPartner(MarkerDocument doc, MarkerEntry entry) => entry.Kind == MarkerKind.Gene && doc.Lexicon.IsFromVocabulary(entry);
}
