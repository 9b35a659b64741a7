using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The kinds of treatment a word names as a whole ("immunotherapy", "checkpoint inhibitor"; "chemotherapy", "chemo"),
/// each with the drug classes of it (the "kindword" and "kindclass" cues). An event whose sentence names one kind and
/// not the other, and that the narrative order gives to several drugs, is the event of the drugs of that kind among
/// them: "colitis on immunotherapy" after carboplatin, pemetrexed and pembrolizumab is the pembrolizumab's; "neutropenia
/// during chemotherapy" is the carboplatin's and the pemetrexed's. Chemotherapy keeps the drugs given with the cytotoxic
/// ones that are no anticancer drug of another class (the leucovorin of FOLFOX). When no drug is of the kind named, the
/// event stays with all of them.
/// </summary>
internal sealed class TreatmentKinds
{
    private const string Immunotherapy = "immunotherapy";
    private const string Chemotherapy = "chemotherapy";

    private readonly CueSet _immunotherapy;
    private readonly CueSet _chemotherapy;
    private readonly HashSet<string> _immunotherapyClasses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _chemotherapyClasses = new(StringComparer.Ordinal);

    private TreatmentKinds(CueSet immunotherapy, CueSet chemotherapy)
    {
        _immunotherapy = immunotherapy;
        _chemotherapy = chemotherapy;
    }

    public static TreatmentKinds Read(IReadOnlyList<string> words, IReadOnlyList<string> classes, string source)
    {
        var byKind = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [Immunotherapy] = [], [Chemotherapy] = [] };
        foreach (var word in words)
        {
            byKind[KindOf(word, source)].Add(word[(word.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        }

        var kinds = new TreatmentKinds(new CueSet([.. byKind[Immunotherapy]]), new CueSet([.. byKind[Chemotherapy]]));
        foreach (var pair in classes)
        {
            var drugClass = pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..];
            (KindOf(pair, source) == Immunotherapy ? kinds._immunotherapyClasses : kinds._chemotherapyClasses).Add(drugClass);
        }

        return kinds;
    }

    private static string KindOf(string pair, string source)
    {
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        var kind = colon > 0 ? pair[..colon] : string.Empty;
        if (kind is not (Immunotherapy or Chemotherapy) || colon == pair.Length - 1)
        {
            throw new LexiconException($"{source}: '{pair}' is no kind:cue pair of a kind immunotherapy or chemotherapy.");
        }

        return kind;
    }

    /// <summary>The one kind of treatment <paramref name="words"/> name: null when they name none or both.</summary>
    public string? KindNamed(ReadOnlySpan<char> words)
    {
        var immunotherapy = _immunotherapy.ContainsWord(words);
        return immunotherapy == _chemotherapy.ContainsWord(words) ? null : immunotherapy ? Immunotherapy : Chemotherapy;
    }

    /// <summary>Whether a drug of class <paramref name="drugClass"/> is a drug of <paramref name="kind"/> (<see cref="KindNamed"/>).</summary>
    public bool IsOf(string kind, string? drugClass) =>
        drugClass is not null && (kind == Immunotherapy ? _immunotherapyClasses : _chemotherapyClasses).Contains(drugClass);

    /// <summary>
    /// The drugs of <paramref name="therapy"/> of the one kind of treatment <paramref name="sentence"/> names; the
    /// treatments unchanged when it names none or both, or no drug of them is of the kind.
    /// </summary>
    public List<string> Narrow(ReadOnlySpan<char> sentence, List<string> therapy, Func<string, string?> classOf, AttributionCues cues)
    {
        if (therapy.Count < 2 || !(sentence.Contains("therap", StringComparison.OrdinalIgnoreCase) || sentence.Contains("chemo", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("checkpoint", StringComparison.OrdinalIgnoreCase)))
        {
            return therapy;
        }

        var immunotherapy = _immunotherapy.ContainsWord(sentence);
        if (immunotherapy == _chemotherapy.ContainsWord(sentence))
        {
            return therapy;
        }

        List<string> narrowed = immunotherapy
            ? [.. therapy.Where(t => classOf(t) is { } c && _immunotherapyClasses.Contains(c))]
            : therapy.Exists(t => classOf(t) is { } c && _chemotherapyClasses.Contains(c))
                ? [.. therapy.Where(t => classOf(t) is not { } c ? !cues.AnticancerDrugs.Contains(t) : _chemotherapyClasses.Contains(c) || !cues.AnticancerClasses.Contains(c))]
                : [];
        return narrowed.Count > 0 ? narrowed : therapy;
    }
}
