using System.Text;

namespace CaseIngest.Http.Browser;

/// <summary>
/// The document text with every fact's evidence in a <c>&lt;mark&gt;</c> carrying the fact's kind and linking back
/// to the fact. A span that overlaps one already marked shares that mark: <see cref="Targets"/> says, per fact, which
/// mark its evidence link goes to (none when the span lies outside the text).
/// </summary>
internal sealed class EvidenceText
{
    private EvidenceText(string html, IReadOnlyDictionary<string, string> targets)
    {
        Html = html;
        Targets = targets;
    }

    public string Html { get; }

    /// <summary>Mark id by fact id.</summary>
    public IReadOnlyDictionary<string, string> Targets { get; }

    public static EvidenceText Mark(string text, IEnumerable<EvidenceSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ordered = spans.Where(s => s.Start >= 0 && s.End > s.Start && s.End <= text.Length)
            .OrderBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Index);
        var html = new StringBuilder(text.Length + 1024);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        EvidenceSpan? open = null;
        foreach (var span in ordered)
        {
            if (open is not null && span.Start < open.End)
            {
                targets[span.FactId] = open.MarkId;
                continue;
            }

            html.Append(Browser.Html.E(text[position..span.Start]))
                .Append("<mark id=\"").Append(span.MarkId).Append("\" data-kind=\"").Append(span.Kind).Append("\">")
                .Append("<a href=\"#").Append(span.FactId).Append("\" title=\"Back to the ").Append(span.Kind).Append(" fact\">")
                .Append(Browser.Html.E(text[span.Start..span.End])).Append("</a></mark>");
            targets[span.FactId] = span.MarkId;
            position = span.End;
            open = span;
        }

        html.Append(Browser.Html.E(text[position..]));
        return new EvidenceText(html.ToString(), targets);
    }
}
