using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>Resolved mentions that are no fact of the case: a hormone or plain word that is no stain result, and statements about patients in general.</summary>
internal sealed partial class MarkerResolver
{
    private bool IsNoFact(PhraseMatch<MarkerEntry> mention, MarkerReading reading, string? variant, MarkerResult? result, bool isExplicit)
    {
        var entry = mention.Value;
        var sentence = _context.SentenceAt(mention.Start);
        if (reading.OtherPlace || MarkerCompartment.InSentence(_text, sentence.Start, sentence.End, mention.Start, mention.End))
        {
            // "CD34 (vascular +)", "CD34 highlighted the delicate capillaries", "the vessels were positive for CD31":
            // the stain of another place says nothing of the tumour
            return true;
        }

        if (!isExplicit && MarkerUntested.Untested(_text, sentence.Start, sentence.End, mention.Start, mention.End))
        {
            // "testing for the EWSR1 fusion was not performed", "FISH failed to confirm it": no result was found
            return true;
        }

        if (_doc.Lexicon.IsHormone(entry) && !(isExplicit && result is MarkerResult.Positive or MarkerResult.Negative))
        {
            // "isolated ACTH deficiency", "GH was raised": a hormone is a marker only as a stain that is positive or negative
            return true;
        }

        if (_doc.Lexicon.IsStainWord(entry) && !(isExplicit && result is MarkerResult.Positive or MarkerResult.Negative or MarkerResult.Lost or MarkerResult.Intact))
        {
            // "insulin was started", "serum gastrin was raised": a protein named by a plain word is a marker only as a stain result
            return true;
        }

        if (InDifferential(mention.Start))
        {
            // "the differential diagnosis included CK7-positive carcinomas": a candidate's profile, not a finding
            return true;
        }

        if (entry.Kind == MarkerKind.Gene && variant is null && reading.Unit == "%" && MentionFilters.GeneralSentence(_context, mention.Start))
        {
            // "among 300 patients, KRAS (35%) and CDKN2A (20%) alterations were the most frequent": a share of patients
            return true;
        }

        if (reading.Unit == "%" && ShareOfTumours(mention.End))
        {
            // "KRAS is mutated in 40% of colorectal cancers", "HER2 is overexpressed in 20% of breast cancers": a share of tumours in general
            return true;
        }

        // "germline BRCA mutations are found in 5% of patients": a statement about patients in general, not a result
        return !isExplicit && variant is null && reading.Value is null && !reading.Bounded && MentionFilters.GeneralSentence(_context, mention.Start);
    }

    /// <summary>The plural nouns of tumours or people a share of which is a frequency in general, not of the case's cells.</summary>
    private static readonly CueSet TumourPlurals = new(
    [
        "cancers", "tumours", "tumors", "carcinomas", "neoplasms", "lymphomas", "sarcomas", "melanomas", "gliomas", "cases", "patients",
    ]);

    /// <summary>The most characters between "% of" and the noun of its share ("40% of all sporadic colorectal cancers").</summary>
    private const int MaxShareNoun = 40;

    /// <summary>Whether the share after the mention ending at <paramref name="end"/> is one of tumours or patients ("in 40% of colorectal cancers"), not of cells.</summary>
    private bool ShareOfTumours(int end)
    {
        var sentence = _context.SentenceAt(end - 1);
        var after = _text.AsSpan(end, Math.Max(0, sentence.End - end));
        var at = after.IndexOf("% of ", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var noun = after[(at + 5)..];
        noun = noun[..Math.Min(noun.Length, MaxShareNoun)];
        var stop = noun.IndexOfAny(',', ';', '(');
        noun = stop >= 0 ? noun[..stop] : noun;
        return TumourPlurals.ContainsWord(noun) && !noun.Contains("cells", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly CueSet DifferentialBreakers = new(
    [
        ";", ":", " but ", " however", " confirmed", " revealed", " showed", " demonstrated", " excluded", " ruled out",
        " because", " since ", " whereas", " while ", " was ", " were ", " is ", " are ",
    ]);

    /// <summary>The words after "differential (diagnosis)" that open its candidates: "included", "of", "such as", "was".</summary>
    private static readonly string[] DifferentialLeads =
    [
        "included", "includes", "include", "including", "such as", "like", "of", "comprised", "comprises", "encompassed",
        "consisted of", "was", "were", "is", "are", ":",
    ];

    /// <summary>The words that open a sentence with a phrase of its own before the clause of findings: "In the differential diagnosis, …".</summary>
    private static readonly string[] IntroductoryWords = ["in", "for", "to", "as", "on", "given", "considering", "regarding", "within", "among"];

    private const string Differential = "differential";

    /// <summary>
    /// Whether the mention at <paramref name="start"/> is named inside the candidates of a differential diagnosis
    /// ("the differential diagnosis included CK7-positive carcinomas", "differential diagnoses such as an S100-positive
    /// melanoma"): the phrase opens with a word that lists them and runs to the mention with no verb or clause of findings
    /// between; after an introductory phrase ("In the differential diagnosis of lymphoma, CD20 was negative") its comma ends it.
    /// </summary>
    private bool InDifferential(int start)
    {
        var sentence = _context.SentenceAt(start);
        var before = _text.AsSpan(sentence.Start, Math.Max(0, start - sentence.Start));
        var at = before.LastIndexOf(Differential, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var rest = before[(at + Differential.Length)..];
        var p = SkipWordStarting(rest, 0, "diagnos");
        p = SkipWordStarting(rest, p, "consideration");
        p = SkipSpaces(rest, p);
        var lead = FirstWordStarting(rest[p..], DifferentialLeads);
        if (lead is null)
        {
            return false;
        }

        var phrase = rest[(p + lead.Length)..];
        if (DifferentialBreakers.ContainsAny(phrase))
        {
            return false;
        }

        var opening = before[..at].TrimStart();
        return !(phrase.Contains(',') && FirstWordStarting(opening, IntroductoryWords) is not null);
    }

    /// <summary>The first of <paramref name="words"/> that <paramref name="span"/> starts with as a whole word, or null.</summary>
    private static string? FirstWordStarting(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var word in words)
        {
            if (StartsWithWord(span, word))
            {
                return word;
            }
        }

        return null;
    }

    private static int SkipSpaces(ReadOnlySpan<char> span, int p)
    {
        while (p < span.Length && span[p] == ' ')
        {
            p++;
        }

        return p;
    }

    /// <summary>The position after the word at <paramref name="p"/> (past spaces) when it starts with <paramref name="stem"/>; <paramref name="p"/> otherwise.</summary>
    private static int SkipWordStarting(ReadOnlySpan<char> span, int p, string stem)
    {
        var q = SkipSpaces(span, p);
        if (!span[q..].StartsWith(stem, StringComparison.OrdinalIgnoreCase))
        {
            return p;
        }

        while (q < span.Length && char.IsLetter(span[q]))
        {
            q++;
        }

        return q;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> span, string word) =>
        span.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (span.Length == word.Length || !char.IsLetter(word[^1]) || !char.IsLetterOrDigit(span[word.Length]));
}
