using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A histology written with the organ it arose in after it ("endometrioid carcinoma of the ovary", "adenocarcinoma of
/// the right lung", "papillary carcinoma of the thyroid", "clear cell carcinoma of the kidney") is the vocabulary's
/// cancer of that organ where the vocabulary spells the pair in one of its usual orders ("endometrioid ovarian cancer",
/// "lung adenocarcinoma", "papillary thyroid carcinoma", "clear cell carcinoma of kidney"); otherwise nothing changes.
/// </summary>
internal static partial class SitedHistology
{
    // the organ's adjectives the vocabularies use before a histology; an organ not listed is tried as written
    private static readonly Dictionary<string, string[]> Adjectives = new(StringComparer.Ordinal)
    {
        ["ovary"] = ["ovarian", "ovary"], ["ovaries"] = ["ovarian", "ovary"], ["kidney"] = ["renal", "kidney"],
        ["endometrium"] = ["endometrial", "uterine"], ["uterus"] = ["uterine", "endometrial"], ["prostate"] = ["prostate", "prostatic"],
        ["lung"] = ["lung", "pulmonary"], ["lungs"] = ["lung", "pulmonary"], ["liver"] = ["hepatic", "liver"], ["stomach"] = ["gastric", "stomach"],
        ["colon"] = ["colon", "colonic"], ["rectum"] = ["rectal"], ["pancreas"] = ["pancreatic"], ["cervix"] = ["cervical"],
        ["esophagus"] = ["esophageal"], ["oesophagus"] = ["esophageal"], ["appendix"] = ["appendiceal", "appendix"], ["skin"] = ["skin", "cutaneous"],
        ["larynx"] = ["laryngeal"], ["thymus"] = ["thymic", "thymus"], ["vulva"] = ["vulvar"], ["vagina"] = ["vaginal"], ["testis"] = ["testicular"],
        ["anus"] = ["anal"], ["bladder"] = ["bladder"], ["thyroid"] = ["thyroid"], ["breast"] = ["breast"], ["gallbladder"] = ["gallbladder"],
    };

    /// <summary>
    /// The vocabulary's name for the histology text[start..end) and the organ after it, and the end of the organ, where
    /// that name is a node other than the histology's own (<paramref name="histologyName"/>'s); null otherwise.
    /// </summary>
    public static (string Name, int End)? Resolve(string text, int start, int end, string histologyName, Func<string, string?> nameOf, Func<string, OncoTreeNode?> find) =>
        OrganAfter(text, end) is var (organ, organEnd) ? Sited(text, start, end, organ, organEnd, find(histologyName), nameOf, find) : null;

    /// <summary>
    /// The sited cancer a histology ending at the head word <paramref name="head"/> and its organ name, trying the one to
    /// three words before the head as the histology's first word (longest first), within the sentence from <paramref name="from"/>.
    /// </summary>
    public static (string Name, int Start, int End)? Before(string text, ReadOnlySpan<Token> tokens, int head, int from, Func<string, string?> nameOf, Func<string, OncoTreeNode?> find)
    {
        // the organ after the head is the same whichever word the histology starts at: read it once
        if (OrganAfter(text, tokens[head].End) is not var (organ, organEnd))
        {
            return null;
        }

        for (var first = Math.Max(0, head - 3); first <= head; first++)
        {
            if (tokens[first].Start >= from && Sited(text, tokens[first].Start, tokens[head].End, organ, organEnd, null, nameOf, find) is var (name, end))
            {
                return (name, tokens[first].Start, end);
            }
        }

        return null;
    }

    /// <summary>The organ named right after <paramref name="end"/> (" of the right lung") and the end of its name, or null.</summary>
    private static (string Organ, int End)? OrganAfter(string text, int end)
    {
        // the cue: " of " right after the histology, before any pattern runs
        if (!text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal))
        {
            return null;
        }

        var match = OrganRegex().Match(text, end, Math.Min(48, text.Length - end));
        return match.Success && match.Index == end ? (match.Groups["organ"].Value.ToLowerInvariant(), match.Index + match.Length) : null;
    }

    private static (string Name, int End)? Sited(
        string text, int start, int end, string organ, int organEnd, OncoTreeNode? node, Func<string, string?> nameOf, Func<string, OncoTreeNode?> find)
    {
        var histology = string.Join(' ', text[start..end].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var candidate in Candidates(histology, organ))
        {
            if (nameOf(candidate) is { } name && find(name) is { } sited && sited.Code != node?.Code)
            {
                return (name, organEnd);
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string histology, string organ)
    {
        yield return histology + " of " + organ;
        yield return histology + " of the " + organ;
        var space = histology.LastIndexOf(' ');
        foreach (var adjective in Adjectives.GetValueOrDefault(organ) ?? [organ])
        {
            yield return adjective + " " + histology;
            if (space > 0)
            {
                // "papillary carcinoma" of the thyroid → "papillary thyroid carcinoma"
                yield return string.Concat(histology.AsSpan(0, space), " ", adjective, histology.AsSpan(space));
                if (histology.EndsWith(" carcinoma", StringComparison.Ordinal))
                {
                    yield return string.Concat(histology.AsSpan(0, space), " ", adjective, " cancer");
                }
            }

            yield return histology + " " + adjective;
        }
    }

    // " of the ovary", " of the right lung", " of the sigmoid colon": a side or segment word, then the organ; an organ
    // named by more words ("of the oral cavity", "of the floor of the mouth", "of the ovary and tube") is left as written
    [GeneratedRegex(@"\G of (?:the )?(?:(?:left|right|ascending|descending|transverse|sigmoid|upper|lower|distal|proximal|main) )?(?<organ>[a-z]+)\b(?!\s+(?:cavity|lobes?|glands?|ducts?|tract|junction|bladder|bowel|intestine|tubes?|wall|floor|base|of|and|or)\b)", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex OrganRegex();
}
