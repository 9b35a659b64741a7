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
    /// A diagnosis first made and kept ("she was first diagnosed with breast cancer in 2010") stands. A first reading
    /// that is no diagnosis made ("initially thought to be", "first reported as", "the initial report favoured") is set
    /// aside by a revision told in a later sentence as well ("… The diagnosis was therefore revised to …").
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

        if (sentence.End > end && ReplacedRegex().IsMatch(text.AsSpan(end, sentence.End - end)))
        {
            return true;
        }

        if (held.Groups["made"].Success)
        {
            return false;
        }

        var later = text.AsSpan(sentence.End, Math.Min(text.Length - sentence.End, RevisionReach));
        return RevisionCues.ContainsAny(later) && ReplacedRegex().IsMatch(later);
    }

    /// <summary>How far after a first reading a revision told in another sentence is looked for.</summary>
    private const int RevisionReach = 4000;

    private static readonly CueSet RevisionCues = new("revised", "final diagnosis", "proved to be", "proven to be", "turned out", "changed to", "corrected to", "diagnosis to");

    private static readonly CueSet FirstHeldCues = new("initial", "original", "first", "previous", "misdiagnos", "preliminary", "provisional");

    // "initially thought to be a ", "was originally diagnosed as ", "at first considered ", "a preliminary diagnosis of ",
    // "misdiagnosed as ", "first reported as a ", "the initial report favoured a ": the first reading, then at most four words up to the mention, none of which turns to another reading
    [GeneratedRegex(@"\b(?:(?:initially|originally|first|previously|at\s+first)\s+(?:[a-z]+ly\s+)?(?:thought|believed|considered|suspected|(?<made>diagnosed|treated)|interpreted|presumed|reported|favou?red|labell?ed|classified)|(?<mis>misdiagnos(?:ed|is))|(?:initial|preliminary|provisional|original)\s+(?:clinical\s+|pathology\s+|histolog(?:y|ical)\s+)?(?:diagnosis|report|impression))\b(?:\s+(?!(?:but|however|proved|proven|turned|final|revised|later)\b)[\w-]+){0,4}\s+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex FirstHeldRegex();

    // "but the final diagnosis was", "the mass proved to be", "turned out to be", "was revised to", "was therefore changed to",
    // ", later revised to", "review of the slides changed the diagnosis to", "the pathologist amended his diagnosis to"
    [GeneratedRegex(@"\b(?:final\s+(?:\w+\s+)?diagnosis|prov(?:ed|en)\s+to\s+be|turned\s+out\s+to\s+be|(?:(?:was|were)\s+(?:later\s+|subsequently\s+|therefore\s+|then\s+|eventually\s+)?|(?:later|subsequently|eventually)\s+)(?:revised|changed|corrected)\s+to|(?:revised|changed|corrected|amended)\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+)?diagnosis\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex ReplacedRegex();
}
