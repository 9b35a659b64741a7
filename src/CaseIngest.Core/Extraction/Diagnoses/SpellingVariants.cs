namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The other spellings of a diagnosis phrase written the American way: British ("tumour", "oesophageal", "leukaemia",
/// "haematological") and split ("neuro-endocrine", "adeno-carcinoma"; a hyphen and a space match alike). The
/// vocabularies spell most names one way only, and reports write them every way.
/// </summary>
internal static class SpellingVariants
{
    /// <summary>American spelling, other spelling: "esophageal adenocarcinoma" → "oesophageal adenocarcinoma".</summary>
    private static readonly (string American, string Other)[] Pairs =
    [
        ("tumor", "tumour"), ("esophag", "oesophag"), ("leukemia", "leukaemia"), ("hemat", "haemat"),
        ("hemangio", "haemangio"), ("hemorrhag", "haemorrhag"), ("anemia", "anaemia"), ("edema", "oedema"),
        ("neuroendocrine", "neuro endocrine"), ("adenocarcinoma", "adeno carcinoma"),
    ];

    /// <summary>Each other spelling of a lower-case phrase, one word changed at a time; none for an abbreviation.</summary>
    public static IEnumerable<string> Of(string phrase)
    {
        foreach (var (american, other) in Pairs)
        {
            if (american != other && phrase.Contains(american, StringComparison.Ordinal))
            {
                yield return phrase.Replace(american, other, StringComparison.Ordinal);
            }
        }
    }
}
