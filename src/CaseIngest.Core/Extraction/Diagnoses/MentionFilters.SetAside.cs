using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a mention is a diagnosis the report first held and then set aside for another.</summary>
internal static partial class MentionFilters
{
    private const int FirstHeldReach = 60;

    /// <summary>
    /// Whether the mention is a diagnosis first held ("initially thought to be a meningioma", "originally diagnosed as
    /// lymphoma", "a preliminary diagnosis of lymphoma") that the rest of the sentence replaces ("but the final diagnosis
    /// was …", "proved to be …", "was revised to …"), or one the report calls a misdiagnosis ("misdiagnosed as asthma").
    /// The rest of the sentence may also go on to the examination that showed another tumour ("was initially diagnosed
    /// with sinusitis, but a biopsy revealed a lymphoma", "was first treated for asthma until a CT scan showed a carcinoma").
    /// A diagnosis first made and kept ("she was first diagnosed with breast cancer in 2010") stands; one made and then
    /// revised in so many words in a later sentence ("… her diagnosis was later revised to …", "a revised diagnosis of
    /// …") does not. A first reading that is no diagnosis made ("initially thought to be", "first reported as", "the
    /// initial report favoured") is set aside by a revision told in a later sentence as well ("… The diagnosis was
    /// therefore revised to …"), and a first diagnosis told as a noun ("led to an initial diagnosis of lipoma") also by
    /// a later tissue reading that names another tumour ("… Histopathology revealed a liposarcoma"), unless it is the
    /// time of a diagnosis kept ("at the time of initial diagnosis of …"). A metastasis is never set aside that way.
    /// </summary>
    public static bool SetAside(string text, Sentence sentence, int start, int end)
    {
        var from = Math.Max(sentence.Start, start - FirstHeldReach);
        if (start <= from || !FirstHeldCues.ContainsAny(text.AsSpan(from, start - from)))
        {
            return false;
        }

        var held = FirstHeldRegex().Match(text, from, start - from);
        if (!held.Success)
        {
            return false;
        }

        if (held.Groups["mis"].Success)
        {
            return true;
        }

        var mention = text.AsSpan(start, end - start);
        var spread = mention.Contains("metasta", StringComparison.OrdinalIgnoreCase);
        if (sentence.End > end && (ReplacedRegex().IsMatch(text.AsSpan(end, sentence.End - end))
            || LaterRevisedRegex().IsMatch(text.AsSpan(end, sentence.End - end))
            || (!spread && ShownInSentenceRegex().Match(text, end, sentence.End - end) is { Success: true } shown
                && NamesAnotherTumour(text.AsSpan(shown.Index, sentence.End - shown.Index), mention))))
        {
            return true;
        }

        var later = text.AsSpan(sentence.End, Math.Min(text.Length - sentence.End, RevisionReach));
        if (held.Groups["made"].Success)
        {
            return later.Contains("revised", StringComparison.OrdinalIgnoreCase) && RevisedMadeRegex().IsMatch(later);
        }

        if (RevisionCues.ContainsAny(later) && ReplacedRegex().IsMatch(later))
        {
            return true;
        }

        return held.Groups["noun"].Success && !spread && !DiagnosisKeptTimeRegex().IsMatch(text.AsSpan(from, held.Index - from))
            && LaterTissueReadingNamesAnother(text, sentence.End, mention);
    }

    /// <summary>How far after a first diagnosis told as a noun the tissue reading that replaced it is looked for.</summary>
    private const int TissueReadingReach = 1500;

    // whether a tissue reading within reach after the sentence names a tumour other than the mention
    private static bool LaterTissueReadingNamesAnother(string text, int from, ReadOnlySpan<char> mention)
    {
        var later = Math.Min(text.Length, from + TissueReadingReach);
        for (var reading = TissueReadingRegex().Match(text, from, later - from); reading.Success; reading = reading.NextMatch())
        {
            var stop = text.IndexOf('.', reading.Index + reading.Length);
            if (NamesAnotherTumour(text.AsSpan(reading.Index, (stop < 0 ? text.Length : stop) - reading.Index), mention))
            {
                return true;
            }
        }

        return false;
    }

    // the later reading names a tumour other than the mention, and no spread of it ("a bone scan showed metastases", "a
    // biopsy of the liver revealed metastatic carcinoma" leave the first diagnosis standing)
    private static bool NamesAnotherTumour(ReadOnlySpan<char> reading, ReadOnlySpan<char> mention) =>
        !reading.Contains(mention, StringComparison.OrdinalIgnoreCase) && !reading.Contains("metasta", StringComparison.OrdinalIgnoreCase)
        && NamedTumourRegex().IsMatch(reading);

    /// <summary>How far after a first reading a revision told in another sentence is looked for.</summary>
    private const int RevisionReach = 4000;

    private static readonly CueSet RevisionCues = new("revised", "final diagnosis", "proved to be", "proven to be", "turned out", "changed to", "corrected to", "diagnosis to");

    private static readonly CueSet FirstHeldCues = new("initial", "original", "first", "previous", "misdiagnos", "preliminary", "provisional");

    // "initially thought to be a ", "was originally diagnosed as ", "at first considered ", "a preliminary diagnosis of ",
    // "misdiagnosed as ", "first reported as a ", "the initial report favoured a ": the first reading, then at most four words up to the mention, none of which turns to another reading
    [GeneratedRegex(@"\b(?:(?:initially|originally|first|previously|at\s+first)\s+(?:[a-z]+ly\s+)?(?:thought|believed|considered|suspected|(?<made>diagnosed|treated)|interpreted|presumed|reported|favou?red|labell?ed|classified)|(?<mis>misdiagnos(?:ed|is))|(?<noun>initial|preliminary|provisional|original)\s+(?:clinical\s+|pathology\s+|histolog(?:y|ical)\s+)?(?:diagnosis|report|impression))\b(?:\s+(?!(?:but|however|proved|proven|turned|final|revised|later)\b)[\w-]+){0,4}\s+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex FirstHeldRegex();

    // ", but an endoscopic biopsy revealed ", " until a CT scan showed ", " before the resected specimen showed ": the
    // examination the rest of the sentence goes on to
    [GeneratedRegex(@"\b(?:but|however|until|before|although)\b[^.;]{0,100}?\b(?:showed|revealed|demonstrated|disclosed|confirmed|proved|established|identified)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex ShownInSentenceRegex();

    // ", which was later revised", ", subsequently corrected": the first reading revised without the new one named
    [GeneratedRegex(@"\b(?:later|subsequently|eventually|finally)\s+(?:revised|corrected)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex LaterRevisedRegex();

    // "her diagnosis was later revised to", "a revised working diagnosis of": a diagnosis made, revised in so many words
    [GeneratedRegex(@"\b(?:diagnosis\s+was\s+(?:(?:again|later|subsequently|therefore|then|eventually)\s+)?revised\s+to|revised\s+(?:(?:provisional|working|clinical|final)\s+)?diagnosis\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex RevisedMadeRegex();

    // "at the time of ", "since her ", "from the ": the time of a first diagnosis the case kept, right before it
    [GeneratedRegex(@"\b(?:at|since|of|after|from)\s+(?:(?:the|her|his|its|their)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex DiagnosisKeptTimeRegex();

    // "the pathological analysis was ", "histopathology confirmed ", "the frozen section showed ", "biopsy revealed ": a
    // later tissue reading and its verb
    [GeneratedRegex(@"\b(?:patholog\w*|histolog\w*|histopatholog\w*|cytolog\w*|biops(?:y|ies)|frozen\s+sections?|specimens?)\b[^.;]{0,80}?\b(?:was|were|showed|revealed|confirmed|demonstrated|indicated)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex TissueReadingRegex();

    // "but the final diagnosis was", "the mass proved to be", "turned out to be", "was revised to", "was therefore changed to",
    // ", later revised to", "review of the slides changed the diagnosis to", "the pathologist amended his diagnosis to"
    [GeneratedRegex(@"\b(?:final\s+(?:\w+\s+)?diagnosis|prov(?:ed|en)\s+to\s+be|turned\s+out\s+to\s+be|(?:(?:was|were)\s+(?:later\s+|subsequently\s+|therefore\s+|then\s+|eventually\s+)?|(?:later|subsequently|eventually)\s+)(?:revised|changed|corrected)\s+to|(?:revised|changed|corrected|amended)\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+)?diagnosis\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex ReplacedRegex();
}
