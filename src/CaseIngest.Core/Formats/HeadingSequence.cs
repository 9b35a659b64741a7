using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Follows the headings of one document in text order and corrects the kind of abstract-like headings that stand
/// in the article body: once an introduction or discussion has begun, "Background" opens an introduction and
/// "Methods", "Results", "Conclusion" … open a study or literature-review part (read as discussion); after a case
/// section, "Methods" and "Results" (a literature search beside the case) are read as discussion too.
/// </summary>
public sealed class HeadingSequence
{
    private bool _inBody;
    private bool _afterCase;

    /// <summary>The kind the heading <paramref name="words"/> (classified as <paramref name="kind"/>) opens at this point of the document.</summary>
    public SectionKind Next(string words, SectionKind kind)
    {
        var result = kind;
        if (kind == SectionKind.Abstract)
        {
            var lower = words.Trim().TrimEnd(':', '.').Trim().ToLowerInvariant();
            if (_inBody)
            {
                result = lower.StartsWith("background", StringComparison.Ordinal) ? SectionKind.Introduction : SectionKind.Discussion;
            }
            else if (_afterCase && IsStudyHeading(lower))
            {
                result = SectionKind.Discussion;
            }
        }

        switch (result)
        {
            case SectionKind.Introduction or SectionKind.Discussion:
                _inBody = true;
                break;
            case SectionKind.Case:
                _afterCase = true;
                break;
        }

        return result;
    }

    private static bool IsStudyHeading(string lower) =>
        lower.Contains("method", StringComparison.Ordinal) || lower.StartsWith("results", StringComparison.Ordinal);
}
