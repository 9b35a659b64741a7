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
    private static readonly string[] NegatingCues =
    [
        "without", "no", "denied", "denies", "did not", "does not", "do not", "negative for", "absence of", "absent",
        "excluded", "exclude", "excluding", "ruling out", "ruled out", "rule out", "free of", "such as", "unlikely",
        "tests for", "test for", "differential", "neither", "nor", "instead of", "rather than", "as opposed to",
        "potential", "anticipation of", "risk of", "prevent", "prevention of", "prophylaxis", "prophylactic",
        "resolution of", "resolved", "relief of", "improvement of", "improvement in", "non", "non-",
        "presumed", "concern for", "suspicion of", "suggestive of",
    ];

    private static readonly string[] ExampleCues = [" like ", "e.g.", "for example"];

    private static readonly string[] EnumeratingCues = ["include", "includes", "including", " like ", "e.g.", "for example"];

    private static readonly string[] HistoryCues = ["history of", "known", "preexisting", "pre-existing", "comorbidities", "comorbidity"];

    private static readonly string[] Breakers =
    [
        ";", " but ", " however", " although ", " while ", " whereas ", " then ", " developed", " presented", " experienced",
        " showed", " revealed", " was diagnosed", " were diagnosed", " which ", " who ", " when ", " after ", " later",
        " suffered", " complained", " subsequently", " eventually",
    ];

    /// <summary>
    /// Whether the mention at <paramref name="start"/> is an item of a negated, hypothetical or "such as" list in its
    /// sentence; with <paramref name="enumerations"/> also of an "including" list, else only of a "like"/"e.g." one.
    /// </summary>
    public static bool NegatedOrListed(string text, Sentence sentence, int start, bool enumerations) =>
        AfterCue(text, sentence, start, NegatingCues) || AfterCue(text, sentence, start, enumerations ? EnumeratingCues : ExampleCues);

    /// <summary>Whether the mention at <paramref name="start"/> is an item of a past-history list ("a history of diabetes and thyroiditis").</summary>
    public static bool InHistoryList(string text, Sentence sentence, int start) => AfterCue(text, sentence, start, HistoryCues);

    /// <summary>Whether the words right after the mention deny it ("acute interstitial nephritis was largely excluded").</summary>
    public static bool DeniedAfter(string text, Sentence sentence, int end)
    {
        var to = Math.Min(sentence.End, end + 40);
        if (to <= end)
        {
            return false;
        }

        var after = text.AsSpan(end, to - end);
        var stop = after.IndexOfAny(",;(");
        if (stop >= 0)
        {
            after = after[..stop];
        }

        foreach (var denial in Denials)
        {
            if (after.Contains(denial, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Denials = [" excluded", " ruled out", " unlikely", " was negative", " were negative", " was absent"];

    private static bool AfterCue(string text, Sentence sentence, int start, string[] cues)
    {
        var from = Math.Max(sentence.Start, start - 240);
        if (start <= from)
        {
            return false;
        }

        var before = text.AsSpan(from, start - from);
        var cueEnd = -1;
        foreach (var cue in cues)
        {
            var index = LastWord(before, cue);
            if (index >= 0 && index + cue.Length > cueEnd)
            {
                cueEnd = index + cue.Length;
            }
        }

        if (cueEnd < 0)
        {
            return false;
        }

        var between = before[cueEnd..];
        foreach (var breaker in Breakers)
        {
            if (between.Contains(breaker, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last index of <paramref name="word"/> in <paramref name="span"/> as a whole word (ignoring case), or -1.</summary>
    private static int LastWord(ReadOnlySpan<char> span, string word)
    {
        var end = span.Length;
        while (end > 0)
        {
            var index = span[..end].LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return -1;
            }

            var after = index + word.Length;
            var startsWord = index == 0 || !char.IsLetterOrDigit(span[index - 1]);
            var endsWord = after >= span.Length || !char.IsLetterOrDigit(span[after]) || !char.IsLetterOrDigit(word[^1]);
            if (startsWord && endsWord)
            {
                return index;
            }

            end = index + word.Length - 1;
        }

        return -1;
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
        foreach (var general in GeneralWords)
        {
            if (span.Contains(general, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return CitationRegex().IsMatch(span);
    }

    private static readonly string[] GeneralWords =
    [
        "patients", "et al", "studies", " cases", " cohort", " typically ", " generally ", " usually ", " often ",
        " commonly ", " incidence", " literature", "most frequent", "most common", " is recommended", " are recommended",
    ];

    // "[12]", "[3, 4]", "(27)", "(2, 15)", "(17–19)"
    [GeneratedRegex(@"[\[(]\d{1,3}(?:\s?[,–-]\s?\d{1,3})*[\])]")]
    private static partial Regex CitationRegex();
}
