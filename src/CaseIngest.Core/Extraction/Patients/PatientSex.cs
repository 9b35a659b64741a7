
namespace CaseIngest.Core.Extraction.Patients;

/// <summary>A patient's sex: from a sex noun beside an age ("64-year-old Caucasian female"), or from the nouns and pronouns of the case text.</summary>
internal static class PatientSex
{
    /// <summary>Sex from the nouns and pronouns of the case text in [start, end): a clear majority of at least two.</summary>
    public static string? SexFromText(ExtractionContext context, int start, int end)
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

    public static string? SexInside(ReadOnlySpan<char> span)
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
    public static string? SexAfter(string text, int end)
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
    public static string? SexBefore(string text, int start)
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
}
