using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is a condition the patient brings to the case rather than one the case reports.</summary>
internal static partial class MentionFilters
{
    /// <summary>
    /// Whether the mention at [<paramref name="start"/>, <paramref name="end"/>) is a condition the patient brings to the
    /// case, not one it reports: "pre-existing hypothyroidism", "comorbidities included hypertension and …", "known
    /// ulcerative colitis", "a history of type 2 diabetes", "had psoriasis for 20 years". A history counted in days,
    /// weeks or months is the complaint the case begins with ("a 3-week history of colitis").
    /// </summary>
    public static bool Comorbidity(string text, Sentence sentence, int start, int end) =>
        AfterCue(text, sentence, start, ComorbidityCues) || PastHistory(text, sentence, start) || HeldForYears(text, sentence, end)
        || YearsEarlier.Before(text, sentence, start) || HistorySentence(text, sentence, start);

    /// <summary>
    /// Whether the sentence's subject is the patient's medical history ("Her medical history was also significant for …;
    /// and long-term steroid therapy complicated by …"), which every condition of the sentence belongs to.
    /// </summary>
    private static bool HistorySentence(string text, Sentence sentence, int start) =>
        start - sentence.Start > 16 && text.AsSpan(sentence.Start, start - sentence.Start).Contains("history", StringComparison.OrdinalIgnoreCase)
        && HistorySubjectRegex().IsMatch(text.AsSpan(sentence.Start, start - sentence.Start));

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

    // "Her medical history was ", "His past medical history included ", "The patient's past history is notable"
    [GeneratedRegex(@"^\W*(?:(?:his|her|their|the\s+patient[\u2019']s)\s+)?(?:past\s+)?(?:medical\s+)?history\s+(?:was|is|included|includes|consisted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HistorySubjectRegex();

    // "a 3-week history of", "two days' history of", "a 1 month history of"
    [GeneratedRegex(@"\b(?:hours?|days?|weeks?|months?)'?[\s-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecentRegex();

    // "for more than 10 years", "for over twenty years", "for several decades", "since childhood", "since 2009"
    [GeneratedRegex(@"^,?\s+(?:for\s+(?:(?:more\s+than|over|about|around|approximately|nearly|almost|at\s+least|the\s+(?:past|last))\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|many|several)[\s-]+(?:years?|decades?)\b|since\s+(?:childhood|adolescence|infancy|birth|youth|the\s+age\s+of|(?:19|20)\d\d\b))", RegexOptions.IgnoreCase)]
    private static partial Regex YearsRegex();
}
