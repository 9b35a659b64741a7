using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction;

/// <summary>
/// What the pipeline steps share for one document: the parsed text, its sentences and sections, the patient
/// attribution, the ConText analyzer and the facts found so far. One context per document; not thread-safe.
/// </summary>
public sealed partial class ExtractionContext
{
    public const string DefaultPatient = "P1";

    private readonly PatientSpans _patientSpans = new();
    private TokenList? _tokens;
    private ContextTrigger[]?[]? _triggers;
    private byte[]? _sentenceFlags;
    private char[]? _lead;
    private int _leadLength = -1;
    private DefinedAbbreviations? _abbreviations;

    public ExtractionContext(ParsedDocument document, ContextAnalyzer context)
    {
        Document = document;
        Context = context;
        Sentences = SentenceSplitter.Split(document.Text);
    }

    public ParsedDocument Document { get; }

    public string Text => Document.Text;

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The words of the text, computed once and shared by the lexicon matchers.</summary>
    public TokenList Tokens => _tokens ??= TokenList.Of(Text);

    public ContextAnalyzer Context { get; }

    /// <summary>
    /// The title and abstract, or the opening of a document without an abstract (<see cref="Extraction.Patients.CaseReportGate"/>),
    /// built once into a pooled buffer that <see cref="ReturnBuffers"/> gives back.
    /// </summary>
    internal ReadOnlySpan<char> Lead
    {
        get
        {
            if (_leadLength < 0)
            {
                _leadLength = Extraction.Patients.CaseReportGate.BuildLead(this, out _lead);
            }

            return _lead.AsSpan(0, _leadLength);
        }
    }

    /// <summary>The abbreviations the document defines itself, read once.</summary>
    public DefinedAbbreviations Abbreviations => _abbreviations ??= DefinedAbbreviations.Read(Text);

    public List<Patient> Patients { get; } = [];

    /// <summary>Whether the document reports cases of its own; decided once, at the end of the pipeline.</summary>
    public bool? IsCaseReport { get; set; }

    public List<Diagnosis> Diagnoses { get; } = [];

    public List<DrugFact> Drugs { get; } = [];

    public List<RadiotherapyFact> Radiotherapy { get; } = [];

    public List<MarkerFact> Markers { get; } = [];

    public List<OutcomeFact> Outcomes { get; } = [];

    public List<AdverseEventFact> AdverseEvents { get; } = [];

    /// <summary>Set by an optional second reader: its comparison with the rules, stored with the record.</summary>
    public ReaderComparison? ReaderComparison { get; set; }

    /// <summary>
    /// Called when the document is done: the storage of its words, and the per-thread lower-cased text and word hashes
    /// the matchers made of it, go back to be reused by the next document (never the document itself). Asking for
    /// <see cref="Tokens"/> afterwards tokenizes the text again.
    /// </summary>
    public void ReturnBuffers()
    {
        var tokens = _tokens;
        _tokens = null;
        if (_lead is { } lead)
        {
            _lead = null;
            ScratchArrays.Return(lead);
        }

        _leadLength = -1;
        WordHashes.Release();
        LowerCasedText.Release();
        tokens?.Release();
    }

    /// <summary>Marks that the text from <paramref name="start"/> on speaks of <paramref name="patient"/> (case series).</summary>
    public void StartPatientSpan(int start, string patient) => _patientSpans.OpenPassage(start, patient);

    /// <summary>Marks that the clause [start, end) speaks of <paramref name="patient"/> ("… and patient 2 remained in remission").</summary>
    public void MarkPatientClause(int start, int end, string patient) => _patientSpans.MarkClause(start, end, patient);

    /// <summary>The patient the text at <paramref name="offset"/> speaks of; P1 unless a case series says otherwise.</summary>
    public string PatientAt(int offset) => _patientSpans.At(offset, DefaultPatient);

    public Section? SectionAt(int offset)
    {
        var sections = Document.Sections;
        int lo = 0, hi = sections.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var section = sections[mid];
            if (offset < section.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= section.End)
            {
                lo = mid + 1;
            }
            else
            {
                return section;
            }
        }

        return null;
    }

    public Sentence SentenceAt(int offset)
    {
        var index = SentenceIndexAt(offset);
        return index >= 0 ? Sentences[index] : new Sentence(offset, Math.Min(offset + 1, Text.Length));
    }

    /// <summary>The index in <see cref="Sentences"/> of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var sentence = Sentences[mid];
            if (offset < sentence.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= sentence.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether text at <paramref name="offset"/> may state facts of the report's patients: the title and case yes;
    /// the abstract and unlabelled body yes, except sentences that review the literature without naming the case
    /// ("A literature search found 14 patients with …"); references, chrome, captions, metadata and back matter no;
    /// introduction and discussion only in sentences that point at the case ("our patient", "in this case").
    /// </summary>
    public bool IsAboutCase(int offset)
    {
        var kind = SectionAt(offset)?.Kind ?? SectionKind.Body;
        return kind switch
        {
            SectionKind.Title or SectionKind.Case => true,
            SectionKind.Body or SectionKind.Abstract => !SentenceReviewsLiterature(SentenceAt(offset)),
            SectionKind.Introduction or SectionKind.Discussion => SentencePointsAtCase(SentenceAt(offset)),
            _ => false,
        };
    }

    /// <summary>The ConText assertion of the mention [start, end) in its sentence.</summary>
    /// <remarks>The triggers of each sentence are found once per document and reused by every later mention.</remarks>
    public Assertion AssertionOf(int start, int end) => AssertionOf(start, end, finding: false);

    /// <summary>
    /// The ConText assertion of a finding (an event) [start, end): a treatment's not-given status in the same sentence
    /// ("was withheld because of …") does not deny it.
    /// </summary>
    public Assertion FindingAssertionOf(int start, int end) => AssertionOf(start, end, finding: true);

    private Assertion AssertionOf(int start, int end, bool finding)
    {
        var index = SentenceIndexAt(start);
        if (index < 0)
        {
            return Context.Classify(Text, SentenceAt(start), start, end, finding);
        }

        return ContextAnalyzer.Classify(Text, TriggersOf(index), start, end, finding);
    }

    /// <summary>The ConText history and family modifiers of the mention [start, end) in its sentence.</summary>
    public ContextModifiers ModifiersOf(int start, int end)
    {
        var index = SentenceIndexAt(start);
        return index < 0 ? Context.Modifiers(Text, SentenceAt(start), start, end) : ContextScope.Modifiers(Text, TriggersOf(index), start, end);
    }

    private ContextTrigger[] TriggersOf(int index)
    {
        _triggers ??= new ContextTrigger[]?[Sentences.Count];
        return _triggers[index] ??= Context.FindTriggers(Text, Sentences[index], SentenceTokens(Sentences[index]));
    }

    /// <summary>The words of <paramref name="sentence"/>: a slice of <see cref="Tokens"/>.</summary>
    public ReadOnlySpan<Token> SentenceTokens(Sentence sentence)
    {
        var tokens = Tokens;
        var first = Tokenizer.FirstAtOrAfter(tokens, sentence.Start);
        var last = Tokenizer.FirstAtOrAfter(tokens, sentence.End);
        return tokens.AsSpan(first, last - first);
    }

    public Evidence Evidence(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        return new Evidence(start, end, Text[start..end], SectionAt(start)?.Name ?? "Body");
    }
}
