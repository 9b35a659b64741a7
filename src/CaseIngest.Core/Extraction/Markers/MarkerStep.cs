using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Tumour biomarkers of the case: each marker mention of the case text with the result, value, variant and method
/// the words around it state ("PD-L1 TPS 80%", "KRAS G12C", "negative for CK20", "loss of MLH1 and PMS2").
/// A list of markers shares the result stated before or after it; a negation reverses an implied result
/// ("no EGFR mutation" is wild-type). A mention without any result, value or variant is not a fact.
/// </summary>
public sealed class MarkerStep(MarkerLexicon lexicon) : IExtractionStep
{
    private const string HighResult = "high";
    private const string PositiveResult = "positive";

    public string Name => "markers";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = lexicon.Markers.Match(context.Text, context.Tokens);
        MarkerPanBrackets.Join(context.Text, lexicon, found);
        var mentions = new List<PhraseMatch<MarkerEntry>>(found.Count);
        var cited = new MarkerCitedSentences(context);
        var other = new MarkerOtherScope(context);
        foreach (var mention in MarkerSpacedSymbols.Join(context.Text, lexicon, found))
        {
            if (context.IsAboutCase(mention.Start) && !cited.Cited(mention.Start) && !(lexicon.IsFromVocabulary(mention.Value) && GluedToWord(context.Text, mention.Start) && !StainingAntibody(context.Text, mention.Start))
                && !TargetOfAutoantibodies(context.Text, mention) && !other.Excludes(mention.Start) && !PlannedTest(context, mention))
            {
                mentions.Add(mention);
            }
        }

        MarkerSplitNames.Join(context.Text, lexicon, mentions);
        MarkerAntibodyBrackets.Join(context.Text, mentions);
        MarkerNumberedLists.Join(context.Text, lexicon, mentions);
        MarkerSharedReceptors.Join(context.Text, lexicon, mentions);
        MarkerJoinedChanges.Join(context, lexicon, mentions);
        MarkerHotspotOwner.Drop(context.Text, mentions);
        var facts = new List<MarkerFact>();
        if (mentions.Count > 0)
        {
            DropNamesBeforeTheirAbbreviation(context.Text, mentions);
            var document = new MarkerDocument(context, lexicon, mentions);
            var (readings, ends) = new MarkerScanner(document).Scan();
            facts = new MarkerResolver(document).Resolve(readings, ends);
        }

        MarkerPipeRows.Add(context, mentions, facts);
        MarkerTables.Add(context, lexicon, facts);
        MarkerGroups.Add(context, lexicon, facts);
        context.Markers.AddRange(Distinct(facts));
    }

    /// <summary>
    /// A test the text plans for later ("SOX10 staining was planned", "WT1 staining will be performed") has no result
    /// yet: the name is followed by a word of testing and its ConText assertion is planned. A name whose result is
    /// told before a plan for treatment ("positive for PD-L1, and pembrolizumab was planned") is no test planned.
    /// </summary>
    private static bool PlannedTest(ExtractionContext context, PhraseMatch<MarkerEntry> mention)
    {
        var after = context.Text.AsSpan(mention.End).TrimStart(" -");
        foreach (var word in TestWords)
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return context.AssertionOf(mention.Start, mention.End) == Assertion.Planned;
            }
        }

        return false;
    }

    /// <summary>The starts of the words that name a test after a marker ("staining", "immunostaining", "testing").</summary>
    private static readonly string[] TestWords = ["stain", "immunostain", "immunohisto", "test", "analys", "sequencing", "assay", "evaluation"];

    /// <summary>
    /// A name written out before a bracketed abbreviation of another marker ("transcription termination factor 1
    /// (TTF1)", where the writer means TTF-1) yields to the abbreviation: the writer names the marker by it, and the
    /// list reading steps over the written-out words.
    /// </summary>
    private void DropNamesBeforeTheirAbbreviation(string text, List<PhraseMatch<MarkerEntry>> mentions)
    {
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var yields = lexicon.IsWrittenName(mentions[i].Value) && i + 1 < mentions.Count
                && mentions[i + 1].Value.Name != mentions[i].Value.Name && AbbreviationFollows(text, mentions[i].End, mentions[i + 1]);
            if (!yields)
            {
                mentions[kept++] = mentions[i];
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    private static bool AbbreviationFollows(string text, int end, PhraseMatch<MarkerEntry> next)
    {
        var p = end;
        while (p < next.Start && text[p] == ' ')
        {
            p++;
        }

        return p == next.Start - 1 && text[p] == '(' && next.End < text.Length && text[next.End] == ')';
    }

    /// <summary>
    /// A protein written out by its name ("thyroid peroxidase") or a serum marker followed by the word antibodies
    /// ("thyroglobulin antibodies were raised"): the patient's antibodies to it were measured, so it is no marker. A serum
    /// marker's antibody alone ("negative for anti-CEA") names the stain.
    /// </summary>
    private bool TargetOfAutoantibodies(string text, PhraseMatch<MarkerEntry> mention) =>
        (lexicon.IsWrittenName(mention.Value) && MarkerAutoantibodies.Names(text, mention.Start, mention.End))
        || (mention.Value.Kind == MarkerKind.Serum && MarkerAutoantibodies.AntibodyAfter(text, mention.End));

    /// <summary>The most characters before an antibody's name searched for a word of staining.</summary>
    private const int StainWordReach = 80;

    /// <summary>
    /// "positive immunostaining with anti-SMA and anti-desmin antibodies": an antibody named in a sentence of staining is
    /// the stain for its marker, not a treatment ("an anti-CD20 antibody" given) nor part of another name.
    /// </summary>
    private static bool StainingAntibody(string text, int start)
    {
        if (start < 5 || !text.AsSpan(start - 5, 5).Equals("anti-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var from = Math.Max(0, start - StainWordReach);
        var before = text.AsSpan(from, start - from);
        var stop = before.LastIndexOfAny('.', ';');
        before = stop < 0 ? before : before[(stop + 1)..];
        return before.Contains("stain", StringComparison.OrdinalIgnoreCase) || before.Contains("immunohisto", StringComparison.OrdinalIgnoreCase)
            || before.Contains("IHC", StringComparison.Ordinal);
    }

    /// <summary>A gene symbol that ends a word joined by a hyphen ("Ber-EP4", "anti-CD20"): part of another name, not a gene.</summary>
    private static bool GluedToWord(string text, int start)
    {
        if (start < 2 || text[start - 1] != '-' || !char.IsLetterOrDigit(text[start - 2]))
        {
            return false;
        }

        for (var p = start - 2; p >= 0 && char.IsLetterOrDigit(text[p]); p--)
        {
            if (char.IsLower(text[p]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One fact per distinct statement: repeats dropped, and a fact that another states more fully ("PD-L1 positive" beside
    /// "PD-L1 TPS 80% positive") folded into it. A scored high result states a bare positive more fully ("PD-L1 positive"
    /// beside "PD-L1 TPS 80%", high by its cut-off); a raised serum level states no stain of the tumour.
    /// </summary>
    internal static List<MarkerFact> Distinct(List<MarkerFact> facts)
    {
        // only facts of the same patient, name and result (high read as positive) can subsume one another: each is compared within its group
        var groups = new Dictionary<(string Patient, string Name, string? Result), List<int>>();
        for (var i = 0; i < facts.Count; i++)
        {
            var key = GroupKey(facts[i]);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }

            group.Add(i);
        }

        var kept = new List<MarkerFact>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var subsumed = false;
            foreach (var j in groups[GroupKey(fact)])
            {
                if (i != j && Subsumes(facts[j], fact) && (!Subsumes(fact, facts[j]) || j < i))
                {
                    subsumed = true;
                    break;
                }
            }

            if (!subsumed)
            {
                kept.Add(fact);
            }
        }

        return kept;
    }

    /// <summary>
    /// A value that is a score or a share of cells ("TPS 80%", "CPS 15", "Ki-67 70%"), not a level in the blood: a raised
    /// serum level ("calcitonin 4,820 pg/mL") and a stain of the same protein in the tumour ("positive for calcitonin")
    /// are two facts.
    /// </summary>
    private static bool IsScore(MarkerFact fact) => fact.Value is not null && fact.Unit is null or "%" or "mut/Mb";

    private static (string Patient, string Name, string? Result) GroupKey(MarkerFact fact) =>
        (fact.Patient, fact.Name, fact.Result == HighResult ? PositiveResult : fact.Result);

    private static bool Subsumes(MarkerFact wide, MarkerFact narrow) =>
        wide.Patient == narrow.Patient && wide.Name == narrow.Name
        && (wide.Result == narrow.Result || (wide.Result == HighResult && narrow.Result == PositiveResult && (IsScore(wide) || wide.Method is not null)))
        && (narrow.Variant is null || narrow.Variant == wide.Variant)
        && (narrow.Value is null || narrow.Value == wide.Value)
        && (narrow.Unit is null || narrow.Unit == wide.Unit)
        && (narrow.Method is null || narrow.Method == wide.Method);
}
