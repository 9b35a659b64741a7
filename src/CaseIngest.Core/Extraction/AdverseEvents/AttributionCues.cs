using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>The cue phrases of Lexicons/Data/adverse-event-cues.tsv, one set per kind (the file's header explains each kind).</summary>
internal sealed class AttributionCues
{
    public const string Source = "adverse-event-cues.tsv";

    private static readonly string[] Kinds = ["tie", "cause", "after", "treatment", "history", "presentation", "dated", "disease", "surgery", "remedy", "breaker", "progression", "anticancer", "othercause", "resolution", "abatement", "finding", "tumour", "infection", "ruledout", "excluded", "anchor", "steroid", "purpose", "pathogen", "neoplasm", "concession", "measure", "illness", "stop", "antineoplastic", "marrow", "administration", "complication", "accident", "kindword", "kindclass"];

    public AttributionCues(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var cues = Kinds.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (line, text) in lines)
        {
            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == text.Length - 1 || !cues.TryGetValue(text[..tab], out var list))
            {
                throw new LexiconException($"{source}:{line}: expected kind<TAB>cue with a kind of {string.Join(", ", Kinds)}.");
            }

            list.Add(text[(tab + 1)..]);
        }

        foreach (var (kind, list) in cues)
        {
            if (list.Count == 0)
            {
                throw new LexiconException($"{source}: no cue of kind '{kind}'.");
            }
        }

        Tie = new CueSet([.. cues["tie"]]);
        Cause = new CueSet([.. cues["cause"]]);
        After = new CueSet([.. cues["after"]]);
        Link = new CueSet([.. cues["cause"], .. cues["after"]]);
        Ascribe = new CueSet([.. cues["cause"].Where(c => c.Contains(' ', StringComparison.Ordinal))]);
        Treatment = new CueSet([.. cues["treatment"]]);
        History = new CueSet([.. cues["history"]]);
        Presentation = new CueSet([.. cues["presentation"]]);
        Dated = new CueSet([.. cues["dated"]]);
        Disease = new CueSet([.. cues["disease"]]);
        Surgery = new CueSet([.. cues["surgery"]]);
        Remedy = new CueSet([.. cues["remedy"]]);
        Breaker = new CueSet([.. cues["breaker"]]);
        Progression = new CueSet([.. cues["progression"]]);
        OtherCause = new CueSet([.. cues["othercause"]]);
        Resolution = new CueSet([.. cues["resolution"]]);
        Abatement = new CueSet([.. cues["abatement"]]);
        Finding = new CueSet([.. cues["finding"]]);
        Tumour = new CueSet([.. cues["tumour"]]);
        Infection = new CueSet([.. cues["infection"]]);
        RuledOut = new CueSet([.. cues["ruledout"]]);
        Excluded = new CueSet([.. cues["excluded"]]);
        AnchorPhrases = [.. cues["anchor"]];
        Anchor = new CueSet([.. AnchorPhrases]);
        Steroid = new CueSet([.. cues["steroid"]]);
        // longest first, so that "for the treatment of" is taken whole rather than as "for"
        PurposePhrases = [.. cues["purpose"].OrderByDescending(c => c.Length).ThenBy(c => c, StringComparer.Ordinal)];
        Pathogen = new CueSet([.. cues["pathogen"]]);
        Neoplasm = new CueSet([.. cues["neoplasm"]]);
        ConcessionPhrases = [.. cues["concession"].OrderByDescending(c => c.Length).ThenBy(c => c, StringComparer.Ordinal)];
        Measure = new CueSet([.. cues["measure"]]);
        Illness = new CueSet([.. cues["illness"]]);
        Stop = new CueSet([.. cues["stop"]]);
        AnticancerClasses = new HashSet<string>(cues["anticancer"], StringComparer.OrdinalIgnoreCase);
        AnticancerDrugs = new HashSet<string>(cues["antineoplastic"], StringComparer.OrdinalIgnoreCase);
        Marrow = new HashSet<string>(cues["marrow"], StringComparer.Ordinal);
        Administration = new CueSet([.. cues["administration"]]);
        Complication = new CueSet([.. cues["complication"]]);
        KindsOfTreatment = TreatmentKinds.Read(cues["kindword"], cues["kindclass"], source);
        Accident = new CueSet([.. cues["accident"]]);
    }

    public static AttributionCues LoadDefault() => new(LexiconResource.ReadLines(Source), Source);

    /// <summary>Words that tie an event to a treatment wherever they stand in its sentence.</summary>
    public CueSet Tie { get; }

    /// <summary>Words after an event that name its cause.</summary>
    public CueSet Cause { get; }

    /// <summary>The cause words of several words, which ascribe an event to what follows ("attributed to", "due to"), unlike "on" or "from".</summary>
    public CueSet Ascribe { get; }

    /// <summary>Temporal words ("after", "during").</summary>
    public CueSet After { get; }

    /// <summary>Cause and temporal words together: what may stand between an event and the treatment it follows.</summary>
    public CueSet Link { get; }

    /// <summary>Nouns that stand for a treatment ("immunotherapy", "two cycles").</summary>
    public CueSet Treatment { get; }

    public CueSet History { get; }

    public CueSet Presentation { get; }

    /// <summary>Words that date a sentence within or after a treatment ("while on", "three months later").</summary>
    public CueSet Dated { get; }

    public CueSet Disease { get; }

    /// <summary>Matched inside words ("-ectomy").</summary>
    public CueSet Surgery { get; }

    public CueSet Remedy { get; }

    public CueSet Breaker { get; }

    /// <summary>Words telling the course of the tumour ("progressed", "new metastases").</summary>
    public CueSet Progression { get; }

    /// <summary>Nouns after a cause word that name a cause other than a treatment ("from norovirus infection").</summary>
    public CueSet OtherCause { get; }

    /// <summary>Words right after an event that tell it ending ("disappeared", "resolved").</summary>
    public CueSet Resolution { get; }

    /// <summary>Nouns of an event ending that, before "of" and the event, tell it ending ("a lightening of the erythema").</summary>
    public CueSet Abatement { get; }

    /// <summary>Words of a test finding something ("revealed", "showed").</summary>
    public CueSet Finding { get; }

    /// <summary>Nouns of a tumour found by a test ("a mass", "liver metastases").</summary>
    public CueSet Tumour { get; }

    /// <summary>Nouns of an infection found by a test ("pneumonia", "Escherichia coli").</summary>
    public CueSet Infection { get; }

    /// <summary>Words after an event that rule out a treatment as its cause ("unrelated to", "not drug-related").</summary>
    public CueSet RuledOut { get; }

    /// <summary>Nouns of an event a treatment causes that the authors may rule out for another cause ("pneumonitis was excluded").</summary>
    public CueSet Excluded { get; }

    /// <summary>Phrases that use a tie word to date the text from the end of a treatment ("after the discontinuation of").</summary>
    public CueSet Anchor { get; }

    /// <summary>The phrases of <see cref="Anchor"/>.</summary>
    public IReadOnlyList<string> AnchorPhrases { get; }

    /// <summary>Words that name corticosteroids as the cause of the event they qualify ("steroid-induced").</summary>
    public CueSet Steroid { get; }

    /// <summary>Phrases that open a clause naming what a drug is given for ("for her", "to control"), longest first.</summary>
    public IReadOnlyList<string> PurposePhrases { get; }

    /// <summary>Names of infections caught from outside, not made possible by a treatment ("COVID-19", "influenza").</summary>
    public CueSet Pathogen { get; }

    /// <summary>Nouns of the patient's cancer named as a cause ("from her small cell lung cancer").</summary>
    public CueSet Neoplasm { get; }

    /// <summary>Phrases that open a sentence telling an event in spite of a treatment ("despite"), longest first.</summary>
    public IReadOnlyList<string> ConcessionPhrases { get; }

    /// <summary>Nouns of the care given, which after a concession stand for the treatments told before ("despite these measures").</summary>
    public CueSet Measure { get; }

    /// <summary>Words right before a treatment noun that make it the course of the illness ("an uneventful course").</summary>
    public CueSet Illness { get; }

    /// <summary>Words of a drug being stopped, which after a temporal word date the sentence from the stop ("after levodopa was withheld").</summary>
    public CueSet Stop { get; }

    /// <summary>Drug classes of anticancer treatments.</summary>
    public IReadOnlySet<string> AnticancerClasses { get; }

    /// <summary>Generic names of anticancer drugs that no drug class of the case record fits (bortezomib, lenalidomide).</summary>
    public IReadOnlySet<string> AnticancerDrugs { get; }

    /// <summary>Event terms of a fall of blood counts, which the corticosteroids of a regimen do not cause.</summary>
    public IReadOnlySet<string> Marrow { get; }

    /// <summary>Nouns of one giving of a drug ("a course of", "the first infusion of").</summary>
    public CueSet Administration { get; }

    /// <summary>Words that tell an event as what a treatment's course led to ("complicated by", "followed by").</summary>
    public CueSet Complication { get; }

    /// <summary>Words of a fall or an accident that cause the injury told after them ("fell and sustained a hip fracture").</summary>
    public CueSet Accident { get; }

    /// <summary>The kinds of treatment a word names as a whole ("immunotherapy", "chemotherapy") with the drug classes of each.</summary>
    public TreatmentKinds KindsOfTreatment { get; }
}
