using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>The status words of a course read beside its mention: "radiotherapy was not pursued", "no radiotherapy".</summary>
internal sealed partial class RadiotherapyStatusReader(RadiotherapyLexicon lexicon)
{
    /// <summary>
    /// A negation far before the mention ("no lesion was seen, so only tumour bed radiotherapy was given") does not deny
    /// the course; "no radiotherapy", "without irradiation" do, also when the sentence's verb offers or plans it ("no
    /// further radiotherapy was offered").
    /// </summary>
    public static string StatusOf(Assertion assertion, bool negatedRightBefore) => assertion switch
    {
        Assertion.NotGiven => TreatmentStatus.NotGiven,
        Assertion.Negated or Assertion.Planned when negatedRightBefore => TreatmentStatus.NotGiven,
        Assertion.Planned => TreatmentStatus.Planned,
        _ => TreatmentStatus.Given,
    };

    public bool NotGivenAfter(string text, int end, int limit)
    {
        var window = text.AsSpan(end, Math.Max(0, Math.Min(limit, end + 50) - end));
        foreach (var phrase in lexicon.NotGivenPhrases)
        {
            if (window.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool NegatedRightBefore(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var before = text.AsSpan(from, start - from).TrimEnd();
        foreach (var word in (ReadOnlySpan<string>)["no", "not", "without", "never", "nor", "not receive", "not undergo"])
        {
            var index = before.Length - word.Length;
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (index == 0 || !char.IsLetter(before[index - 1])))
            {
                return true;
            }
        }

        var lastSpace = before.LastIndexOf(' ');
        var previous = lastSpace >= 0 ? before[..lastSpace].TrimEnd() : [];
        return previous.EndsWith(" no", StringComparison.OrdinalIgnoreCase) || previous.EndsWith(" without", StringComparison.OrdinalIgnoreCase)
            || previous.EndsWith(" not", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "there was no need for adjuvant radiotherapy", "no indication for postoperative radiotherapy": a course judged
    /// unnecessary is not given, whatever the sentence's verb says.
    /// </summary>
    public static bool JudgedUnneeded(string text, int start) =>
        NoNeedBefore().IsMatch(text.AsSpan(Math.Max(0, start - 60), Math.Min(start, 60)));

    // "there was no need for adjuvant ", "no indication for postoperative ", "no need for further ": the words between are
    // those of the course
    [GeneratedRegex(@"\bno\s+(?:need|indication)\s+for\s+(?:(?:adjuvant|further|additional|postoperative|post-operative|consolidative|prophylactic|local|any)\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoNeedBefore();

    /// <summary>Whether the mention completes a negated treatment phrase; this denies the course whatever the sentence's verb says.</summary>
    public static bool CompletesNegatedTreatmentPhrase(string text, int start) =>
        NegatedTreatmentPhrase().IsMatch(text.AsSpan(Math.Max(0, start - 90), Math.Min(start, 90)));

    /// <summary>
    /// A negated treatment phrase the mention completes: its head noun and a linking phrase ("no further treatment in
    /// the form of …", "without additional therapy such as …") and/or an earlier treatment it is coordinated with
    /// ("no adjuvant chemotherapy or …"), also after a negated verb of receiving ("did not receive chemotherapy or …",
    /// "neither chemotherapy nor …", "was not treated with chemotherapy or …"). The conjunct must itself name a treatment,
    /// so "no nodal disease and radiotherapy" keeps the course.
    /// </summary>
    [GeneratedRegex(@"(?:^|\W)(?:no|without|nor|neither|not\s+(?:receive|undergo|get|given|(?:treated|managed)\s+with))\s+(?:(?:additional|further|adjuvant|other|subsequent|postoperative|concurrent)\s+)*(?:(?:therapy|therapies|treatment|treatments)\s+(?:in\s+the\s+form\s+of|with|such\s+as|including|like)\s+)?(?:[\w-]*(?:therapy|therapies|treatment|surgery|irradiation|resection)\s*(?:,|or|and|nor)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedTreatmentPhrase();
}
