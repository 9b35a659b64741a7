using System.Text.RegularExpressions;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether a sentence speaks of patients in general or presents the report's own cases.</summary>
internal static partial class MentionFilters
{
    /// <summary>
    /// Whether the sentence speaks of patients or studies in general ("in 10% of patients", "et al", "[12]", "(2, 15)")
    /// rather than of the case; titles are never general. With <paramref name="testStudies"/>, studies a test names
    /// ("nerve conduction studies", "imaging studies") are the case's own and make no sentence general.
    /// </summary>
    public static bool GeneralSentence(ExtractionContext context, int start, bool testStudies = false)
    {
        if (context.SectionAt(start)?.Kind is SectionKind.Title)
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        var span = context.Text.AsSpan(sentence.Start, sentence.Length);
        // the presenting cue is looked for only in the few sentences that read as general
        return (GeneralWords.ContainsAny(span) || CitationRegex().IsMatch(span)) && !PresentingWords.ContainsAny(span)
            && !(testStudies && OnlyTestStudies(span));
    }

    // the sentence is general only by "studies" a test names ("nerve conduction studies confirmed …")
    private static bool OnlyTestStudies(ReadOnlySpan<char> span) =>
        !GeneralWordsBesidesStudies.ContainsAny(span) && !CitationRegex().IsMatch(span) && !LiteratureStudiesRegex().IsMatch(span);

    /// <summary>
    /// Whether the sentence at <paramref name="start"/> presents the report's own cases ("we present two cases of …"),
    /// or the mention is in a title that announces a series ("… of nasopharyngeal carcinoma: a report of two cases").
    /// </summary>
    public static bool PresentsTheCases(ExtractionContext context, int start)
    {
        var sentence = context.SentenceAt(start);
        return PresentingWords.ContainsAny(context.Text.AsSpan(sentence.Start, sentence.Length))
            || (context.SectionAt(start) is { Kind: SectionKind.Title } title && SeriesWords.ContainsAny(context.Text.AsSpan(title.Start, title.End - title.Start)));
    }

    private static readonly CueSet SeriesWords = new([" cases", "case series", "siblings", "twins", "patients"]);

    private static readonly CueSet PresentingWords = new(["we present", "we report", "we describe"]);

    private static readonly CueSet GeneralWords = new(
    [
        "patients", "et al", "studies", " cases", " cohort", " typically ", " generally ", " usually ", " often ",
        " commonly ", " incidence", " literature", "most frequent", "most common", " is recommended", " are recommended",
    ]);

    private static readonly CueSet GeneralWordsBesidesStudies = new(
    [
        "patients", "et al", " cases", " cohort", " typically ", " generally ", " usually ", " often ",
        " commonly ", " incidence", " literature", "most frequent", "most common", " is recommended", " are recommended",
    ]);

    // "studies" no test names: "previous studies", "studies have shown", "in several studies"; not "nerve conduction
    // studies", "imaging studies", "laboratory studies", "serological studies", "Doppler studies", "genetic studies"
    [GeneratedRegex(@"(?<!\b(?:conduction|imaging|laboratory|lab|electrophysiologic(?:al)?|neurophysiologic(?:al)?|electrodiagnostic|serologic(?:al)?|Doppler|urodynamic|genetic|cytogenetic|molecular|biochemical|radiologic(?:al)?|radiographic|immunologic(?:al)?|microbiologic(?:al)?|virologic(?:al)?|hormonal|endocrine|metabolic|coagulation|iron|flow|sleep|swallow(?:ing)?|motility|manometric|nerve|EMG|contrast|vascular|culture|blood|stool|urine|CSF|fluid|function|diagnostic|immunohistochemical|histochemical|ultrastructural|staging)\s+)\bstudies\b", RegexOptions.IgnoreCase)]
    private static partial Regex LiteratureStudiesRegex();

    // "[12]", "[3, 4]", "(27)", "(2, 15)", "(17–19)"
    [GeneratedRegex(@"[\[(]\d{1,3}(?:\s?[,–-]\s?\d{1,3})*[\])]")]
    private static partial Regex CitationRegex();
}
