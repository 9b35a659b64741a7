using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Non-neoplastic conditions a report may diagnose ("pneumonia", "pulmonary hypertension", "granulomatosis with
/// polyangiitis"): the CTCAE v5.0 terms of Lexicons/Data/ctcae-terms.tsv whose system organ class names diseases, and
/// the hand list Lexicons/Data/conditions.tsv for what CTCAE lacks. Each phrase gives the condition's name in US
/// spelling. They are diagnoses only where the wording diagnoses them (<see cref="DiagnosingWording"/>), since most
/// also name symptoms, findings or adverse events. A condition that is a disease in its own right (an infection, an
/// organ failure, every hand-listed one) is also diagnosed by the case developing it (<see cref="DiagnosedCondition.Disease"/>).
/// Neoplasms that are not cancers ("pituitary gland adenoma", "glomus tumor"; Lexicons/Data/benign-neoplasms.tsv, from
/// the NCIt neoplasm hierarchy and the Disease Ontology) are read the same way, where no cancer vocabulary names them.
/// </summary>
internal sealed class DiagnosedConditions
{
    private const string CtcaeSource = "ctcae-terms.tsv";
    private const string HandSource = "conditions.tsv";
    private const string BenignSource = "benign-neoplasms.tsv";

    // classes whose terms are symptoms, measurements, procedures or neoplasms rather than diagnosable conditions
    private static readonly string[] ExcludedClasses =
    [
        "General disorders and administration site conditions", "Investigations", "Social circumstances",
        "Surgical and medical procedures", "Neoplasms benign, malignant and unspecified (incl cysts and polyps)",
    ];

    private const string InfectionsClass = "Infections and infestations";

    private static readonly Lazy<DiagnosedConditions> Shipped = new(() =>
        new DiagnosedConditions(LexiconResource.ReadLines(CtcaeSource), LexiconResource.ReadLines(HandSource), LexiconResource.ReadLines(BenignSource)));

    private readonly TermMatcher<DiagnosedCondition> _matcher = new();
    private readonly List<(string Phrase, DiagnosedCondition Condition)> _phrases = [];
    private readonly List<(string Phrase, DiagnosedCondition Condition)> _pending = [];

    internal DiagnosedConditions(
        IReadOnlyList<(int Line, string Text)> ctcaeLines, IReadOnlyList<(int Line, string Text)> handLines, IReadOnlyList<(int Line, string Text)>? benignLines = null)
    {
        foreach (var (line, text) in handLines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 2 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new LexiconException($"{HandSource}:{line}: expected phrase<TAB>name.");
            }

            var name = cells[1].Trim();
            if (!string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw new LexiconException($"{HandSource}:{line}: the name '{name}' must be lower case.");
            }

            _matcher.Add(cells[0].Trim(), new DiagnosedCondition(name, true));
            _phrases.Add((cells[0].Trim(), new DiagnosedCondition(name, true)));
            AddPlurals(cells[0].Trim(), new DiagnosedCondition(name, true));
        }

        // the hand list was read first, so its phrases win over a CTCAE phrase of the same words
        foreach (var (line, text) in ctcaeLines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 4)
            {
                throw new LexiconException($"{CtcaeSource}:{line}: expected term<TAB>code<TAB>class<TAB>phrases.");
            }

            var term = cells[0].Trim();
            if (Array.IndexOf(ExcludedClasses, cells[2].Trim()) >= 0 || term.Contains("Other, specify", StringComparison.Ordinal))
            {
                continue;
            }

            // the first phrase is the term's US wording; a term without phrases is too generic for an event, not for a diagnosis
            var phrases = cells[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var name = phrases.Length > 0 ? phrases[0] : term.ToLowerInvariant();
            // an organ's failure, or its acute injury ("Acute kidney injury", the present name of acute renal failure), is a disease
            var organFailure = term.EndsWith(" failure", StringComparison.Ordinal)
                || (term.StartsWith("Acute ", StringComparison.Ordinal) && term.EndsWith(" injury", StringComparison.Ordinal));
            var condition = new DiagnosedCondition(name, cells[2].Trim() == InfectionsClass || organFailure);
            _matcher.Add(term.ToLowerInvariant(), condition);
            _phrases.Add((term.ToLowerInvariant(), condition));
            foreach (var phrase in phrases)
            {
                _matcher.Add(phrase, condition);
                _phrases.Add((phrase, condition));
            }

            AddPlurals(term.ToLowerInvariant(), condition);
            foreach (var phrase in phrases)
            {
                AddPlurals(phrase, condition);
            }
        }

        // a benign neoplasm is diagnosed only by the wording, never by the case developing it; its phrases stay out of
        // the initialisms' vocabulary (Phrases), which they would make ambiguous
        foreach (var (line, text) in benignLines ?? [])
        {
            var cells = text.Split('\t');
            if (cells.Length != 2 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new LexiconException($"{BenignSource}:{line}: expected phrase<TAB>name.");
            }

            _matcher.Add(cells[0].Trim(), new DiagnosedCondition(cells[1].Trim(), false));
        }

        foreach (var (plural, condition) in _pending)
        {
            _matcher.Add(plural, condition);
        }

        _pending.Clear();
    }

    // "pleural effusions", "pulmonary emboli": the plurals match as the phrase does, after every phrase written in a
    // table, which wins; they stay out of the initialisms' vocabulary (Phrases)
    private void AddPlurals(string phrase, DiagnosedCondition condition)
    {
        foreach (var plural in ConditionPlurals.Of(phrase))
        {
            _pending.Add((plural, condition));
        }
    }

    /// <summary>The shipped vocabulary.</summary>
    public static DiagnosedConditions Default => Shipped.Value;

    /// <summary>Every phrase of the vocabulary with the condition it names, in the order the tables give them.</summary>
    public IReadOnlyList<(string Phrase, DiagnosedCondition Condition)> Phrases => _phrases;

    /// <summary>The condition a whole phrase names ("renal failure"), if the vocabulary has the phrase.</summary>
    public bool TryGet(string phrase, out DiagnosedCondition condition) => _matcher.TryGet(phrase, out condition);

    /// <summary>The condition phrases in the text, longest first where they overlap.</summary>
    public List<PhraseMatch<DiagnosedCondition>> Match(string text, TokenList tokens) => _matcher.Match(text, tokens);
}
