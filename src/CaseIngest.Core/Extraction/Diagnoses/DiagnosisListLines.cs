using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A closing list of diagnoses written as verbless lines after "The diagnosis was X.": "Atrial septal defect with
/// left-to-right shunt." / "Severe tricuspid insufficiency." / "Right bundle branch block." Each line stands on a line of
/// its own and holds no verb; the list ends at the first line that does. A line's name runs from its first telling word
/// (a degree, "severe" and an ordinal before it are left out) to its last head word (a syndrome, a disease, a block, a
/// defect, an insufficiency, a failure, a word in "-itis", "-osis", "-pathy", "-trophy" …); a line without one is read
/// only for the vocabularies' names.
/// </summary>
internal static partial class DiagnosisListLines
{
    /// <summary>
    /// Whether the sentence at <paramref name="index"/> is a verbless line of a diagnosis list: it and every line
    /// between it and a line "The (final) diagnosis was …" stand on lines of their own and hold no verb.
    /// </summary>
    public static bool OnDiagnosisLine(string text, IReadOnlyList<Sentence> sentences, int index)
    {
        for (var k = index; k > 0 && index - k < MaxLines; k--)
        {
            if (!IsFragmentLine(text, sentences[k]))
            {
                return false;
            }

            var previous = sentences[k - 1];
            if (DiagnosisLineRegex().IsMatch(text.AsSpan(previous.Start, previous.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name a verbless line gives up to its last head word, its span, or null.</summary>
    public static (int Start, int End, string Name)? LineName(string text, Sentence sentence)
    {
        var words = new List<(int Start, int End)>();
        for (var word = WordRegex().Match(text, sentence.Start, sentence.Length); word.Success && words.Count < MaxWords; word = word.NextMatch())
        {
            var previousEnd = words.Count == 0 ? sentence.Start : words[^1].End;
            if (!text.AsSpan(previousEnd, word.Index - previousEnd).IsWhiteSpace() || Stops.Contains(word.Value.ToLowerInvariant()))
            {
                break;
            }

            words.Add((word.Index, word.Index + word.Length));
        }

        var first = 0;
        while (first < words.Count && Leading(text[words[first].Start..words[first].End]))
        {
            first++;
        }

        for (var last = words.Count - 1; last >= first; last--)
        {
            if (IsHead(text[words[last].Start..words[last].End].ToLowerInvariant()))
            {
                var (start, end) = (words[first].Start, words[last].End);
                return (start, end, Spaces().Replace(text[start..end], " ").Replace('\u2013', '-').ToLowerInvariant());
            }
        }

        return null;
    }

    /// <summary>The most lines a list runs under its diagnosis line.</summary>
    internal const int MaxLines = 12;
    private const int MaxWords = 7;

    private static bool IsFragmentLine(string text, Sentence sentence)
    {
        var at = sentence.Start - 1;
        while (at >= 0 && text[at] is ' ' or '\t' or '\r')
        {
            at--;
        }

        var span = text.AsSpan(sentence.Start, sentence.Length);
        return at >= 0 && text[at] == '\n' && span.IndexOf('\n') < 0 && span.Count(' ') < 12 && !VerbRegex().IsMatch(span);
    }

    // a word that opens the line without naming: a degree of severity, "4th degree", "IVth", "grade 3"
    private static bool Leading(string word) =>
        LeadingWords.Contains(word.ToLowerInvariant()) || word.Any(char.IsDigit) || OrdinalRegex().IsMatch(word);

    private static bool IsHead(string word) =>
        Heads.Contains(word)
        || (word.Length > 6 && (word.EndsWith("itis", StringComparison.Ordinal) || word.EndsWith("pathy", StringComparison.Ordinal)
            || word.EndsWith("trophy", StringComparison.Ordinal) || (word.EndsWith("osis", StringComparison.Ordinal) && !word.EndsWith("gnosis", StringComparison.Ordinal))));

    private static readonly HashSet<string> Heads = new(
    [
        "syndrome", "disease", "association", "disorder", "block", "defect", "insufficiency", "deficiency", "regurgitation",
        "palsy", "malformation", "anomaly", "dissection", "hypertension", "fibrillation", "flutter", "failure",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> LeadingWords = new(
        ["severe", "mild", "moderate", "marked", "significant", "degree", "grade", "stage", "class"], StringComparer.Ordinal);

    private static readonly HashSet<string> Stops = new(
    [
        "with", "without", "secondary", "due", "in", "on", "of", "and", "or", "after", "by", "at", "since", "but", "which",
        "that", "following", "for", "from", "to", "as", "type",
    ], StringComparer.Ordinal);

    // "The diagnosis was …", "The final diagnoses were …", "Diagnosis: …"
    [GeneratedRegex(@"^\s*(?:(?:the|our)\s+)?(?:(?:final|definitive|discharge|clinical)\s+)?diagnos[ie]s\s*(?:was|were|is|:)", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosisLineRegex();

    // a verb or the subject of a clause: "was noted", "he received", "showed"
    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|had|has|have|did|does|showed|revealed|underwent|received|he|she|they|we|patient)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbRegex();

    // "IVth", "3rd", "2nd", "1st"
    [GeneratedRegex(@"^(?:[IVX]+th|\d+(?:st|nd|rd|th))$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalRegex();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'\u2019\u2013-]*")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
