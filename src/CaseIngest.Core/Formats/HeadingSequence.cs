using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Follows the headings of one document in text order and decides the role of headings whose role depends on their
/// place. Once an introduction or discussion has begun, "Background" opens an introduction and "Methods",
/// "Conclusion" … open a study or literature-review part (read as discussion). After a case section "Methods" is
/// discussion (methods describe no patient), and "Results" or "Findings" continue the case — the case's pathology or
/// molecular results — unless a literature search was described since the case or the section itself reports one
/// (<see cref="LiteratureSearchText"/>). Once a discussion has begun, a heading naming a part of a case
/// ("Treatment", "Outcome", "Pathological findings") is a subtopic of the discussion; only a heading that opens a
/// case ("Case 2", "Case presentation") returns to the case.
/// </summary>
public sealed class HeadingSequence
{
    private bool _inBody;
    private bool _afterCase;
    private bool _inDiscussion;
    private bool _literatureSearch;

    /// <summary>The kind the heading <paramref name="words"/> (classified as <paramref name="kind"/>) opens at this point of the document.</summary>
    public SectionKind Next(string words, SectionKind kind) => Next(words, kind, ReadOnlySpan<char>.Empty);

    /// <summary>
    /// The kind the heading <paramref name="words"/> (classified as <paramref name="kind"/>) opens at this point of the
    /// document; <paramref name="following"/> is the text after the heading (only its start is read).
    /// </summary>
    public SectionKind Next(string words, SectionKind kind, ReadOnlySpan<char> following)
    {
        var lower = Sectioner.HeadingWords(words);
        var result = kind switch
        {
            SectionKind.Abstract => AbstractLike(lower, following),
            SectionKind.Case when _inDiscussion && !OpensCase(lower) => SectionKind.Discussion,
            _ => kind,
        };

        switch (result)
        {
            case SectionKind.Introduction:
                _inBody = true;
                break;
            case SectionKind.Discussion:
                _inBody = true;
                _inDiscussion |= kind != SectionKind.Abstract || !IsMethodsHeading(lower);
                break;
            case SectionKind.Case:
                _afterCase = true;
                _inDiscussion = false;
                _literatureSearch &= !OpensCase(lower);
                break;
        }

        return result;
    }

    private SectionKind AbstractLike(string lower, ReadOnlySpan<char> following)
    {
        if (_afterCase && !_inDiscussion)
        {
            if (IsMethodsHeading(lower))
            {
                _literatureSearch |= LiteratureSearchText.Describes(following);
                return SectionKind.Discussion;
            }

            if (IsResultsHeading(lower))
            {
                return _literatureSearch || LiteratureSearchText.Describes(following) ? SectionKind.Discussion : SectionKind.Case;
            }
        }

        if (_inBody)
        {
            return lower.StartsWith("background", StringComparison.Ordinal) ? SectionKind.Introduction : SectionKind.Discussion;
        }

        return SectionKind.Abstract;
    }

    private static bool IsMethodsHeading(string lower) => lower.Contains("method", StringComparison.Ordinal);

    private static bool IsResultsHeading(string lower) =>
        lower.StartsWith("result", StringComparison.Ordinal) || lower.StartsWith("finding", StringComparison.Ordinal);

    /// <summary>A heading that opens a case rather than naming a part of one: "Case 2", "Case presentation", "Patient 1", "Presentation".</summary>
    private static bool OpensCase(string lower) =>
        lower.StartsWith("case", StringComparison.Ordinal) || lower.StartsWith("patient", StringComparison.Ordinal)
        || lower.Contains("presentation", StringComparison.Ordinal) || lower.Contains("of the case", StringComparison.Ordinal)
        || lower.Contains("of a case", StringComparison.Ordinal);
}
