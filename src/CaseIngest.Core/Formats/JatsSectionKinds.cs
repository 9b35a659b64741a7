using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>The section kind a JATS <c>&lt;sec&gt;</c> opens, from its sec-type or its title.</summary>
internal static class JatsSectionKinds
{
    /// <summary>
    /// The kind a body or back section opens: by sec-type, else by title; in the body, abstract-like titles follow the
    /// <see cref="HeadingSequence"/> ("Results" of a literature search after the case is discussion).
    /// </summary>
    public static SectionKind? KindOfSec(string? secType, string? title, bool inBody, HeadingSequence sequence)
    {
        var kind = KindOfSecAlone(secType, title, inBody);
        return kind is { } known && inBody ? sequence.Next(title ?? secType ?? string.Empty, known) : kind;
    }

    private static SectionKind? KindOfSecAlone(string? secType, string? title, bool inBody)
    {
        var byType = secType?.ToLowerInvariant() switch
        {
            "cases" or "case" or "case-report" or "case-presentation" => SectionKind.Case,
            "intro" or "introduction" => SectionKind.Introduction,
            "discussion" => SectionKind.Discussion,
            "supplementary-material" or "ack" or "coi-statement" or "funding" => SectionKind.BackMatter,
            _ => (SectionKind?)null,
        };

        if (byType is not null || title is null)
        {
            return byType;
        }

        var kind = Sectioner.KindOfHeading(title);
        if (inBody && kind == SectionKind.Abstract && title.Trim().StartsWith("background", StringComparison.OrdinalIgnoreCase))
        {
            return SectionKind.Introduction;
        }

        return kind;
    }
}
