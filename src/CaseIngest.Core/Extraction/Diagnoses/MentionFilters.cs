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
        // a list of differential diagnoses under its abbreviation ("DD: anaplastic carcinoma, lymphoma", "DDx included …")
        "DD:", "D/D", "DDx",
    ]);

    private static readonly CueSet ExampleCues = new(" like ", "e.g.", "for example");

    private static readonly CueSet EnumeratingCues = new("include", "includes", "including", " like ", "e.g.", "for example");

    private static readonly CueSet HistoryCues = new("history of", "known", "preexisting", "pre-existing", "comorbidities", "comorbidity");

    private static readonly CueSet Breakers = new(
    [
        ";", " but ", " however", " although ", " while ", " whereas ", " then ", " developed", " presented", " experienced",
        " showed", " revealed", " was diagnosed", " were diagnosed", " which ", " who ", " when ", " after ", " later",
        " suffered", " complained", " subsequently", " eventually", " underwent",
        ", supporting", ", consistent with", ", compatible with", ", confirming", ", indicating", " and confirmed",
        ", and the diagnosis", ", and a diagnosis", ", and the final diagnosis",
        // what a denial excepts: "no toxicity apart from grade 1 fatigue", "no vomiting, except grade 2 hand-foot syndrome"
        " except", " apart from", " aside from", " other than", " besides",
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
}
