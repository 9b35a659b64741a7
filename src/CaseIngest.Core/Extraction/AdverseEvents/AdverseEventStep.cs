using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Adverse events of the patients: CTCAE-like terms from Lexicons/Data/adverse-events.tsv ("immune-related
/// colitis" → colitis) with the grade the text gives ("grade 3 colitis", "colitis (grade 2)", "G3", "CTCAE grade
/// IV"). A mention counts when it is about the case, affirmed, not a relative's and not past history, and either
/// sits in a sentence that speaks of toxicity (a grade, "immune-related", "induced", "adverse") or comes after the
/// first treatment the patient was given. One fact per patient and term, with the highest grade stated.
/// </summary>
public sealed partial class AdverseEventStep : IExtractionStep
{
    private const string Source = "adverse-events.tsv";

    private readonly TermMatcher<string> _matcher;

    public AdverseEventStep()
        : this(LexiconResource.ReadLines(Source), Source)
    {
    }

    internal AdverseEventStep(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        _matcher = new TermMatcher<string>();
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 2 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new LexiconException($"{source}:{line}: expected phrase<TAB>term.");
            }

            var term = cells[1].Trim();
            if (!string.Equals(term, term.ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw new LexiconException($"{source}:{line}: the term '{term}' must be lower case.");
            }

            // spelling variants that differ only in hyphens or spaces are one phrase: fine when they agree
            if (!_matcher.Add(cells[0].Trim(), term) && (!_matcher.TryGet(cells[0].Trim(), out var existing) || existing != term))
            {
                throw new LexiconException($"{source}:{line}: duplicate phrase '{cells[0].Trim()}'.");
            }
        }
    }

    /// <summary>The term of phrases that look like events but name something else ("hepatitis B surface antigen", "peritumoral edema").</summary>
    private const string Blocked = "-";

    public string Name => "adverse-events";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var treatmentStart = FirstTreatment(context);
        var sectionThresholds = new Dictionary<(int, string), int>();
        var facts = new List<AdverseEventFact>();
        (int End, int? Grade)? previous = null;
        foreach (var match in _matcher.Match(text, context.Tokens))
        {
            var (start, end) = (match.Start, match.End);
            if (match.Value == Blocked || !CaseScope.InCase(context, start) || context.AssertionOf(start, end) != Assertion.Affirmed
                || CaseScope.AboutRelative(context, start) || MentionFilters.GeneralSentence(context, start))
            {
                continue;
            }

            var sentence = context.SentenceAt(start);
            if (MentionFilters.NegatedOrListed(text, sentence, start, enumerations: false) || MentionFilters.DeniedAfter(text, sentence, end))
            {
                continue;
            }

            var grade = GradeOf(text, sentence, start, end);
            if (grade is null && previous is { } p && p.Grade is not null && p.End <= start && sentence.Contains(p.End)
                && IsCoordination(text.AsSpan(p.End, start - p.End)))
            {
                grade = p.Grade; // "grade 1 diarrhea and pruritus"
            }

            previous = (end, grade);
            var toxicity = grade is not null || SpeaksOfToxicity(text, sentence);
            var threshold = Threshold(context, start, treatmentStart, sectionThresholds);
            if (!toxicity && (start < threshold || CaseScope.PastHistory(context, start)
                || MentionFilters.InHistoryList(text, sentence, start)))
            {
                continue;
            }

            facts.Add(new AdverseEventFact
            {
                Patient = context.PatientAt(start),
                Term = match.Value,
                Grade = grade,
                Evidence = context.Evidence(start, end),
            });
        }

        // one fact per patient and term: the first mention, or the mention with the highest stated grade
        var best = new Dictionary<(string, string), AdverseEventFact>();
        var order = new List<(string, string)>();
        foreach (var fact in facts)
        {
            var key = (fact.Patient, fact.Term);
            if (!best.TryGetValue(key, out var kept))
            {
                best[key] = fact;
                order.Add(key);
            }
            else if (fact.Grade > (kept.Grade ?? 0))
            {
                best[key] = fact;
            }
        }

        foreach (var key in order)
        {
            context.AdverseEvents.Add(best[key]);
        }
    }

    /// <summary>Where the first given treatment is mentioned; int.MaxValue when there is none.</summary>
    private static int FirstTreatment(ExtractionContext context)
    {
        var first = int.MaxValue;
        foreach (var drug in context.Drugs)
        {
            if (drug.Status == TreatmentStatus.Given && drug.Evidence.Start < first)
            {
                first = drug.Evidence.Start;
            }
        }

        foreach (var radiotherapy in context.Radiotherapy)
        {
            if (radiotherapy.Status == TreatmentStatus.Given && radiotherapy.Evidence.Start < first)
            {
                first = radiotherapy.Evidence.Start;
            }
        }

        return first;
    }

    /// <summary>
    /// Where the treatment that an event in the narrative may follow is first named: in the title and abstract the
    /// first given treatment of the document; in a section of the case, the first given treatment of the same patient
    /// named in that section, so that complaints told before it (the presentation) are not taken for its events; when
    /// the section names none, the first of the document.
    /// </summary>
    private static int Threshold(ExtractionContext context, int start, int first, Dictionary<(int, string), int> cache)
    {
        var section = context.SectionAt(start);
        if (section is null || section.Kind is SectionKind.Title or SectionKind.Abstract || first > start)
        {
            return first;
        }

        var patient = context.PatientAt(start);
        if (cache.TryGetValue((section.Start, patient), out var known))
        {
            return known;
        }

        var text = context.Text;
        var found = int.MaxValue;
        foreach (var drug in context.Drugs)
        {
            if (drug.Status != TreatmentStatus.Given || drug.Evidence.Text.Length <= 2)
            {
                continue;
            }

            var index = IndexOfIgnoringCase(text, drug.Evidence.Text, section.Start, section.End);
            for (var tries = 0; index >= 0 && tries < 8 && context.PatientAt(index) != patient; tries++)
            {
                var next = index + 1;
                index = IndexOfIgnoringCase(text, drug.Evidence.Text, next, section.End);
            }

            if (index >= 0 && index < found && context.PatientAt(index) == patient)
            {
                found = index;
            }
        }

        foreach (var radiotherapy in context.Radiotherapy)
        {
            var at = radiotherapy.Evidence.Start;
            if (radiotherapy.Status == TreatmentStatus.Given && at >= section.Start && at < section.End && at < found && radiotherapy.Patient == patient)
            {
                found = at;
            }
        }

        var threshold = found == int.MaxValue ? first : found;
        cache[(section.Start, patient)] = threshold;
        return threshold;
    }

    private static int IndexOfIgnoringCase(string text, string value, int from, int to)
    {
        var index = OrdinalIgnoreCase.IndexOf(text.AsSpan(from, to - from), value);
        return index < 0 ? -1 : from + index;
    }

    private static bool IsCoordination(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        return trimmed is "and" or "or" or "," or ", and" or "/" || trimmed.IsEmpty;
    }

    private static bool SpeaksOfToxicity(string text, Sentence sentence) =>
        ToxicityRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    /// <summary>The grade stated right before ("grade 3 colitis", "G2 immune-related rash") or right after ("colitis (grade 2)").</summary>
    internal static int? GradeOf(string text, Sentence sentence, int start, int end)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        int? best = null;
        var bestGap = int.MaxValue;
        foreach (var match in GradeRegex().EnumerateMatches(span))
        {
            var gStart = sentence.Start + match.Index;
            var gEnd = gStart + match.Length;
            int gap;
            if (gEnd <= start)
            {
                var between = text.AsSpan(gEnd, start - gEnd);
                if (Words(between) > 3 || between.IndexOfAny(",;:()") >= 0 || between.Contains(" and ", StringComparison.Ordinal))
                {
                    continue;
                }

                gap = between.Length;
            }
            else if (gStart >= end)
            {
                var between = text.AsSpan(end, gStart - end);
                var trimmed = between.Trim(" ,(–-:".AsSpan());
                if (Words(between) > 3 || !(trimmed.IsEmpty || trimmed.Equals("of", StringComparison.OrdinalIgnoreCase)
                    || trimmed.Equals("was", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("CTCAE", StringComparison.Ordinal)))
                {
                    continue;
                }

                gap = between.Length;
            }
            else
            {
                continue;
            }

            if (gap < bestGap && ReadGrade(text.AsSpan(gStart, gEnd - gStart)) is { } grade)
            {
                bestGap = gap;
                best = grade;
            }
        }

        return best;
    }

    private static int Words(ReadOnlySpan<char> span)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static int? ReadGrade(ReadOnlySpan<char> value)
    {
        var i = value.Length - 1;
        while (i >= 0 && !char.IsLetterOrDigit(value[i]))
        {
            i--;
        }

        var tail = value[..(i + 1)];
        var digit = tail[^1];
        if (char.IsDigit(digit))
        {
            return digit - '0' is >= 1 and <= 5 and var g ? g : null;
        }

        var space = tail.LastIndexOfAny(' ', 'G', 'g');
        var roman = tail[(space + 1)..];
        return roman switch
        {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "I" => 1,
            "II" => 2,
            "III" => 3,
            "IV" => 4,
            "V" => 5,
            _ => null,
        };
    }

    // "grade 3", "Grade III", "CTCAE grade 4", "G2", "grade 2-3" (the higher one is read)
    [GeneratedRegex(@"\b(?:(?:CTCAE\s+(?:v\d(?:\.\d+)?\s+)?)?[Gg]rade\s*(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five)(?:\s*(?:-|–|to)\s*(?:[1-5]|IV|V|I{1,3}|one|two|three|four|five))?|G[1-5])\b")]
    private static partial Regex GradeRegex();

    [GeneratedRegex(@"\b(?:grade|immune[- ](?:related|mediated)|irAEs?|induced|related to|associated|adverse|toxicit(?:y|ies)|side[- ]effects?|attributed to|secondary to (?:the )?(?:immuno|chemo|radio|treatment|therapy)|(?:after|following) (?:the )?(?:\w+ ){0,3}(?:cycles?|doses?|courses?|infusions?|administration|initiation)|complicat(?:ed|ions?)|postoperative(?:ly)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ToxicityRegex();
}
