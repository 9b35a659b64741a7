using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction;

/// <summary>
/// What the pipeline steps share for one document: the parsed text, its sentences and sections, the patient
/// attribution, the ConText analyzer and the facts found so far. One context per document; not thread-safe.
/// </summary>
public sealed class ExtractionContext
{
    public const string DefaultPatient = "P1";

    private readonly List<(int Start, string Patient)> _patientSpans = [];
    private Token[]? _tokens;
    private ContextTrigger[]?[]? _triggers;
    private bool?[]? _pointsAtCase;

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
    public Token[] Tokens => _tokens ??= Tokenizer.Tokenize(Text);

    public ContextAnalyzer Context { get; }

    public List<Patient> Patients { get; } = [];

    public List<Diagnosis> Diagnoses { get; } = [];

    public List<DrugFact> Drugs { get; } = [];

    public List<RadiotherapyFact> Radiotherapy { get; } = [];

    public List<MarkerFact> Markers { get; } = [];

    public List<OutcomeFact> Outcomes { get; } = [];

    public List<AdverseEventFact> AdverseEvents { get; } = [];

    /// <summary>Marks that the text from <paramref name="start"/> on speaks of <paramref name="patient"/> (case series).</summary>
    public void StartPatientSpan(int start, string patient)
    {
        _patientSpans.Add((start, patient));
        _patientSpans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The patient the text at <paramref name="offset"/> speaks of; P1 unless a case series says otherwise.</summary>
    public string PatientAt(int offset)
    {
        var patient = DefaultPatient;
        foreach (var (start, id) in _patientSpans)
        {
            if (start > offset)
            {
                break;
            }

            patient = id;
        }

        return patient;
    }

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
    /// Whether text at <paramref name="offset"/> may state facts of the report's patients: the title, abstract,
    /// case and unlabelled body yes; references, chrome, captions, metadata and back matter no; introduction and
    /// discussion only in sentences that point at the case ("our patient", "in this case").
    /// </summary>
    public bool IsAboutCase(int offset)
    {
        var kind = SectionAt(offset)?.Kind ?? SectionKind.Body;
        return kind switch
        {
            SectionKind.Body or SectionKind.Title or SectionKind.Abstract or SectionKind.Case => true,
            SectionKind.Introduction or SectionKind.Discussion => SentencePointsAtCase(offset),
            _ => false,
        };
    }

    /// <summary>The ConText assertion of the mention [start, end) in its sentence.</summary>
    /// <remarks>The triggers of each sentence are found once per document and reused by every later mention.</remarks>
    public Assertion AssertionOf(int start, int end)
    {
        var index = SentenceIndexAt(start);
        if (index < 0)
        {
            return Context.Classify(Text, SentenceAt(start), start, end);
        }

        _triggers ??= new ContextTrigger[]?[Sentences.Count];
        var triggers = _triggers[index] ??= Context.FindTriggers(Text, Sentences[index], SentenceTokens(Sentences[index]));
        return ContextAnalyzer.Classify(Text, triggers, start, end);
    }

    /// <summary>The words of <paramref name="sentence"/>: a slice of <see cref="Tokens"/>.</summary>
    public ReadOnlySpan<Token> SentenceTokens(Sentence sentence)
    {
        var tokens = Tokens;
        var first = FirstTokenAtOrAfter(tokens, sentence.Start);
        var last = FirstTokenAtOrAfter(tokens, sentence.End);
        return tokens.AsSpan(first, last - first);
    }

    private static int FirstTokenAtOrAfter(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public Evidence Evidence(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        return new Evidence(start, end, Text[start..end], SectionAt(start)?.Name ?? "Body");
    }

    private static readonly string[] CasePointers =
    [
        "our patient", "our case", "this patient", "the patient", "this case", "the present case", "present patient",
        "in our", "we report", "we present", "we describe", "here we", "herein",
    ];

    /// <summary>Whether the sentence at <paramref name="offset"/> points at the case; decided once per sentence.</summary>
    private bool SentencePointsAtCase(int offset)
    {
        var index = SentenceIndexAt(offset);
        if (index < 0)
        {
            return SentencePointsAtCase(SentenceAt(offset));
        }

        _pointsAtCase ??= new bool?[Sentences.Count];
        return _pointsAtCase[index] ??= SentencePointsAtCase(Sentences[index]);
    }

    private bool SentencePointsAtCase(Sentence sentence)
    {
        var span = Text.AsSpan(sentence.Start, sentence.Length);
        foreach (var pointer in CasePointers)
        {
            if (span.Contains(pointer, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
