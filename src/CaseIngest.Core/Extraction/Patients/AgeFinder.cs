using System.Buffers;
using System.Text.RegularExpressions;
using CaseIngest.Core.Text;
using static CaseIngest.Core.Extraction.Patients.PatientSex;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// The ages of the patients described: "57-year-old", "aged 45", "65 years of age", "62 yo M", "in her 60s", "a newborn",
/// each with the sex written beside it. Only text about the case counts, and not the age of a relative.
/// </summary>
internal static partial class AgeFinder
{
    public static List<AgeMention> FindAges(ExtractionContext context)
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

        foreach (var match in AtAgeRegex().EnumerateMatches(text))
        {
            if (AtPresentation(context, match.Index))
            {
                Add(context, found, match.Index, match.Length, AgeKind.Aged);
            }
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

    private static readonly string[] PresentationWords = ["present", "diagnos", "referred", "admitted", "noticed", "first seen"];

    /// <summary>
    /// "At the age of 44, she was diagnosed", "presented in 2016 at age 57": an age that opens its sentence or follows the
    /// presentation or diagnosis in it, not the age at a later event ("a CT performed at age 2 years").
    /// </summary>
    private static bool AtPresentation(ExtractionContext context, int start)
    {
        var sentence = context.SentenceAt(start);
        if (start - sentence.Start <= 2)
        {
            return true;
        }

        var before = context.Text.AsSpan(sentence.Start, start - sentence.Start);
        foreach (var word in PresentationWords)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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

    internal const string Number =
        @"(?:\d{1,3}(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)";

    // "57-year-old", "36- year- old", "33 - year old", "34-yr-old", "3-month-old", "4 and a half years old"
    [GeneratedRegex(@"\b" + Number + @"(?:[- ]and[- ]a[- ]half)?(?:\s*[-–‐‑]\s*|\s+)(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)(?:\s*[-–‐‑]\s*|\s+)old\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsOldRegex();

    // "aged 45", "aged 45 years"; not the range of a group ("women aged 50 to 70", "aged 18-75 years")
    [GeneratedRegex(@"\baged\s+\d{1,3}(?!\s*(?:[-–‐]|to\b|and\b|or\b)\s*\d)(?:\s*(?:years?|yrs?|months?|weeks?))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgedRegex();

    // "at age 57", "at the age of 57 years" (not "at age 6 months")
    [GeneratedRegex(@"\bat\s+(?:the\s+)?age\s+(?:of\s+)?\d{1,3}(?:\s*(?:years?|yrs?))?\b(?!\s*(?:months?|weeks?|days?|%))", RegexOptions.IgnoreCase)]
    private static partial Regex AtAgeRegex();

    // "65 years of age"
    [GeneratedRegex(@"\b\d{1,3}\s*(?:years?|yrs?|months?)\s+of\s+age\b(?!\s+or\s+(?:older|above|more|younger|less))", RegexOptions.IgnoreCase)]
    private static partial Regex YearsOfAgeRegex();

    // "62 yo M", "45 y/o female", "70-yo man"
    [GeneratedRegex(@"\b\d{1,3}\s*[- ]?\s*(?:yo|y/o|y\.o\.?|yrs? old)(?:\s+(?:M|F|male|female|man|woman)\b)?")]
    private static partial Regex ShortAgeRegex();

    // "in her 60s", "in his early seventies"
    [GeneratedRegex(@"\bin\s+(?:his|her|their)\s+(?:early\s+|mid\s*-?\s*|late\s+)?(?:[1-9]0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecadeRegex();

    private static readonly SearchValues<string> NewbornWords = SearchValues.Create(["newborn", "neonate"], StringComparison.Ordinal);

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

    [GeneratedRegex(@"\b(?:a|an|the)\s+(?:full-term\s+|preterm\s+)?(?:newborn|neonate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewbornRegex();

    [GeneratedRegex(Number, RegexOptions.IgnoreCase)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"(?:year|yr|y|month|mo|week|wk|day)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitRegex();
}
