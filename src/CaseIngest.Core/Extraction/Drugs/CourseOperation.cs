using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>An operation told in a stretch of text: cycles before and after it are courses of their own (neoadjuvant, adjuvant).</summary>
internal static class CourseOperation
{
    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) tells of an operation ("surgery", "resection", "mastectomy", "operated").</summary>
    public static bool Between(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        var span = text.AsSpan(from, to - from);
        return OrdinalIgnoreCase.Contains(span, "surg") || OrdinalIgnoreCase.Contains(span, "resect") || OrdinalIgnoreCase.Contains(span, "ectomy")
            || OrdinalIgnoreCase.Contains(span, "operat") || OrdinalIgnoreCase.Contains(span, "debulking");
    }
}
