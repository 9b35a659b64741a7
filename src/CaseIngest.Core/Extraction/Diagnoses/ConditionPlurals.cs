namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The plural a report writes for a condition seen more than once ("bilateral pleural effusions", "pulmonary emboli",
/// "multiple rib fractures", "renal abscesses", "deep vein thromboses", "bilateral pneumothoraces"): the last word of the
/// phrase made plural. An embolism written as its clots ("pulmonary emboli") and a clot ("thrombi") name the condition
/// too. A mass noun (an inflammation in -itis, a state in -ia or -ism, a failure) has no plural a report writes, so it
/// is left alone.
/// </summary>
internal static class ConditionPlurals
{
    /// <summary>The plural spellings of a lower-case phrase; none for an abbreviation or a phrase already plural.</summary>
    public static IEnumerable<string> Of(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var word = phrase[(space + 1)..];
        if (word.Length < 4 || !word.All(char.IsAsciiLetterLower))
        {
            yield break;
        }

        var lead = phrase[..(space + 1)];
        if (word.EndsWith("embolism", StringComparison.Ordinal))
        {
            yield return lead + word[..^3] + "i";
            yield return lead + word + "s";
        }
        else if (word.EndsWith("sis", StringComparison.Ordinal) && !word.EndsWith("itis", StringComparison.Ordinal))
        {
            yield return lead + word[..^2] + "es";
        }
        else if (word.EndsWith("us", StringComparison.Ordinal))
        {
            yield return lead + word[..^2] + "i";
        }
        else if (word.EndsWith("thorax", StringComparison.Ordinal))
        {
            yield return lead + word[..^1] + "ces";
            yield return lead + word + "es";
        }
        else if (word.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return lead + word + "es";
        }
        else if (word.EndsWith("itis", StringComparison.Ordinal) || word.EndsWith("ia", StringComparison.Ordinal) || word.EndsWith("ism", StringComparison.Ordinal)
            || word.EndsWith('s') || word is "failure" or "insufficiency" or "dysfunction" or "injury" or "toxicity" or "pain" or "disease" or "syndrome")
        {
            yield break;
        }
        else if (word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            yield return lead + word + "es";
        }
        else if (word.EndsWith('y') && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            yield return lead + word[..^1] + "ies";
        }
        else
        {
            yield return lead + word + "s";
        }
    }
}
