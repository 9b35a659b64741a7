using System.Text.RegularExpressions;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Checks shared by the diagnosis and adverse-event steps on whether a mention names something the patient has:
/// not a list item after a negation or an enumeration of other possibilities ("without nausea, vomiting or fever",
/// "causes such as rheumatoid arthritis", "ruling out pulmonary embolism"), and not a sentence about patients in
/// general ("30% of patients", citations).
/// </summary>
internal static partial class MentionFilters
{
    private static readonly CueSet NegatingCues = new(
    [
        "without", "no", "denied", "denies", "did not", "does not", "do not", "negative for", "absence of", "absent",
        "excluded", "exclude", "excluding", "ruling out", "ruled out", "rule out", "free of", "such as", "unlikely",
        "tests for", "test for", "differential", "neither", "nor", "instead of", "rather than", "as opposed to",
        "potential", "anticipation of", "risk of", "prevent", "prevention of", "prophylaxis", "prophylactic",
        "resolution of", "resolved", "relief of", "improvement of", "improvement in", "non", "non-",
        "presumed", "concern for", "suspicion of", "suggestive of", "possibility of",
    ]);

    private static readonly CueSet ExampleCues = new(" like ", "e.g.", "for example");

    private static readonly CueSet EnumeratingCues = new("include", "includes", "including", " like ", "e.g.", "for example");

    private static readonly CueSet HistoryCues = new("history of", "known", "preexisting", "pre-existing", "comorbidities", "comorbidity");

    private static readonly CueSet Breakers = new(
    [
        ";", " but ", " however", " although ", " while ", " whereas ", " then ", " developed", " presented", " experienced",
        " showed", " revealed", " was diagnosed", " were diagnosed", " which ", " who ", " when ", " after ", " later",
        " suffered", " complained", " subsequently", " eventually",
        ", supporting", ", consistent with", ", compatible with", ", confirming", ", indicating",
    ]);

    /// <summary>
    /// Whether the mention at <paramref name="start"/> is an item of a negated, hypothetical or "such as" list in its
    /// sentence; with <paramref name="enumerations"/> also of an "including" list, else only of a "like"/"e.g." one.
    /// </summary>
    public static bool NegatedOrListed(string text, Sentence sentence, int start, bool enumerations) =>
        AfterCue(text, sentence, BeforeNonWord(text, sentence, start), NegatingCues) || AfterCue(text, sentence, start, enumerations ? EnumeratingCues : ExampleCues);

    /// <summary>
    /// The start of a "non-" word right before the mention, which qualifies the mention rather than denying it
    /// ("a non-malignant pheochromocytoma", "non-bloody diarrhea"), else <paramref name="start"/>.
    /// </summary>
    private static int BeforeNonWord(string text, Sentence sentence, int start)
    {
        var at = start - 1;
        while (at > sentence.Start && text[at] == ' ')
        {
            at--;
        }

        var wordEnd = at + 1;
        while (at >= sentence.Start && (char.IsLetter(text[at]) || text[at] == '-'))
        {
            at--;
        }

        var word = text.AsSpan(at + 1, wordEnd - at - 1);
        return wordEnd < start && word.Length > NonPrefix.Length && word.StartsWith(NonPrefix, StringComparison.OrdinalIgnoreCase) ? at + 1 : start;
    }

    private const string NonPrefix = "non-";

    /// <summary>Whether the mention at <paramref name="start"/> is an item of a past-history list ("a history of diabetes and thyroiditis").</summary>
    public static bool InHistoryList(string text, Sentence sentence, int start) => AfterCue(text, sentence, start, HistoryCues);

    /// <summary>
    /// Whether the mention at [<paramref name="start"/>, <paramref name="end"/>) is a condition the patient brings to the
    /// case, not one it reports: "pre-existing hypothyroidism", "comorbidities included hypertension and …", "known
    /// ulcerative colitis", "a history of type 2 diabetes", "had psoriasis for 20 years". A history counted in days,
    /// weeks or months is the complaint the case begins with ("a 3-week history of colitis").
    /// </summary>
    public static bool Comorbidity(string text, Sentence sentence, int start, int end) =>
        AfterCue(text, sentence, start, ComorbidityCues) || PastHistory(text, sentence, start) || HeldForYears(text, sentence, end)
        || YearsEarlier.Before(text, sentence, start);

    private static readonly CueSet ComorbidityCues = new(
    [
        "pre-existing", "preexisting", "known", "comorbidities", "comorbidity", "comorbid", "underlying",
        "past medical history", "medical history of", "medical history included", "medical history includes",
        "medical history significant for", "medical history notable for", "well-controlled", "well controlled", "long-standing", "longstanding",
        // a condition the patient was already being seen for before the case began
        "followed for", "followed up for", "routinely visited", "regularly visited", "regularly followed", "routinely followed",
    ]);

    private static readonly CueSet HistoryOf = new(HistoryOfWords);

    private const string HistoryOfWords = "history of";

    /// <summary>Whether the mention is an item of "history of …" that is not a recent complaint's ("a 2-week history of").</summary>
    private static bool PastHistory(string text, Sentence sentence, int start)
    {
        var from = Math.Max(sentence.Start, start - 240);
        if (start <= from)
        {
            return false;
        }

        var before = text.AsSpan(from, start - from);
        var cueEnd = HistoryOf.LastWordEnd(before);
        if (cueEnd < 0 || Breakers.ContainsAny(before[cueEnd..]))
        {
            return false;
        }

        var cueStart = from + cueEnd - HistoryOfWords.Length;
        var leadStart = Math.Max(sentence.Start, cueStart - 24);
        return !RecentRegex().IsMatch(text.AsSpan(leadStart, cueStart - leadStart));
    }

    /// <summary>Whether the words after the mention say the patient has had it for years ("for more than 10 years", "since childhood").</summary>
    private static bool HeldForYears(string text, Sentence sentence, int end)
    {
        var to = Math.Min(sentence.End, end + 48);
        return to > end && YearsRegex().IsMatch(text.AsSpan(end, to - end));
    }

    // "a 3-week history of", "two days' history of", "a 1 month history of"
    [GeneratedRegex(@"\b(?:hours?|days?|weeks?|months?)'?[\s-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecentRegex();

    // "for more than 10 years", "for over twenty years", "for several decades", "since childhood", "since 2009"
    [GeneratedRegex(@"^,?\s+(?:for\s+(?:(?:more\s+than|over|about|around|approximately|nearly|almost|at\s+least|the\s+(?:past|last))\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|many|several)[\s-]+(?:years?|decades?)\b|since\s+(?:childhood|adolescence|infancy|birth|youth|the\s+age\s+of|(?:19|20)\d\d\b))", RegexOptions.IgnoreCase)]
    private static partial Regex YearsRegex();

    /// <summary>
    /// Whether the mention is a diagnosis the findings only suggested ("the findings suggested the diagnosis of a
    /// sarcomatoid carcinoma"), not one the rest of the sentence confirms ("… which the biopsy confirmed").
    /// </summary>
    public static bool OnlySuggested(string text, Sentence sentence, int start, int end)
    {
        if (!AfterCue(text, sentence, start, SuggestionCues))
        {
            return false;
        }

        var to = Math.Min(sentence.End, end + ListReach);
        return to <= end || !Confirmation.ContainsAny(text.AsSpan(end, to - end));
    }

    private static readonly CueSet SuggestionCues = new(
    [
        "suggested the diagnosis of", "suggested the diagnoses of", "suggested a diagnosis of", "suggesting the diagnosis of",
        "suggesting a diagnosis of", "suggests the diagnosis of", "suggests a diagnosis of", "suggestive of the diagnosis of",
    ]);

    private static readonly CueSet Confirmation = new("confirm");

    /// <summary>
    /// Whether the mention is part of an entry of the article's abbreviation list ("Abbreviations: ICC: intrahepatic
    /// cholangiocarcinoma; HBOC: hereditary breast and ovarian cancer; …").
    /// </summary>
    public static bool InAbbreviationList(string text, int start)
    {
        var from = Math.Max(0, start - AbbreviationReach);
        var before = text.AsSpan(from, start - from);
        var list = before.LastIndexOf(AbbreviationsWord, StringComparison.OrdinalIgnoreCase);
        if (list < 0)
        {
            return false;
        }

        // the mention is the entry's abbreviation ("NSCLC: …") or part of its words ("ICC: intrahepatic …")
        var entry = Math.Max(list + AbbreviationsWord.Length, before.LastIndexOf(';') + 1);
        return start - (from + entry) <= MaxEntryLength
            && (AbbreviationEntryRegex().IsMatch(before[entry..]) || EntryStartRegex().IsMatch(before[entry..]));
    }

    private const string AbbreviationsWord = "abbreviation";
    private const int AbbreviationReach = 800;
    private const int MaxEntryLength = 100;

    // the words of an entry before the mention: "s: ICC: intrahepatic ", " HBOC, hereditary breast and ", " PDAC: "
    [GeneratedRegex(@"^(?:s?(?:\s+used)?\s*:)?\s*[A-Z][A-Za-z0-9/+-]{1,11}\s*[:=,]\s[^;:]*$")]
    private static partial Regex AbbreviationEntryRegex();

    // nothing of the entry before the mention: "s: " before "ICC: …", " " before "NSCLC, …"
    [GeneratedRegex(@"^(?:s?(?:\s+used)?\s*:)?\s*$")]
    private static partial Regex EntryStartRegex();

    /// <summary>
    /// Whether the words right after the mention deny it ("acute interstitial nephritis was largely excluded"), also
    /// across the rest of a list the mention begins ("rash, diarrhea and hepatitis were not observed").
    /// </summary>
    public static bool DeniedAfter(string text, Sentence sentence, int end)
    {
        var to = Math.Min(sentence.End, end + ListReach);
        if (to <= end)
        {
            return false;
        }

        var after = text.AsSpan(end, to - end);
        var from = 0;
        for (var item = 0; item < MaxListItems; item++)
        {
            var rest = after[from..];
            var stop = rest.IndexOfAny(",;(");
            var segment = stop >= 0 ? rest[..stop] : rest;
            // the mention's own segment is read 40 characters far; a later item of the list must be short
            if (item == 0 ? Denials.ContainsAny(segment[..Math.Min(segment.Length, 40)]) : Denials.ContainsAny(segment) && WordsBefore(segment) <= MaxItemWords)
            {
                return true;
            }

            if (stop < 0 || rest[stop] != ',' || (item > 0 && WordsBefore(segment) > MaxItemWords))
            {
                return false;
            }

            from += stop + 1;
        }

        return false;
    }

    private const int ListReach = 200;
    private const int MaxListItems = 8;
    private const int MaxItemWords = 5;

    /// <summary>The words of a list item before a denial in it ("and proteinuria were not observed during therapy": 2), or of the whole item.</summary>
    private static int WordsBefore(ReadOnlySpan<char> segment)
    {
        var denial = Denials.IndexOfAny(segment);
        var words = 0;
        var inWord = false;
        foreach (var c in denial >= 0 ? segment[..denial] : segment)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    private static readonly CueSet Denials = new(
        " excluded", " ruled out", " unlikely", " was negative", " were negative", " was absent", " were absent",
        " not observed", " were not observed", " was not observed", " did not occur", " were not seen", " was not seen", " were not noted", " was not noted");

    private static bool AfterCue(string text, Sentence sentence, int start, CueSet cues)
    {
        var from = Math.Max(sentence.Start, start - 240);
        if (start <= from)
        {
            return false;
        }

        var before = text.AsSpan(from, start - from);
        var cueEnd = cues.LastWordEnd(before);
        return cueEnd >= 0 && !Breakers.ContainsAny(before[cueEnd..]);
    }

    /// <summary>
    /// Whether the sentence speaks of patients or studies in general ("in 10% of patients", "et al", "[12]", "(2, 15)")
    /// rather than of the case; titles are never general.
    /// </summary>
    public static bool GeneralSentence(ExtractionContext context, int start)
    {
        if (context.SectionAt(start)?.Kind is SectionKind.Title)
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        var span = context.Text.AsSpan(sentence.Start, sentence.Length);
        // the presenting cue is looked for only in the few sentences that read as general
        return (GeneralWords.ContainsAny(span) || CitationRegex().IsMatch(span)) && !PresentingWords.ContainsAny(span);
    }

    /// <summary>
    /// Whether the sentence at <paramref name="start"/> presents the report's own cases ("we present two cases of …"),
    /// or the mention is in a title that announces a series ("… of nasopharyngeal carcinoma: a report of two cases").
    /// </summary>
    public static bool PresentsTheCases(ExtractionContext context, int start)
    {
        var sentence = context.SentenceAt(start);
        return PresentingWords.ContainsAny(context.Text.AsSpan(sentence.Start, sentence.Length))
            || (context.SectionAt(start) is { Kind: SectionKind.Title } title && SeriesWords.ContainsAny(context.Text.AsSpan(title.Start, title.End - title.Start)));
    }

    private static readonly CueSet SeriesWords = new([" cases", "case series", "siblings", "twins", "patients"]);

    private static readonly CueSet PresentingWords = new(["we present", "we report", "we describe"]);

    private static readonly CueSet GeneralWords = new(
    [
        "patients", "et al", "studies", " cases", " cohort", " typically ", " generally ", " usually ", " often ",
        " commonly ", " incidence", " literature", "most frequent", "most common", " is recommended", " are recommended",
    ]);

    // "[12]", "[3, 4]", "(27)", "(2, 15)", "(17–19)"
    [GeneratedRegex(@"[\[(]\d{1,3}(?:\s?[,–-]\s?\d{1,3})*[\])]")]
    private static partial Regex CitationRegex();
}
