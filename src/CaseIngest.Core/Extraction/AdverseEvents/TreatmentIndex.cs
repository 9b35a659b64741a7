using System.Runtime.InteropServices;
using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The given treatments of a document, indexed once: every mention of a given drug's words (its first mention as
/// written and its generic name) and of a given radiotherapy course in text order, per patient the mentions of
/// anticancer treatments, and the occurrences of each given drug's first-mention words. Lookups are binary searches
/// (<see cref="MentionSearch"/>), so the adverse-event step never walks the treatments per event.
/// </summary>
internal sealed class TreatmentIndex
{
    public const string Radiotherapy = "radiotherapy";

    private readonly ExtractionContext _context;
    private readonly List<TreatmentMention> _mentions = [];
    private readonly Dictionary<(string Patient, int Scope), List<TreatmentMention>> _anticancer = [];
    private readonly SectionThresholds _thresholds;
    private readonly HashSet<string> _irradiated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _corticosteroids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _classes = new(StringComparer.Ordinal);

    /// <summary>How many sentences before a part of a regimen are read for the regimen it belongs to.</summary>
    private const int RegimenReach = 3;

    /// <summary>Words telling a part of a regimen given as a course of its own ("paclitaxel monotherapy", "switched to", "maintenance").</summary>
    private static readonly string[] NewCourse =
        ["monotherapy", "alone", "single agent", "single-agent", "maintenance", "switched", "changed to", "replaced", "instead", "second-line", "second line", "discontinued", "stopped", "withdrawn", "omitted"];

    /// <summary>The drug class of the case record for corticosteroids.</summary>
    private const string Corticosteroid = "corticosteroid";

    public TreatmentIndex(ExtractionContext context, AttributionCues cues)
    {
        _context = context;
        First = int.MaxValue;
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // a word may stand for several drugs: a regimen's name ("R-CHOP", "FOLFOX") is the first mention of each of its drugs
        var words = new Dictionary<string, List<TreatmentMention>>(StringComparer.OrdinalIgnoreCase);
        var acronyms = new Dictionary<string, List<TreatmentMention>>(StringComparer.Ordinal);
        foreach (var drug in context.Drugs)
        {
            if (drug.Status != TreatmentStatus.Given)
            {
                continue;
            }

            var kind = new TreatmentMention(0, 0, drug.Name, drug.Patient, (drug.DrugClass is { } drugClass && cues.AnticancerClasses.Contains(drugClass)) || cues.AnticancerDrugs.Contains(drug.Name));
            if (drug.DrugClass is { } named)
            {
                _classes.TryAdd(drug.Name, named);
            }

            if (string.Equals(drug.DrugClass, Corticosteroid, StringComparison.Ordinal))
            {
                _corticosteroids.Add(drug.Name);
            }

            if (drug.Evidence.Text.Length > 2)
            {
                texts.Add(drug.Evidence.Text);
                AddWord(words, drug.Evidence.Text, kind);
            }

            AcronymMentions.Add(acronyms, drug.Evidence.Text, kind);

            if (drug.Name.Length > 2)
            {
                AddWord(words, drug.Name, kind);
            }
        }

        // a drug is stated once with its first mention: every mention of its words in the text is a mention of it;
        // the occurrences of every word and first mention are found in one pass over the text
        // a mention the record holds as not given ("cyclophosphamide was proposed but refused") is no mention of the drug
        // given later
        // ("nitrofurantoin was withheld" after it was given tells the course paused, and stays a mention of it)
        var notGiven = new HashSet<int>();
        foreach (var drug in context.Drugs)
        {
            if (drug.Status != TreatmentStatus.Given && !(DrugHeldWording.After(context.Text, drug.Evidence.End) && DrugEventPhrases.GivenBefore(context.Drugs, drug)))
            {
                notGiven.Add(drug.Evidence.Start);
            }
        }

        var needles = new List<string>(words.Keys);
        needles.AddRange(texts);
        var occurrences = OccurrenceScan.Find(context.Text, needles);
        var next = 0;
        foreach (var (word, kinds) in words)
        {
            foreach (var at in occurrences[next++])
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(context.Text[at - 1])) && (end == context.Text.Length || !char.IsLetterOrDigit(context.Text[end]))
                    && !notGiven.Contains(at))
                {
                    for (var k = 0; k < kinds.Count; k++)
                    {
                        _mentions.Add(kinds[k] with { Start = at, End = end, Patient = context.PatientAt(at), Secondary = k > 0 });
                    }
                }
            }
        }

        AcronymMentions.Find(context, acronyms, notGiven, _mentions);
        foreach (var course in context.Radiotherapy)
        {
            if (course.Status == TreatmentStatus.Given)
            {
                _mentions.Add(new TreatmentMention(course.Evidence.Start, course.Evidence.End, Radiotherapy, course.Patient, true));
                _irradiated.Add(course.Patient);
            }
        }

        // a stable order: the drugs one word stands for keep the order of the record
        var ordered = _mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
        _mentions.Clear();
        _mentions.AddRange(ordered);
        WiderNames.DropCovered(_mentions);
        RegimenPartners.Mark(_mentions, context);
        foreach (var drug in context.Drugs)
        {
            if (drug.Status == TreatmentStatus.Given)
            {
                First = Math.Min(First, drug.Evidence.Start);
            }
        }

        foreach (var course in context.Radiotherapy)
        {
            if (course.Status == TreatmentStatus.Given)
            {
                First = Math.Min(First, course.Evidence.Start);
            }
        }

        // the first mentions of the given drugs, where a section's first treatment is looked for
        var firstMentions = new List<int[]>();
        for (var i = words.Count; i < needles.Count; i++)
        {
            firstMentions.Add(occurrences[i]);
        }

        _thresholds = new SectionThresholds(context, this, firstMentions, First);

        foreach (var mention in _mentions)
        {
            if (mention.Anticancer && Scope(mention.Start) is { } scope)
            {
                var key = (mention.Patient, scope);
                if (!_anticancer.TryGetValue(key, out var list))
                {
                    _anticancer[key] = list = [];
                }

                list.Add(mention);
            }
        }
    }

    /// <summary>
    /// The therapy of an event less the corticosteroids of a regimen when the event is a fall of blood counts
    /// (<see cref="AttributionCues.Marrow"/>) and other drugs remain: the steroid of R-CHOP does not suppress the marrow.
    /// </summary>
    public IReadOnlyList<string> LessCorticosteroidsOfMarrowEvent(IReadOnlyList<string> therapy, bool marrow) =>
        marrow && therapy.Any(_corticosteroids.Contains) && !therapy.All(_corticosteroids.Contains)
            ? [.. therapy.Where(t => !_corticosteroids.Contains(t))]
            : therapy;

    /// <summary>The drug class of a given drug; null when it has none.</summary>
    public string? ClassOf(string name) => _classes.GetValueOrDefault(name);

    /// <summary>Where the first given treatment is mentioned; int.MaxValue when there is none.</summary>
    public int First { get; }

    /// <summary>Whether the patient was given radiotherapy.</summary>
    public bool HasRadiotherapy(string patient) => _irradiated.Contains(patient);

    /// <summary>The given treatments mentioned within [from, to), in text order: a slice of the index, read in place.</summary>
    public ReadOnlySpan<TreatmentMention> Between(int from, int to)
    {
        var first = MentionSearch.LowerBound(_mentions, from);
        var last = first;
        while (last < _mentions.Count && _mentions[last].Start < to)
        {
            last++;
        }

        return CollectionsMarshal.AsSpan(_mentions)[first..last];
    }

    /// <summary>Whether any of <paramref name="mentions"/> is an anticancer treatment.</summary>
    public static bool AnyAnticancer(ReadOnlySpan<TreatmentMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Anticancer)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The given drugs of <paramref name="patient"/> of one drug class first named before <paramref name="offset"/>, in text order.</summary>
    public List<string> OfClassBefore(string patient, string drugClass, int offset)
    {
        var names = new List<string>();
        foreach (var drug in _context.Drugs)
        {
            if (drug.Status == TreatmentStatus.Given && drug.Patient == patient && drug.Evidence.Start < offset
                && string.Equals(drug.DrugClass, drugClass, StringComparison.Ordinal) && !names.Contains(drug.Name))
            {
                names.Add(drug.Name);
            }
        }

        return names;
    }

    /// <summary>
    /// The anticancer treatments of <paramref name="patient"/> named last before <paramref name="offset"/>, with those
    /// named in the same sentence (a regimen: "carboplatin and etoposide"); a sentence naming part of the regimen of an
    /// earlier one ("Cisplatin was given at 75 mg/m2 on day 1") stands for the whole regimen, unless it tells the part
    /// given as a course of its own ("paclitaxel alone"). In the title or abstract they are read in that section,
    /// elsewhere in the narrative of the case.
    /// </summary>
    public List<string> LatestBefore(string patient, int offset)
    {
        var names = new List<string>();
        var scope = Scope(offset) ?? -1;
        if (!_anticancer.TryGetValue((patient, scope), out var list))
        {
            return names;
        }

        var last = MentionSearch.LowerBound(list, offset) - 1;
        if (last < 0)
        {
            return names;
        }

        var at = last;
        var sentence = SentenceNames(list, ref at, names);
        var told = _context.Sentences[sentence];
        var words = _context.Text.AsSpan(told.Start, told.Length);
        foreach (var cue in NewCourse)
        {
            if (words.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return names;
            }
        }

        // a sentence telling part of the regimen named before it ("Cisplatin was given at 75 mg/m2 on day 1") stands for the regimen
        for (var step = 0; step < RegimenReach && at >= 0; step++)
        {
            var earlier = new List<string>();
            SentenceNames(list, ref at, earlier);
            if (!names.TrueForAll(earlier.Contains))
            {
                break;
            }

            names = earlier;
        }

        return names;
    }

    /// <summary>
    /// The anticancer treatments of <paramref name="patient"/> named in the last sentence before <paramref name="offset"/>
    /// that names one that <paramref name="keep"/> accepts (read in the same scope as <see cref="LatestBefore(string, int)"/>):
    /// the course of one kind of treatment given before a course of another kind.
    /// </summary>
    public List<string> LatestBefore(string patient, int offset, Func<string, bool> keep)
    {
        var names = new List<string>();
        var scope = Scope(offset) ?? -1;
        if (!_anticancer.TryGetValue((patient, scope), out var list))
        {
            return names;
        }

        for (var at = MentionSearch.LowerBound(list, offset) - 1; at >= 0; at--)
        {
            if (keep(list[at].Name))
            {
                SentenceNames(list, ref at, names);
                break;
            }
        }

        return names;
    }

    /// <summary>Adds to <paramref name="names"/> the treatments of the sentence of mention <paramref name="at"/> told at or before it, moving <paramref name="at"/> before them; returns the sentence's index.</summary>
    private int SentenceNames(List<TreatmentMention> list, ref int at, List<string> names)
    {
        var sentence = _context.SentenceIndexAt(list[at].Start);
        for (; at >= 0 && _context.SentenceIndexAt(list[at].Start) == sentence; at--)
        {
            if (!names.Contains(list[at].Name))
            {
                names.Insert(0, list[at].Name);
            }
        }

        return sentence;
    }

    /// <summary>
    /// Where the treatment that an event in the narrative may follow is first named (<see cref="SectionThresholds"/>).
    /// </summary>
    public int Threshold(int start) => _thresholds.Of(start);

    /// <summary>Notes that <paramref name="word"/> names the drug of <paramref name="kind"/>, once per drug, in the order of the record.</summary>
    private static void AddWord(Dictionary<string, List<TreatmentMention>> words, string word, TreatmentMention kind)
    {
        if (!words.TryGetValue(word, out var kinds))
        {
            words[word] = kinds = [];
        }

        if (!kinds.Exists(k => k.Name == kind.Name))
        {
            kinds.Add(kind);
        }
    }

    /// <summary>The section that treatment starts are read in: a title or abstract is its own; the case narrative is -1; other sections none.</summary>
    private int? Scope(int offset) => _context.SectionAt(offset) is { } section
        ? section.Kind switch
        {
            SectionKind.Title or SectionKind.Abstract => section.Start,
            SectionKind.Introduction or SectionKind.Discussion or SectionKind.References or SectionKind.Chrome
                or SectionKind.Metadata or SectionKind.BackMatter or SectionKind.Caption => null,
            _ => -1,
        }
        : -1;
}
