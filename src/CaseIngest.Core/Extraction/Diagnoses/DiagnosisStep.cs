using System.Collections.Frozen;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The principal diagnoses of each patient: lexicon names (Lexicons/Data/diagnoses.tsv) and, for cancers the
/// lexicon lacks, "&lt;site&gt; carcinoma/sarcoma/lymphoma/cancer" or "… of the &lt;organ&gt;"; metastases by the organ they
/// reached ("hepatic metastases" → liver metastasis). One fact per patient and
/// name, the first affirmed mention in text about the case as evidence; negated, uncertain and relatives'
/// diagnoses are left out, and a broader name gives way to a narrower one ("lung cancer" to "lung adenocarcinoma").
/// </summary>
public sealed partial class DiagnosisStep : IExtractionStep
{
    private readonly TermMatcher<DiagnosisEntry> _matcher;
    private readonly OncoTreeVocabulary? _oncoTree;

    // the readers take the lexicon and the vocabulary as delegates, made once here rather than at each call
    private readonly Func<string, string?> _nameOf;
    private readonly Func<string, OncoTreeNode?>? _findNode;

    public DiagnosisStep()
        : this(DiagnosisLexicon.LoadDefault())
    {
    }

    internal DiagnosisStep(IReadOnlyList<(int Line, string Text)> lines, string source, OncoTreeVocabulary? oncoTree = null)
        : this(DiagnosisLexicon.Build(lines, source, oncoTree))
    {
    }

    internal DiagnosisStep(DiagnosisLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _matcher = lexicon.Matcher;
        _oncoTree = lexicon.OncoTree;
        _nameOf = NameOf;
        _findNode = _oncoTree is { } tree ? tree.Find : null;
    }

    public string Name => "diagnoses";

    /// <summary>The diagnosis name a whole phrase gives ("UPS" → undifferentiated pleomorphic sarcoma), or null.</summary>
    internal string? NameOf(string phrase) =>
        _matcher.TryGet(phrase, out var entry) && entry.Name != Blocked ? entry.Name : null;

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var found = new List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)>();
        var covered = new List<(int Start, int End)>();

        // the ends of mentions the wording diagnoses, which the next item of their list continues
        var diagnosedEnds = new List<int>();
        foreach (var match in _matcher.Match(text, context.Tokens))
        {
            covered.Add((match.Start, match.End));
            if (match.Value.Name == Blocked || DefinedOtherwise(context, match.Start, match.End, match.Value.Name) || !Accept(context, match.Start, match.End)
                || (!IsCancer(match.Value.Name) && _oncoTree?.Find(match.Value.Name) is null && MentionFilters.Comorbidity(text, context.SentenceAt(match.Start), match.Start, match.End)))
            {
                continue;
            }

            // a histology without site takes the organ that follows: "squamous cell carcinoma of the oral cavity"
            var (name, start, end) = (match.Value.Name, match.Start, match.End);
            if (Histologies.Contains(name) && HistologicType.After(text, end) is var (type, typedEnd))
            {
                // "adenocarcinoma of the mucinous type": the words after "of the" are its type, not its organ
                AddTyped(context, found, type + " " + name, start, typedEnd, match.Value.Broader);
                continue;
            }

            // or the vocabulary's cancer of that organ: "endometrioid carcinoma of the ovary", "adenocarcinoma of the sigmoid colon"
            var organ = Histologies.Contains(name) ? OrganNaming.After(text, end) : null;
            var phrase = organ is { } organEnd ? text.Substring(end, organEnd - end).Trim().ToLowerInvariant() : null;
            if (organ is null && name.EndsWith("carcinoma", StringComparison.Ordinal) && Histologies.Contains(name) && PostposedOrgan.After(text, end) is var (postposed, postposedEnd))
            {
                // "squamous cell carcinoma tongue": the organ written after the histology without "of"
                (name, end) = (PostposedName(name, postposed), postposedEnd);
            }
            else if (phrase is not null && OrganNaming.Adjectives.TryGetValue(phrase[7..], out var adjective))
            {
                (name, end) = (adjective + " " + name, organ!.Value);
            }
            else if (_oncoTree is { } histologyTree && SitedHistology.Resolve(text, start, end, name, _nameOf, _findNode ?? histologyTree.Find) is var (sited, sitedEnd))
            {
                (name, end) = (sited, sitedEnd);
            }
            else if (phrase is not null)
            {
                (name, end) = (name + " " + phrase, organ!.Value);
            }
            else if (Histologies.Contains(name) && LesionOrgan.Before(context, start) is { } lesionOrgan
                && NameOf(OrganNaming.Adjectives[lesionOrgan] + " " + name) is { } lesionName)
            {
                // "a mass in the right lower lobe. Biopsy confirmed adenocarcinoma": the organ of the lesion examined
                name = lesionName;
            }

            InSituWording.Apply(text, ref name, ref start, ref end);
            found.Add((context.PatientAt(start), name, start, end, match.Value.Broader));
            if (DiagnosingWording.Diagnoses(text, context.SentenceAt(start), start, end, disease: false))
            {
                diagnosedEnds.Add(end);
            }
        }

        // "neuroendocrine (carcinoid) tumor": the phrase without its bracketed word, where no lexicon phrase was found
        foreach (var (start, end, phrase) in BracketedWording.Find(text, context.Tokens, p => NameOf(p) is not null))
        {
            if (!Overlaps(covered, start, end) && _matcher.TryGet(phrase, out var entry) && Accept(context, start, end))
            {
                found.Add((context.PatientAt(start), entry.Name, start, end, entry.Broader));
            }
        }

        // a condition outside the cancer vocabularies ("pneumonia", "pulmonary hypertension") where the report diagnoses
        // it, or where it follows a diagnosed one in a list; one whose name holds a vocabulary's ("lupus nephritis") is
        // read whole, in place of the shorter name
        foreach (var match in DiagnosedConditions.Default.Match(text, context.Tokens))
        {
            var sentence = context.SentenceAt(match.Start);
            var holds = HoldsMentions(covered, match.Start, match.End);
            if ((holds || !Overlaps(covered, match.Start, match.End))
                && (DiagnosingWording.Diagnoses(text, sentence, match.Start, match.End, match.Value.Disease) || ListedDiagnoses.Continues(text, sentence, match.Start, diagnosedEnds)
                    || DiagnosisListLines.OnDiagnosisLine(text, context.Sentences, context.SentenceIndexAt(match.Start)))
                && Accept(context, match.Start, match.End) && !MentionFilters.Comorbidity(text, sentence, match.Start, match.End))
            {
                if (holds)
                {
                    RemoveInside(found, match.Start, match.End);
                }

                found.Add((context.PatientAt(match.Start), match.Value.Name, match.Start, match.End, []));
                diagnosedEnds.Add(match.End);
            }
        }

        // a diagnosis written only as its initialism ("confirmed SFT", "AKI was diagnosed"), where the wording diagnoses it
        // and the report does not spell the initialism out as another name ("giant cell tumor (GCT)" is no granular cell tumor)
        foreach (var (start, end, condition) in InitialismDiagnoses.Default.Find(text, context.Tokens, _oncoTree, _nameOf))
        {
            var sentence = context.SentenceAt(start);
            if (!Overlaps(covered, start, end) && !context.Abbreviations.DefinesOtherwise(text[start..end], longForm => Spelled(longForm).Contains(Spelled(condition.Name), StringComparison.OrdinalIgnoreCase))
                && DiagnosingWording.Diagnoses(text, sentence, start, end, condition.Disease)
                && Accept(context, start, end) && !MentionFilters.Comorbidity(text, sentence, start, end))
            {
                found.Add((context.PatientAt(start), condition.Name, start, end, []));
            }
        }

        // an infection named by the organism a culture or a nucleic-acid test found ("PCR was positive for VZV DNA")
        foreach (var sentence in context.Sentences)
        {
            foreach (var (start, end, condition) in OrganismFindings.Find(context, sentence))
            {
                if (Accept(context, start, end))
                {
                    found.Add((context.PatientAt(start), condition.Name, start, end, []));
                }
            }
        }

        // the pattern runs only around head nouns ("carcinoma", "sarcoma" …), from three words before
        var tokens = context.Tokens.AsSpan();
        var heads = DiagnosisPatterns.Heads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Length is < 6 or > 16)
            {
                continue;
            }

            // asked again per word: the matching below may lower-case another text on this thread
            var word = LowerCasedText.Of(text).Slice(token.Start, token.Length);
            // "nodal disease": the nodes' disease heads a nodal metastasis as "metastases" does
            if (SiteMetastasis.IsHead(word) || (word is "disease" && t > 0
                && SiteMetastasis.IsNodalWord(LowerCasedText.Of(text).Slice(tokens[t - 1].Start, tokens[t - 1].Length))))
            {
                SiteMetastasisMentions.Add(context, t, found, Accept, IsCancer);
                continue;
            }

            // "diagnosed with Fanconi syndrome": a name no vocabulary lists, where the wording diagnoses it
            if (EponymDiagnoses.IsHead(word))
            {
                var within = context.SentenceAt(token.Start);
                if (EponymDiagnoses.At(text, within.Start, token.Start, token.End) is var (start, name)
                    && NameOf(name) is null && !DiagnosedConditions.Default.TryGet(name, out _) && !Overlaps(covered, start, token.End)
                    && DiagnosingWording.Diagnoses(text, within, start, token.End, disease: true)
                    && Accept(context, start, token.End) && !MentionFilters.Comorbidity(text, within, start, token.End))
                {
                    found.Add((context.PatientAt(start), name, start, token.End, []));
                }

                continue;
            }

            if (!heads.Contains(word))
            {
                continue;
            }

            // "carcinoma of the papillary type": a bare histology whose type follows it
            if (!Overlaps(covered, token.Start, token.End) && HistologicType.After(text, token.End) is var (headType, typedHeadEnd))
            {
                AddTyped(context, found, headType + " " + word.ToString(), token.Start, typedHeadEnd, []);
                continue;
            }

            // "carcinoma cervix": a bare carcinoma with its organ after it and no "of"
            if (word is "carcinoma" && !Overlaps(covered, token.Start, token.End) && PostposedOrgan.After(text, token.End) is var (organWord, organWordEnd)
                && Accept(context, token.Start, organWordEnd))
            {
                found.Add((context.PatientAt(token.Start), PostposedName("carcinoma", organWord), token.Start, organWordEnd, []));
                continue;
            }

            var sentence = context.SentenceAt(token.Start);
            // "serous carcinoma of the endometrium": the sited histology replaces a mention inside it of another node
            if (_oncoTree is { } headTree && AddSited(context, headTree, tokens, t, sentence.Start, found, covered))
            {
                continue;
            }

            var from = tokens[Math.Max(0, t - 3)].Start;
            from = Math.Max(from, sentence.Start);
            var to = Math.Min(sentence.End, token.End + 24);
            foreach (var match in DiagnosisPatterns.PatternRegex().EnumerateMatches(text.AsSpan(from, to - from)))
            {
                var (start, end) = (from + match.Index, from + match.Index + match.Length);
                if (start > token.Start || end < token.End)
                {
                    continue;
                }

                var name = DiagnosisPatterns.PatternName(text.AsSpan(start, end - start), ref start);
                end = EndOfName(text, start, name);
                if (name is not null && !Overlaps(covered, start, end) && Accept(context, start, end))
                {
                    var named = name;
                    InSituWording.Apply(text, ref named, ref start, ref end);
                    found.Add((context.PatientAt(start), named, start, end, []));
                }
            }
        }

        AddDefinedInitialisms(context, found, covered);
        AddCuedConditions(context, found, covered);
        AddListedLines(context, found, covered);
        AddAbbreviatedCarcinomas(context, found, covered);

        // "renal and hepatic failure": each modifier coordinated before a found name's head names its own condition
        found.AddRange(CoordinatedModifiers.Expand(context, found, phrase =>
            NameOf(phrase) ?? (DiagnosedConditions.Default.TryGet(phrase, out var condition) ? condition.Name : null)));

        // a diagnosis stated where the report presents its series ("we present two cases of …") is every patient's
        if (context.Patients.Count > 1)
        {
            var stated = found.FindAll(f => MentionFilters.PresentsTheCases(context, f.Start));
            foreach (var item in stated)
            {
                foreach (var patient in context.Patients)
                {
                    if (patient.Id != item.Patient)
                    {
                        found.Add(item with { Patient = patient.Id });
                    }
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        DiagnosisComposition.Compose(found, name => _oncoTree?.Find(name) is not null);
        // a tumour named only by its site that gives way to the neoplasm the report names makes nothing else redundant
        var distinct = found.Select(f => (f.Patient, f.Name)).Distinct().ToList();
        var siteTumors = _oncoTree is { } vocabulary
            ? DiagnosisRedundancy.SiteTumors(distinct, vocabulary.Find, vocabulary.Parent, IsNeoplasm).ToHashSet()
            : [];
        bool IsNamedCancer(string name) => IsCancer(name) && !siteTumors.Any(s => s.Name == name);
        var redundant = DiagnosisRedundancy.Find(found.Select(f => (f.Patient, f.Name, f.Broader)), Histologies, IsNamedCancer);
        redundant.UnionWith(siteTumors);
        if (_oncoTree is { } oncoTree)
        {
            redundant.UnionWith(DiagnosisRedundancy.BroaderNodes(distinct, oncoTree.Find));
            redundant.UnionWith(MetastasisSite.Find(text, found, oncoTree.Find, IsNamedCancer));
            redundant.UnionWith(DiagnosisRedundancy.SameNode([.. found.Where(f => !redundant.Contains((f.Patient, f.Name))).Select(f => (f.Patient, f.Name))], oncoTree.Find).ToList());
        }

        var seen = new HashSet<(string, string)>();
        foreach (var (patient, name, start, end, _) in found)
        {
            if (redundant.Contains((patient, name)) || !seen.Add((patient, name)))
            {
                continue;
            }

            context.Diagnoses.Add(new Diagnosis { Patient = patient, Name = name, Oncotree = _oncoTree?.Find(name), Evidence = context.Evidence(start, end) });
        }
    }

    private const string Blocked = DiagnosisLexicon.Blocked;

    // the typed histology under the lexicon's name for it where it has one ("papillary carcinoma"), else as written
    private void AddTyped(ExtractionContext context, List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found,
        string typed, int start, int end, IReadOnlyList<string> broader)
    {
        if (Accept(context, start, end))
        {
            found.Add((context.PatientAt(start), NameOf(typed) ?? typed, start, end, broader));
        }
    }

    // a name's letters and spaces, for comparing "Langerhans' cell histiocytosis" with "langerhans cell histiocytosis"
    private static string Spelled(string name) =>
        name.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal).Replace('-', ' ');

    private static readonly FrozenSet<string> Histologies =
        FrozenSet.Create(StringComparer.Ordinal, ["adenocarcinoma", "squamous cell carcinoma", "neuroendocrine carcinoma", "neuroendocrine tumor", "sarcoma", "lymphoma", "carcinoma"]);

    private static bool IsCancer(string name) =>
        name.EndsWith("carcinoma", StringComparison.Ordinal) || name.EndsWith("cancer", StringComparison.Ordinal)
        || name.EndsWith("sarcoma", StringComparison.Ordinal) || name.EndsWith("lymphoma", StringComparison.Ordinal)
        || name.EndsWith("melanoma", StringComparison.Ordinal) || name.EndsWith("leukemia", StringComparison.Ordinal)
        || name.EndsWith("tumor", StringComparison.Ordinal);

    private static bool IsNeoplasm(string name) =>
        IsCancer(name) || name.EndsWith("oma", StringComparison.Ordinal) || name.EndsWith("metastasis", StringComparison.Ordinal);
}
