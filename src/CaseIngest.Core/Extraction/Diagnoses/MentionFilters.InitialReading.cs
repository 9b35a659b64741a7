using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is the first diagnosis of the case that a later examination set right.</summary>
internal static partial class MentionFilters
{
    /// <summary>How far after the mention's sentence the examination that replaced a first diagnosis is looked for.</summary>
    private const int InitialReadingReach = 1500;

    private static readonly CueSet InitialCues = new("initial", "first");

    /// <summary>
    /// Whether the mention is what the case was first taken for ("was initially diagnosed with sinusitis", "an initial
    /// diagnosis of lipoma", "was first treated for asthma") and the sentence goes on to the examination that showed
    /// another disease ("…, but a biopsy revealed a lymphoma", "… until a CT scan showed a carcinoma") or tells that the
    /// diagnosis was revised. A first diagnosis given as a noun ("the findings led to an initial diagnosis of lipoma")
    /// is also set right by a later tissue reading that names another tumour. A first diagnosis the case kept ("was
    /// initially diagnosed with breast cancer in 2012 and later developed bone metastases", "the initial diagnosis of
    /// hepatocellular carcinoma was made in 2018") stands, and a metastasis is never replaced.
    /// </summary>
    public static bool InitialReadingSetRight(string text, Sentence sentence, int start, int end)
    {
        var from = Math.Max(sentence.Start, start - 80);
        var before = text.AsSpan(from, start - from);
        if (!InitialCues.ContainsAny(before) || text.AsSpan(start, end - start).Contains("metasta", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var initial = InitialReadingRegex().Match(text, from, start - from);
        if (!initial.Success)
        {
            return false;
        }

        var mention = text.AsSpan(start, end - start);
        if (sentence.End > end)
        {
            var revision = RevisedInSentenceRegex().Match(text, end, sentence.End - end);
            if (revision.Success && (revision.Groups["revised"].Success
                || NamesAnotherTumour(text.AsSpan(revision.Index, sentence.End - revision.Index), mention)))
            {
                return true;
            }
        }

        if (!initial.Groups["noun"].Success)
        {
            return false;
        }

        var later = Math.Min(text.Length, sentence.End + InitialReadingReach);
        if (later <= sentence.End)
        {
            return false;
        }

        var reading = TissueReadingRegex().Match(text, sentence.End, later - sentence.End);
        while (reading.Success)
        {
            var stop = text.IndexOf('.', reading.Index + reading.Length);
            if (NamesAnotherTumour(text.AsSpan(reading.Index, (stop < 0 ? text.Length : stop) - reading.Index), mention))
            {
                return true;
            }

            reading = reading.NextMatch();
        }

        return false;
    }

    // the later reading names a tumour other than the mention, and no spread of it ("a bone scan showed metastases", "a
    // biopsy of the liver revealed metastatic carcinoma" leave the first diagnosis standing)
    private static bool NamesAnotherTumour(ReadOnlySpan<char> reading, ReadOnlySpan<char> mention) =>
        !reading.Contains(mention, StringComparison.OrdinalIgnoreCase) && !reading.Contains("metasta", StringComparison.OrdinalIgnoreCase)
        && NamedTumourRegex().IsMatch(reading);

    // "was initially diagnosed with ", "initially misdiagnosed as a ", "was first treated for presumed ", "an initial
    // diagnosis of " (the noun form; not "at the time of initial diagnosis of"), "the first diagnosis was ": the first
    // reading, then at most three words up to the mention
    [GeneratedRegex(@"\b(?:(?:initially|first)\s+(?:mis)?(?:diagnosed|treated|managed)\s+(?:with|as|for)|(?<!\b(?:at|since|of|after|from)\s+(?:(?:the|her|his|its|their)\s+)?)(?<noun>(?:initial|first)\s+diagnosis\s+(?:of|was)))\s+(?:(?:an?|the|presumed|suspected|possible|probable)\s+){0,2}(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex InitialReadingRegex();

    // ", but an endoscopic biopsy revealed ", " until a CT scan showed ", " before the biopsy showed ", ", which was later
    // revised": the examination after the first reading, or its revision, in the same sentence
    [GeneratedRegex(@"\b(?:(?:but|however|until|before|although)\b[^.;]{0,100}?\b(?:showed|revealed|demonstrated|disclosed|confirmed|proved|established|identified)\b|(?<revised>(?:later|subsequently|eventually|finally)\s+(?:revised|corrected|changed)))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex RevisedInSentenceRegex();

    // "the pathological analysis was ", "histopathology confirmed ", "the frozen section showed ", "biopsy revealed ": a
    // later tissue reading and its verb
    [GeneratedRegex(@"\b(?:patholog\w*|histolog\w*|histopatholog\w*|cytolog\w*|biops(?:y|ies)|frozen\s+sections?|specimens?)\b[^.;]{0,80}?\b(?:was|were|showed|revealed|confirmed|demonstrated|indicated)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex TissueReadingRegex();
}
