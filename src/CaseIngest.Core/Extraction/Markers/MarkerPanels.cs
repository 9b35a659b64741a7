using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A multigene panel reported negative: a sentence that lists genes as tested ("a 30-gene panel (APC, ATM, ...)",
/// "the 25 genes analysed, including MLH1, MSH2") and states, there or in the next sentence, that no variant was
/// found ("No pathogenic variants were detected", "none of the genes examined showed an alteration"). Each listed
/// gene without a result of its own is then wild-type. "No other variants" leaves out genes named again with a finding.
/// Read once per sentence holding a list of genes.
/// </summary>
internal sealed partial class MarkerPanels(ExtractionContext context)
{
    private readonly Dictionary<int, PanelVerdict> _verdicts = [];

    public PanelVerdict VerdictFor(Sentence sentence)
    {
        var index = context.SentenceIndexAt(sentence.Start);
        if (index < 0)
        {
            return PanelVerdict.None;
        }

        if (_verdicts.TryGetValue(index, out var known))
        {
            return known;
        }

        var verdict = Read(index);
        _verdicts[index] = verdict;
        return verdict;
    }

    private PanelVerdict Read(int index)
    {
        var text = context.Text;
        var sentence = context.Sentences[index];
        var own = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        if (!PanelWord().IsMatch(own))
        {
            return PanelVerdict.None;
        }

        var end = index + 1 < context.Sentences.Count ? context.Sentences[index + 1].End : sentence.End;
        var span = text.AsSpan(sentence.Start, end - sentence.Start);
        foreach (var match in NegativeStatement().EnumerateMatches(span))
        {
            var found = span.Slice(match.Index, match.Length);
            return OtherWord().IsMatch(found) ? PanelVerdict.NegativeForOthers : PanelVerdict.Negative;
        }

        return PanelVerdict.None;
    }

    /// <summary>The range a verdict reads: the sentence of the list and the one after it.</summary>
    public int RangeEnd(Sentence sentence)
    {
        var index = context.SentenceIndexAt(sentence.Start);
        return index >= 0 && index + 1 < context.Sentences.Count ? context.Sentences[index + 1].End : sentence.End;
    }

    /// <summary>
    /// Whether the list starting at <paramref name="listStart"/> names genes under a negative verdict stated before it:
    /// "no pathogenic variants were detected in other genes, including KCNH2 and KCNQ1", "wild-type for the other genes
    /// on the panel, such as NRAS".
    /// </summary>
    public bool NegativeBeforeList(Sentence sentence, int listStart) =>
        listStart > sentence.Start && VerdictThenList().IsMatch(context.Text.AsSpan(sentence.Start, listStart - sentence.Start));

    [GeneratedRegex(@"(?:\b(?:[Nn]o|[Ww]ithout\s+any)(?:\s+[a-z-]+){0,4}?\s+(?:mutations?|variants?|variations?|alterations?)|\bwild[- ]?type\s+for)\b[^;:.]{0,80}?\bgenes?\b[^;:.]{0,40}?\b(?:including|such\s+as|namely)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex VerdictThenList();

    [GeneratedRegex(@"\b(?:genes?|panel|multigene|multi-gene)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PanelWord();

    [GeneratedRegex(@"\b(?:[Nn]o|[Nn]one\s+of\s+the(?:\s+[a-z-]+){0,3}?\s+genes?|[Ww]ithout\s+any|negative\s+for\s+any)(?:\s+[a-z-]+){0,6}?\s+(?:mutations?|variants?|variations?|alterations?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NegativeStatement();

    [GeneratedRegex(@"\b(?:other|additional|further)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherWord();
}

internal enum PanelVerdict
{
    None,
    Negative,
    NegativeForOthers,
}
