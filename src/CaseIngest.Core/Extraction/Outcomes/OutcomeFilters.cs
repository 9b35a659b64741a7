using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// Whether an outcome match speaks of the case's disease: about the case (not a relative's, not other patients or
/// studies), affirmed (not negated, hypothetical or planned), of the tumour and not of a symptom or a specimen.
/// </summary>
internal static partial class OutcomeFilters
{
    /// <summary>
    /// About the case: its sections, not a relative's (ConText family scope), not a sentence about other patients or
    /// studies, nor one that defines a response criterion (<see cref="CriteriaDefinition"/>) or tells how often an outcome
    /// happens (<see cref="GeneralStatement"/>).
    /// </summary>
    public static bool InCase(ExtractionContext context, int start, int end)
    {
        if (!CaseScope.InCase(context, start) || (context.ModifiersOf(start, end) & ContextModifiers.Family) != 0)
        {
            return false;
        }

        // other patients or studies, or the definitions of a response criterion
        var sentence = context.SentenceAt(start);
        var span = context.Text.AsSpan(sentence.Start, sentence.Length);
        return !OtherPatientsRegex().IsMatch(span) && !CriteriaDefinition.Is(span) && !GeneralStatement.Is(span);
    }

    public static bool Affirmed(ExtractionContext context, int start, int end) =>
        InCase(context, start, end) && context.AssertionOf(start, end) == Assertion.Affirmed;

    /// <summary>"Surgical margins were tumor-free", "lymph nodes free of tumor": a specimen, not the patient's status.</summary>
    public static bool PathologyFinding(string text, Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        return span.Contains("margin", StringComparison.OrdinalIgnoreCase) || span.Contains("lymph node", StringComparison.OrdinalIgnoreCase)
            || span.Contains("specimen", StringComparison.OrdinalIgnoreCase) || span.Contains("nodes", StringComparison.OrdinalIgnoreCase)
            || span.Contains("resected", StringComparison.OrdinalIgnoreCase);
    }

    public static bool FollowedBy(string text, int end, string word)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '-')
        {
            i++;
        }

        return text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"recurrence of symptoms", "relapse of colitis": an "of" that names something other than the disease.</summary>
    public static bool OfSomethingElse(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(48, text.Length - end));
        if (!after.StartsWith(" of ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = after[4..];
        if (rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("his ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("her ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }

        // the noun may follow a few adjectives: "progression of his underlying metastatic disease"
        for (var words = 0; words < 4 && rest.Length > 0; words++)
        {
            var space = rest.IndexOfAny(' ', ',', '.');
            var word = space < 0 ? rest : rest[..space];
            if (TumourWord(word) || word.StartsWith("primary", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (space < 0 || rest[space] != ' ')
            {
                break;
            }

            rest = rest[(space + 1)..];
        }

        return true;
    }

    /// <summary>A word that names a tumour or the disease: "tumour", "metastases", "disease", "adenocarcinoma", "malignancy".</summary>
    public static bool TumourWord(ReadOnlySpan<char> word) =>
        TumorWordRegex().IsMatch(word) || NeoplasmWordRegex().IsMatch(word) || word.StartsWith("malignan", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("neoplas", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "remission of the DLBCL", "remission of AML": an "of" that names the disease by its initialism, which the words of
    /// a symptom or a blood pressure never are.
    /// </summary>
    public static bool OfAnInitialism(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(32, text.Length - end));
        return OfInitialismRegex().IsMatch(after);
    }

    [GeneratedRegex(@"^ of (?:(?:the|his|her) )?(?:[\w-]+ )?(?-i:[A-Z][A-Z0-9]{1,7})s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfInitialismRegex();

    /// <summary>
    /// "recurrence of grade 3 hypokalemia", "a recurrence of CTCAE 5.0 grade 3 hypokalemia": an "of" that names an event by its toxicity grade is an adverse event
    /// coming back, even when the report also diagnoses it, unless the words after the grade name a tumour ("of a
    /// grade 2 astrocytoma").
    /// </summary>
    public static bool OfAGradedEvent(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(48, text.Length - end));
        return OfGradeRegex().IsMatch(after) && OfSomethingElse(text, end);
    }

    [GeneratedRegex(@"^ of (?:(?:a|an|the|his|her) )?(?:CTCAE (?:v(?:ersion )?)?(?:\d(?:\.\d)? )?)?grade (?:[1-5]|I{1,3}|IV|V)(?:-(?:[1-5]|I{1,3}|IV|V))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfGradeRegex();

    /// <summary>"adenocarcinoma", "glioblastoma", "leukaemia": one word that names a neoplasm by its ending.</summary>
    [GeneratedRegex(@"^\w*(?:carcinoma|sarcoma|blastoma|glioma|myeloma|thymoma|lymphoma|melanoma|seminoma|mesothelioma|cytoma|leuka?emia)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex NeoplasmWordRegex();

    /// <summary>
    /// "continued until disease progression or unacceptable toxicity": a progression that with its alternatives ends a
    /// treatment by rule, not one the patient had ("until disease progression in May" stays one).
    /// </summary>
    public static bool StoppingRule(string text, Sentence sentence, int start, int end)
    {
        var from = Math.Max(sentence.Start, start - 40);
        return UntilBeforeRegex().IsMatch(text.AsSpan(from, start - from))
            && OrAfterRegex().IsMatch(text.AsSpan(end, Math.Min(sentence.End, end + 48) - end));
    }

    [GeneratedRegex(@"\buntil\s+(?:(?:the|further|documented|confirmed|radiological|radiographic|clinical|objective)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex UntilBeforeRegex();

    // " or unacceptable toxicity", ", death or withdrawal of consent": the alternatives of a list that ends in "or"
    // (the comma before "or" is taken with the spaces after it, so a run of spaces is not split two ways)
    [GeneratedRegex(@"^(?:\s*,\s*[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}){0,2}\s*(?:,\s*)?(?:and/)?or\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrAfterRegex();

    public static bool TumorContext(string text, Sentence sentence) =>
        TumorWordRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    /// <summary>
    /// "recurred", "relapse" without a word that says what recurred count only in a sentence about the tumour, or
    /// with a place after them ("a recurrence in the left adrenal gland").
    /// </summary>
    public static bool BareRecurrenceOfSomethingElse(ExtractionContext context, string value, int end)
    {
        var text = context.Text;
        return BareRecurrenceRegex().IsMatch(value) && !TumorContext(text, context.SentenceAt(end - 1))
            && !PlaceAfterRegex().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)));
    }

    /// <summary>
    /// A denied recurrence that begins its phrase ("no recurrence", "without any relapse", "unremarkable for recurrence",
    /// "Tumour recurrence was not seen"), not one that another word qualifies ("no infection recurrence", "re-recurrence").
    /// </summary>
    public static bool DeniedDirectly(string text, int start, int sentenceStart)
    {
        var p = start;
        while (p > sentenceStart && text[p - 1] == ' ')
        {
            p--;
        }

        if (p == sentenceStart)
        {
            return true;
        }

        var wordEnd = p;
        while (p > sentenceStart && char.IsLetter(text[p - 1]))
        {
            p--;
        }

        return wordEnd > p && wordEnd < start && DenyingWordRegex().IsMatch(text.AsSpan(p, wordEnd - p));
    }

    /// <summary>
    /// "kept as an option for any future local recurrence", "in case of recurrence", "in the event of a relapse": a
    /// recurrence the plan provides for has not happened, nor has one the patient fears ("her fear of recurrence",
    /// "worried about a relapse").
    /// </summary>
    public static bool FutureRecurrence(string text, int start, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, start - 40);
        return start > from && FutureRecurrenceRegex().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// "surgery is effective in preventing recurrence", "tumour markers help in identifying relapses", "imaging for the early
    /// detection of recurrence": a recurrence named as what a measure prevents, detects or watches for has not happened.
    /// A recurrence a past verb found ("imaging identified a recurrence") is left to the case.
    /// </summary>
    public static bool WatchedFor(string text, int start, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, start - 50);
        return start > from && WatchedForRegex().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// Whether the sentence gives a span of follow-up time ("up to 30 months", "over the following 3 years"): a bare
    /// recurrence it denies is the course of the disease, not of a symptom.
    /// </summary>
    public static bool FollowUpTime(string text, Sentence sentence) => FollowUpTimeRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    /// <summary>A sentence of a pathology report: the examined specimen, its histology or its resection.</summary>
    public static bool PathologySentence(ReadOnlySpan<char> sentence) => PathologyRegex().IsMatch(sentence);

    /// <summary>
    /// Whether the words at [start, end) or their sentence name a malignancy: "new lesions" and "the nodules resolved"
    /// are outcomes of a tumour only there, not of a rash, an abscess or a demyelinating disease.
    /// </summary>
    public static bool MalignancyNear(string text, Sentence sentence) => MalignancyRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    /// <summary>
    /// Whether what grew in the sentence is a tumour ("the liver lesions increased in size"), not an effusion, a cyst or
    /// an organ.
    /// </summary>
    public static bool GrowthOfATumour(string text, Sentence sentence) => GrowthSubjectRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    /// <summary>
    /// Whether drugs or radiotherapy the patient received are told before <paramref name="offset"/> or in its sentence
    /// ("despite four cycles of gemcitabine"): what changes after them is an outcome.
    /// </summary>
    public static bool TreatedBefore(ExtractionContext context, int offset)
    {
        var end = context.SentenceAt(offset).End;
        return context.Drugs.Exists(d => d.Status == TreatmentStatus.Given && d.Evidence.Start < end)
            || context.Radiotherapy.Exists(r => r.Status == TreatmentStatus.Given && r.Evidence.Start < end);
    }

    /// <summary>A sentence that speaks of a response, where CR/PR/SD/PD are outcomes.</summary>
    public static bool ResponseSentence(ReadOnlySpan<char> sentence) => ResponseContextRegex().IsMatch(sentence);

    /// <summary>A sentence that names hormone receptors, where PR is the progesterone receptor.</summary>
    public static bool ReceptorSentence(ReadOnlySpan<char> sentence) =>
        sentence.Contains("ER", StringComparison.Ordinal) && ReceptorRegex().IsMatch(sentence);

    [GeneratedRegex(@"patholog|histolog|specimen|resect|microscop|surgical", RegexOptions.IgnoreCase)]
    private static partial Regex PathologyRegex();

    [GeneratedRegex(@"lesion|\bmass(?:es)?\b|nodul|metasta|tumou?r|cancer|carcino|sarcoma|melanoma|lymphoma|malignan|neoplas", RegexOptions.IgnoreCase)]
    private static partial Regex GrowthSubjectRegex();

    // "metastases", "tumour", "adenocarcinoma", "melanoma", "malignant", "progression"
    [GeneratedRegex(@"metasta|tumou?r|cancer|carcino|sarcoma|melanoma|lymphoma|myeloma|glioma|blastoma|malignan|neoplas|progress", RegexOptions.IgnoreCase)]
    private static partial Regex MalignancyRegex();

    // "30 months", "the following 3 years", "two years", "2 and a half years", "1½ years": a number of days, weeks, months or years
    [GeneratedRegex(@"\b(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")(?:\s+and\s+a\s+half|½)?[\s-]+(?:days?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpTimeRegex();

    // "for any future ", "in case of ", "in the event of a ", "her fear of ", "anxious about a ": a recurrence provided
    // for or feared
    [GeneratedRegex(@"\b(?:future|in\s+(?:the\s+)?(?:case|event)\s+of|fears?\s+of|afraid\s+of|anxi(?:ety|ous)\s+(?:about|over)|worr(?:y|ies|ied)\s+(?:about|over))\s+(?:(?:an?|any|the)\s+)?(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureRecurrenceRegex();

    // "preventing ", "in identifying ", "for the early detection of ", "monitoring for a local ", "to screen for any ": a verb
    // or noun of preventing, detecting or watching (never its past tense), then at most three words of the recurrence
    [GeneratedRegex(@"\b(?:(?:prevent|avert|avoid|detect|monitor|screen|predict)(?:s|ing|ion)?|identify(?:ing)?|identification|surveillance)\s+(?:(?:of|for)\s+)?(?:(?:an?|any|the|early|possible|later|local|locoregional|distant|disease|tumou?r)\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex WatchedForRegex();

    [GeneratedRegex(@"^(?:recurrences?|relapses?|recurred|relapsed)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareRecurrenceRegex();

    // " in the liver", " occurred in the pelvis", " was found at the anastomosis": the place the disease came back
    [GeneratedRegex(@"^\s+(?:(?:occurred|developed|appeared|arose|(?:was|were)\s+(?:found|detected|seen|noted|diagnosed))\s+)?(?:in|at|within|on)\s+(?:the|his|her|a)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceAfterRegex();

    // "Lim et al. reported …", "30 ~ 40% of DLBCL patients …", "the proportion of patients progression-free at 1 year", "previously published cases", "in a previous report", "a
    // similar case", "a lower incidence of
    // local recurrences", "a median PFS of 6.3 months", "the objective response rate was 50%": other patients than the case
    [GeneratedRegex(@"\bet al\b|^\s*reported\b|(?<!\bwe\s)\breported (?:the |a |an |two |three |several )?cases?\b|\b(?:previously|earlier) (?:published|reported|described)\b|\b(?:an?\s+|the\s+)?(?:previous|prior|earlier|another|other|similar)\s+(?:published\s+)?(?:case\s+)?(?:reports?|publications?|series)\b|\bsimilar\s+(?:cases?|patients?)\b|\banother\s+(?:reported\s+|published\s+)?case\b|\b(?:studies|trials|cohorts?|meta-analys[ie]s|incidence)\b|%\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:patients|cases)\b|\b(?:proportion|percentage|share|fraction)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:patients|cases)\b|\b(?:most|many|some|all)\s+(?:[\w-]+\s+)?(?:patients|cases)\b|\bmedian\s+(?:of\b|progression|overall|PFS|OS\b|survival|duration|time|response|DFS|RFS|EFS)|\bconfidence interval|\b(?:objective\s+)?response rates?\b|\bORR\b|\bhazard ratio", RegexOptions.IgnoreCase)]
    private static partial Regex OtherPatientsRegex();

    // the word before a denied recurrence: "no", "any", "without", "for", "or" (e.g. "no metastasis or recurrence")
    [GeneratedRegex(@"^(?:no|any|without|not|of|for|or|nor|further|evident)$", RegexOptions.IgnoreCase)]
    private static partial Regex DenyingWordRegex();

    // "evaluated as PR", "the efficacy was SD", "the curative effect was assessed as CR": the words of a response
    // evaluation written without "response"
    [GeneratedRegex(@"respon|RECIST|evaluation|assessment|achieved|best overall|restaging|evaluated as|assessed as|efficacy|curative effect|therapeutic effect", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseContextRegex();

    [GeneratedRegex(@"\bER\b|estrogen|oestrogen|progesterone|HER2|hormone receptor")]
    private static partial Regex ReceptorRegex();

    [GeneratedRegex(@"\b(?:tumou?rs?|lesions?|mass|masses|nodules?|nodes?|metasta\w*|target|size|diameter|volume|burden|sum\s+of\s+(?:the\s+)?(?:longest\s+|largest\s+|target\s+)?diameters|disease|cancer|carcinoma|melanoma|sarcoma|lymphoma)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TumorWordRegex();
}
