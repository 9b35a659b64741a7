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
    /// that name is a node other than <paramref name="node"/> (the histology's own); null otherwise.
    /// </summary>
    public static (string Name, int End)? Resolve(string text, int start, int end, OncoTreeNode? node, Func<string, string?> nameOf, Func<string, OncoTreeNode?> find)
    {
        // the cue: " of " right after the histology, before any pattern runs
        if (!text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal))
        {
            return null;
        }

        var match = OrganRegex().Match(text, end, Math.Min(48, text.Length - end));
        if (!match.Success || match.Index != end)
        {
            return null;
        }

        var histology = string.Join(' ', text[start..end].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var candidate in Candidates(histology, match.Groups["organ"].Value.ToLowerInvariant()))
        {
            if (nameOf(candidate) is { } name && find(name) is { } sited && sited.Code != node?.Code)
            {
                return (name, match.Index + match.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// The sited cancer a histology ending at the head word <paramref name="head"/> and its organ name, trying the one to
    /// three words before the head as the histology's first word (longest first), within the sentence from <paramref name="from"/>.
    /// </summary>
    public static (string Name, int Start, int End)? Before(string text, ReadOnlySpan<Token> tokens, int head, int from, Func<string, string?> nameOf, Func<string, OncoTreeNode?> find)
    {
        if (!text.AsSpan(tokens[head].End).StartsWith(" of ", StringComparison.Ordinal))
        {
            return null;
        }

        for (var first = Math.Max(0, head - 3); first <= head; first++)
        {
            if (tokens[first].Start >= from && Resolve(text, tokens[first].Start, tokens[head].End, null, nameOf, find) is var (name, end))
            {
                return (name, tokens[first].Start, end);
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
