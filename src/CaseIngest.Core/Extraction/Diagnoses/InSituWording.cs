namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>"in situ" written after or before a histology.</summary>
internal static class InSituWording
{
    /// <summary>
    /// "ductal carcinoma in situ" and "in situ ductal carcinoma" name one diagnosis, written the first way; the
    /// evidence takes in the two words.
    /// </summary>
    public static void Apply(string text, ref string name, ref int start, ref int end)
    {
        if (name.EndsWith(InSituWords, StringComparison.Ordinal))
        {
            return;
        }

        if (end + InSituWords.Length + 1 <= text.Length && text.AsSpan(end, InSituWords.Length + 1).Equals(" " + InSituWords, StringComparison.OrdinalIgnoreCase)
            && (end + InSituWords.Length + 1 == text.Length || !char.IsLetterOrDigit(text[end + InSituWords.Length + 1])))
        {
            name += " " + InSituWords;
            end += InSituWords.Length + 1;
        }
        else if (start >= InSituWords.Length + 1 && text.AsSpan(start - InSituWords.Length - 1, InSituWords.Length + 1).Equals(InSituWords + " ", StringComparison.OrdinalIgnoreCase)
            && (start == InSituWords.Length + 1 || !char.IsLetterOrDigit(text[start - InSituWords.Length - 2])))
        {
            name += " " + InSituWords;
            start -= InSituWords.Length + 1;
        }
    }

    private const string InSituWords = "in situ";
}
