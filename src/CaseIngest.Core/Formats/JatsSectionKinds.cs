using System.Xml.Linq;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>The section kind a JATS <c>&lt;sec&gt;</c> opens, from its sec-type or its title.</summary>
internal static class JatsSectionKinds
{
    /// <summary>
    /// The kind a body or back section opens: by sec-type, else by title; in the body, abstract-like titles follow the
    /// <see cref="HeadingSequence"/>, which reads the section's text ("Results" of a literature search after the case
    /// are discussion, the case's own results stay in the case).
    /// </summary>
    public static SectionKind? KindOfSec(XElement sec, string? title, bool inBody, HeadingSequence sequence)
    {
        var secType = sec.Attr("sec-type");
        var kind = KindOfSecAlone(secType, title, inBody);
        if (kind is not { } known || !inBody)
        {
            return kind;
        }

        // only abstract-like titles ("Methods", "Results") need the section's text to find their role, and only its start
        var following = known == SectionKind.Abstract ? XmlText.ValueStart(sec, LiteratureSearchText.Window) : string.Empty;
        return sequence.Next(title ?? secType ?? string.Empty, known, following);
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
