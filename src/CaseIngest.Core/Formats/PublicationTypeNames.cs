namespace CaseIngest.Core.Formats;

/// <summary>PubMed publication types: those of a case, those of a study or review, and the other common ones a page may show.</summary>
internal static class PublicationTypeNames
{
    /// <summary>Types that say the article reports no case of its own.</summary>
    public static readonly string[] Studies =
    [
        "Review", "Systematic Review", "Meta-Analysis", "Clinical Trial", "Clinical Trial, Phase I", "Clinical Trial, Phase II",
        "Clinical Trial, Phase III", "Clinical Trial, Phase IV", "Randomized Controlled Trial", "Controlled Clinical Trial",
        "Observational Study", "Multicenter Study", "Practice Guideline", "Guideline", "Editorial", "Evaluation Study",
        "Validation Study", "Clinical Study", "Comparative Study", "Evaluation Studies", "Validation Studies", "Scoping Review",
        "Network Meta-Analysis", "Pragmatic Clinical Trial", "Equivalence Trial", "Adaptive Clinical Trial", "Clinical Trial Protocol",
        "Twin Study", "Consensus Development Conference", "Consensus Development Conference, NIH",
    ];

    private static readonly string[] Others = ["Case Reports", "Journal Article", "Letter", "Comment", "News", "Published Erratum"];

    public static bool IsCase(string type) => type.Contains("Case Report", StringComparison.OrdinalIgnoreCase);

    public static bool IsStudy(string type) => Array.Exists(Studies, s => string.Equals(s, type.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a whole line is a publication type name.</summary>
    public static bool IsName(string line) => IsStudy(line) || Array.Exists(Others, s => string.Equals(s, line.Trim(), StringComparison.OrdinalIgnoreCase));
}
