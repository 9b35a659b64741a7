using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// Finds the report's patients: age and sex from the first description ("A 57-year-old man", "62 yo M", "a woman
/// in her 60s"), sex from nouns and pronouns of the case text when the description omits it, and the patients of a
/// case series ("Case 1" / "Case 2", "Patient 2", "the second patient"), marking where each one's text begins so
/// that later steps attribute their facts. Only text about the case counts (not other published cases).
/// </summary>
public sealed partial class PatientStep : IExtractionStep
{
    private const int MaxPatients = 12;

    public string Name => "patients";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ages = FindAges(context);
        var markers = FindMarkers(context, ages);
        var count = markers.Count == 0 ? 1 : markers.Max(m => m.Number);
        if (count < 2)
        {
            var patient = Describe(context, ages, 0, context.Text.Length, ExtractionContext.DefaultPatient);
            if (patient is not null)
            {
                context.Patients.Add(patient);
            }

            return;
        }

        // each patient's own text: from its first marker to the next marker of any patient
        var firstStart = new int[count + 1];
        Array.Fill(firstStart, -1);
        foreach (var marker in markers)
        {
            if (firstStart[marker.Number] < 0)
            {
                firstStart[marker.Number] = marker.Start;
            }

            context.StartPatientSpan(marker.Start, Id(marker.Number));
        }

        for (var n = 1; n <= count; n++)
        {
            var start = firstStart[n] < 0 ? (n == 1 ? 0 : -1) : firstStart[n];
            if (start < 0)
            {
                context.Patients.Add(new Patient { Id = Id(n) });
                continue;
            }

            var end = context.Text.Length;
            foreach (var marker in markers)
            {
                if (marker.Start > start && marker.Number != n)
                {
                    end = marker.Start;
                    break;
                }
            }

            context.Patients.Add(Describe(context, ages, start, end, Id(n)) ?? new Patient { Id = Id(n) });
        }
    }

    private static string Id(int number) => "P" + number.ToString(CultureInfo.InvariantCulture);

    private static Patient? Describe(ExtractionContext context, List<AgeMention> ages, int start, int end, string id)
    {
        AgeMention? first = null;
        foreach (var age in ages)
        {
            if (age.Start >= start && age.Start < end)
            {
                first = age;
                break;
            }
        }

        var sex = first?.Sex ?? SexFromText(context, first?.Start ?? start, end);
        if (first is null && sex is null)
        {
            return null;
        }

        return new Patient { Id = id, AgeYears = first?.Years, Sex = sex };
    }

    /// <summary>Sex from the nouns and pronouns of the case text in [start, end): a clear majority of at least two.</summary>
    private static string? SexFromText(ExtractionContext context, int start, int end)
    {
        int male = 0, female = 0;
        var text = context.Text;
        foreach (var token in context.Tokens)
        {
            if (token.Start < start)
            {
                continue;
            }

            if (token.Start >= end)
            {
                break;
            }

            var word = text.AsSpan(token.Start, token.Length);
            var sex = SexOfWord(word, pronouns: true);
            if (sex is null || !context.IsAboutCase(token.Start))
            {
                continue;
            }

            if (sex == "male")
            {
                male++;
            }
            else
            {
                female++;
            }
        }

        // a clear majority: at least two to one, or a single mention with nothing against it
        if (male >= 1 && (female == 0 || (male >= 2 && male >= 2 * female)))
        {
            return "male";
        }

        return female >= 1 && (male == 0 || (female >= 2 && female >= 2 * male)) ? "female" : null;
    }

    internal static string? SexOfWord(ReadOnlySpan<char> word, bool pronouns)
    {
        Span<char> lower = stackalloc char[16];
        if (word.Length > lower.Length)
        {
            return null;
        }

        word.ToLowerInvariant(lower);
        var w = lower[..word.Length];
        if (w is "man" or "male" or "boy" or "gentleman" or "men" or "males" or "boys")
        {
            return "male";
        }

        if (w is "woman" or "female" or "girl" or "lady" or "women" or "females" or "girls" or "primipara" or "multipara"
            or "primigravida" or "multigravida" or "gravida" or "pregnant")
        {
            return "female";
        }

        if (!pronouns)
        {
            return null;
        }

        if (w is "he" or "his" or "him" or "himself")
        {
            return "male";
        }

        return w is "she" or "her" or "hers" or "herself" ? "female" : null;
    }

    private static List<AgeMention> FindAges(ExtractionContext context)
    {
        var text = context.Text;
        var found = new List<AgeMention>();
        // "… old" only: the pattern runs on the few words before each "old"
        foreach (var token in context.Tokens)
        {
            if (token.Length != 3 || !text.AsSpan(token.Start, 3).Equals("old", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var from = Math.Max(0, token.Start - 48);
            foreach (var match in YearsOldRegex().EnumerateMatches(text.AsSpan(from, token.End - from)))
            {
                if (from + match.Index + match.Length == token.End && (from == 0 || match.Index > 0 || !char.IsLetterOrDigit(text[from - 1])))
                {
                    Add(context, found, from + match.Index, match.Length, AgeKind.YearsOld);
                }
            }
        }

        foreach (var match in AgedRegex().EnumerateMatches(text))
        {
            Add(context, found, match.Index, match.Length, AgeKind.Aged);
        }

        foreach (var match in YearsOfAgeRegex().EnumerateMatches(text))
        {
            Add(context, found, match.Index, match.Length, AgeKind.YearsOfAge);
        }

        foreach (var match in ShortAgeRegex().EnumerateMatches(text))
        {
            Add(context, found, match.Index, match.Length, AgeKind.Short);
        }

        foreach (var match in DecadeRegex().EnumerateMatches(text))
        {
            Add(context, found, match.Index, match.Length, AgeKind.Decade);
        }

        if (MayHold(text, NewbornWords))
        {
            foreach (var match in NewbornRegex().EnumerateMatches(text))
            {
                Add(context, found, match.Index, match.Length, AgeKind.Newborn);
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(ExtractionContext context, List<AgeMention> found, int start, int length, AgeKind kind)
    {
        var text = context.Text;
        var end = start + length;
        if (!CaseScope.InCase(context, start) || AboutSomeoneElse(text, start, end))
        {
            return;
        }

        var span = text.AsSpan(start, length);
        double? years = null;
        string? sex = null;
        switch (kind)
        {
            case AgeKind.YearsOld:
            case AgeKind.Aged:
            case AgeKind.YearsOfAge:
            case AgeKind.Short:
                if (!TryReadAge(span, out var value))
                {
                    return;
                }

                years = value;
                break;
            case AgeKind.Newborn:
                years = 0;
                break;
        }

        if (kind == AgeKind.Decade)
        {
            // "in her 60s": the sex is in the pronoun, the noun is usually just before
            sex = span.Contains(" her ", StringComparison.OrdinalIgnoreCase) ? "female"
                : span.Contains(" his ", StringComparison.OrdinalIgnoreCase) ? "male" : null;
            sex = SexBefore(text, start) ?? sex;
        }
        else
        {
            sex = SexInside(span) ?? SexAfter(text, end) ?? SexBefore(text, start);
        }

        if (years is > 120)
        {
            return;
        }

        found.Add(new AgeMention(start, end, years, sex));
    }

    private static string? SexInside(ReadOnlySpan<char> span)
    {
        foreach (var range in span.SplitAny(" \t-,()/."))
        {
            var word = span[range];
            if (word is "M")
            {
                return "male";
            }

            if (word is "F")
            {
                return "female";
            }

            if (SexOfWord(word, pronouns: false) is { } sex)
            {
                return sex;
            }
        }

        return null;
    }

    /// <summary>A sex noun among the next few words: "64-year-old Caucasian female", "65-year-old patient (male)".</summary>
    private static string? SexAfter(string text, int end)
    {
        var words = 0;
        var i = end;
        while (i < text.Length && words < 5)
        {
            var c = text[i];
            if (c is '.' or ';' or '\n' or ':')
            {
                break;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            words++;
            var word = text.AsSpan(s, i - s);
            if (SexOfWord(word, pronouns: false) is { } sex)
            {
                return sex;
            }

            if (word is "M" && words == 1)
            {
                return "male";
            }

            if (word is "F" && words == 1)
            {
                return "female";
            }

            if (word.Equals("with", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase)
                || word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("presented", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>A sex noun just before: "a woman in her 60s", "a female aged 45", "a man, 62 years of age".</summary>
    private static string? SexBefore(string text, int start)
    {
        var from = Math.Max(0, start - 30);
        var window = text.AsSpan(from, start - from);
        var cut = window.LastIndexOfAny('.', '\n', ';');
        if (cut >= 0)
        {
            window = window[(cut + 1)..];
        }

        string? last = null;
        foreach (var range in window.SplitAny(" \t,()"))
        {
            if (SexOfWord(window[range], pronouns: false) is { } sex)
            {
                last = sex;
            }
        }

        return last;
    }

    private static readonly string[] Relatives =
    [
        "son", "daughter", "brother", "sister", "mother", "father", "husband", "wife", "sibling", "twin", "grandson",
        "granddaughter", "grandmother", "grandfather", "aunt", "uncle", "cousin", "nephew", "niece", "child", "baby",
        "infant", "partner", "donor", "friend", "neighbor", "neighbour",
    ];

    /// <summary>"her 30-year-old son", "a 10-year-old sister": an age of somebody else.</summary>
    private static bool AboutSomeoneElse(string text, int start, int end)
    {
        var before = text.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)).TrimEnd();
        var cut = before.LastIndexOfAny(' ', '\n', '(');
        var previous = cut >= 0 ? before[(cut + 1)..] : before;
        if (previous is "his" or "her" or "their" or "His" or "Her" or "Their" || previous.EndsWith("'s", StringComparison.Ordinal)
            || previous.EndsWith("’s", StringComparison.Ordinal))
        {
            return true;
        }

        var after = text.AsSpan(end, Math.Min(40, text.Length - end));
        var words = 0;
        foreach (var range in after.SplitAny(" \t,-"))
        {
            var word = after[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 3)
            {
                break;
            }

            foreach (var relative in Relatives)
            {
                if (word.Equals(relative, StringComparison.OrdinalIgnoreCase))
                {
                    // "a 3-month-old infant" is the patient; "her 2-year-old child" was caught above
                    return relative is not ("infant" or "child" or "baby");
                }
            }
        }

        return false;
    }

    private static bool TryReadAge(ReadOnlySpan<char> span, out double years)
    {
        years = 0;
        var match = NumberRegex().Match(span.ToString());
        if (!match.Success || !NumberWords.TryParse(match.ValueSpan, out var value))
        {
            return false;
        }

        var rest = span[(match.Index + match.Length)..];
        if (rest.StartsWith(" and a half", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("-and-a-half", StringComparison.OrdinalIgnoreCase))
        {
            value += 0.5;
        }

        var unitMatch = UnitRegex().Match(rest.ToString());
        var unit = unitMatch.Success ? unitMatch.Value.ToLowerInvariant() : "year";
        years = unit[0] switch
        {
            'm' => Math.Round(value / 12, 2),
            'w' => Math.Round(value / 52, 2),
            'd' => Math.Round(value / 365, 2),
            _ => value,
        };
        return true;
    }

    /// <summary>"The second patient was a 64-year-old woman": an ordinal that opens a sentence, or one beside an age.</summary>
    private static bool OpensDescription(string text, Text.Sentence sentence, int start, int end, List<AgeMention> ages)
    {
        foreach (var age in ages)
        {
            if (sentence.Contains(age.Start))
            {
                return true;
            }
        }

        if (start - sentence.Start > 12)
        {
            return false;
        }

        var after = text.AsSpan(end, Math.Min(14, text.Length - end)).TrimStart();
        return !(after.StartsWith("of", StringComparison.OrdinalIgnoreCase) || after.StartsWith("reported", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("described", StringComparison.OrdinalIgnoreCase) || after.StartsWith("in the", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] QuantityWords = ["day", "week", "month", "year", "hour", "mg", "time", "cycle", "dose", "cm", "mm", "%"];

    private static bool FollowedByQuantity(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(10, text.Length - end)).TrimStart();
        foreach (var word in QuantityWords)
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return after.Length > 1 && after[0] is '.' or ',' && char.IsDigit(after[1]);
    }

    private static List<PatientMarker> FindMarkers(ExtractionContext context, List<AgeMention> ages)
    {
        var text = context.Text;
        var markers = new List<PatientMarker>();
        foreach (var match in LineMarkerRegex().EnumerateMatches(text))
        {
            var value = text.AsSpan(match.Index, match.Length);
            if (MarkerNumber(value) is { } n && context.IsAboutCase(match.Index))
            {
                markers.Add(new PatientMarker(match.Index, n));
            }
        }

        foreach (var match in InlineMarkerRegex().EnumerateMatches(text))
        {
            var sentence = context.SentenceAt(match.Index);
            // "Case 2A 22-year-old male …" glued to the previous sentence by a lost line break
            var glued = match.Index > 0 && text[match.Index - 1] is '.' or ':' && char.IsUpper(text[match.Index]);
            if ((match.Index - sentence.Start > 12 && !glued) || !context.IsAboutCase(match.Index))
            {
                continue;
            }

            if (MarkerNumber(text.AsSpan(match.Index, match.Length)) is { } n && !FollowedByQuantity(text, match.Index + match.Length))
            {
                markers.Add(new PatientMarker(glued ? match.Index : sentence.Start, n));
            }
        }

        if (MayHoldOrdinalMarker(text))
        {
            foreach (var match in OrdinalMarkerRegex().EnumerateMatches(text))
            {
                var sentence = context.SentenceAt(match.Index);
                if (!context.IsAboutCase(match.Index) || !OpensDescription(text, sentence, match.Index, match.Index + match.Length, ages))
                {
                    continue;
                }

                var value = text.AsSpan(match.Index, match.Length);
                int? n = null;
                string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"];
                for (var i = 0; i < ordinals.Length; i++)
                {
                    if (value.Contains(ordinals[i], StringComparison.OrdinalIgnoreCase))
                    {
                        n = i + 1;
                    }
                }

                if (n is { } number)
                {
                    markers.Add(new PatientMarker(sentence.Start, number));
                }
            }
        }

        markers.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Number.CompareTo(b.Number));
        // a series counts only when its numbers come in order: 2 after 1 (or after the start), 3 after 2 …
        var seen = 1;
        var kept = new List<PatientMarker>();
        foreach (var marker in markers)
        {
            if (marker.Number <= seen + 1 && marker.Number <= MaxPatients)
            {
                seen = Math.Max(seen, marker.Number);
                if (kept.Count == 0 || kept[^1].Start != marker.Start)
                {
                    kept.Add(marker);
                }
            }
        }

        return seen >= 2 ? kept : [];
    }

    private static int? MarkerNumber(ReadOnlySpan<char> value)
    {
        var match = MarkerNumberRegex().Match(value.ToString());
        if (!match.Success)
        {
            return null;
        }

        var word = match.Value.ToLowerInvariant();
        return word switch
        {
            "i" => 1,
            "ii" => 2,
            "iii" => 3,
            "iv" => 4,
            "v" => 5,
            _ when NumberWords.TryParse(word, out var n) && n is >= 1 and <= MaxPatients => (int)n,
            _ => null,
        };
    }

    private const string Number =
        @"(?:\d{1,3}(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)";

    // "57-year-old", "36- year- old", "33 - year old", "34-yr-old", "3-month-old", "4 and a half years old"
    [GeneratedRegex(@"\b" + Number + @"(?:[- ]and[- ]a[- ]half)?(?:\s*[-–‐‑]\s*|\s+)(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)(?:\s*[-–‐‑]\s*|\s+)old\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsOldRegex();

    // "aged 45", "aged 45 years"
    [GeneratedRegex(@"\baged\s+\d{1,3}(?:\s*(?:years?|yrs?|months?|weeks?))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgedRegex();

    // "65 years of age"
    [GeneratedRegex(@"\b\d{1,3}\s*(?:years?|yrs?|months?)\s+of\s+age\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsOfAgeRegex();

    // "62 yo M", "45 y/o female", "70-yo man"
    [GeneratedRegex(@"\b\d{1,3}\s*[- ]?\s*(?:yo|y/o|y\.o\.?|yrs? old)(?:\s+(?:M|F|male|female|man|woman)\b)?")]
    private static partial Regex ShortAgeRegex();

    // "in her 60s", "in his early seventies"
    [GeneratedRegex(@"\bin\s+(?:his|her|their)\s+(?:early\s+|mid\s*-?\s*|late\s+)?(?:[1-9]0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecadeRegex();

    private static readonly SearchValues<string> NewbornWords = SearchValues.Create(["newborn", "neonate"], StringComparison.Ordinal);

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"];

    private static readonly SearchValues<string> OrdinalWords = SearchValues.Create(Ordinals, StringComparison.Ordinal);

    /// <summary>
    /// Whether a case-insensitive regular expression that needs one of the lower-case <paramref name="words"/> may
    /// match: a word occurs in the text lower-cased, or the text holds 'ſ' or 'ı', the only characters the regex
    /// folds to an ASCII letter that lower-casing leaves as they are.
    /// </summary>
    private static bool MayHold(string text, SearchValues<string> words)
    {
        var lowered = LowerCasedText.Of(text);
        return lowered.IndexOfAny(words) >= 0 || lowered.IndexOfAny('\u017F', '\u0131') >= 0;
    }

    /// <summary>Whether <see cref="OrdinalMarkerRegex"/> may match: an ordinal followed by white space and "patient" or "case".</summary>
    private static bool MayHoldOrdinalMarker(string text)
    {
        var lowered = LowerCasedText.Of(text);
        if (lowered.IndexOfAny('\u017F', '\u0131') >= 0)
        {
            return true;
        }

        var from = 0;
        while (from < lowered.Length)
        {
            var at = lowered[from..].IndexOfAny(OrdinalWords);
            if (at < 0)
            {
                return false;
            }

            at += from;
            foreach (var ordinal in Ordinals)
            {
                if (!lowered[at..].StartsWith(ordinal, StringComparison.Ordinal))
                {
                    continue;
                }

                var next = at + ordinal.Length;
                var afterSpace = next;
                while (afterSpace < lowered.Length && char.IsWhiteSpace(lowered[afterSpace]))
                {
                    afterSpace++;
                }

                if (afterSpace > next && (lowered[afterSpace..].StartsWith("patient", StringComparison.Ordinal)
                    || lowered[afterSpace..].StartsWith("case", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:a|an|the)\s+(?:full-term\s+|preterm\s+)?(?:newborn|neonate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewbornRegex();

    [GeneratedRegex(Number, RegexOptions.IgnoreCase)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"(?:year|yr|y|month|mo|week|wk|day)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitRegex();

    // a heading or line that opens a patient: "Case 1", "## Case 2:", "**Patient 3**", "Case report 2"
    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?[ \t]*(?:case|patient)[ \t]*(?:report[ \t]*|presentation[ \t]*)?(?:#|no\.?)?[ \t]*(?:\d{1,2}|one|two|three|four|five|i{1,3}|iv|v)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex LineMarkerRegex();

    // a sentence that opens with a patient: "Patient 2 was a 64-year-old woman", "In case 2, …"
    [GeneratedRegex(@"\b(?:case|patient)\s*(?:#|no\.\s*)?[1-9](?:\b|(?=[A-Z][a-z]?\s))", RegexOptions.IgnoreCase)]
    private static partial Regex InlineMarkerRegex();

    // "the second patient", "a second case", "the third case"
    [GeneratedRegex(@"\b(?:the|a|our)\s+(?:first|second|third|fourth|fifth|sixth)\s+(?:patient|case)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalMarkerRegex();

    [GeneratedRegex(@"(?:\d{1,2}|one|two|three|four|five|iv|i{1,3}|v)$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerNumberRegex();
}
