using System.Text.RegularExpressions;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Whether the start of a section describes a search of the literature ("We searched PubMed and Embase …", "A total of
/// 42 articles met the inclusion criteria") rather than work on the patient's own samples ("Immunohistochemistry was
/// performed …", "Sequencing revealed …"). Only the first <see cref="Window"/> characters are read.
/// </summary>
public static partial class LiteratureSearchText
{
    public const int Window = 1500;

    public static bool Describes(ReadOnlySpan<char> text) =>
        !text.IsEmpty && LiteratureRegex().IsMatch(text.Length > Window ? text[..Window] : text);

    // "a literature search", "PubMed", "MEDLINE", "Embase", "Scopus", "Web of Science", "Google Scholar", "we searched",
    // "42 articles", "publications", "the inclusion criteria", "a systematic review"
    [GeneratedRegex(@"\b(?:literature|pubmed|medline|embase|scopus|web of science|google scholar|cochrane|searched|articles|publications|inclusion criteria|systematic review)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LiteratureRegex();
}
