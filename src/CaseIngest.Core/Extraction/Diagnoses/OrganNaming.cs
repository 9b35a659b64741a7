using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>The organ a histology without site takes from the words after it: "neuroendocrine carcinoma of the liver" → "hepatic neuroendocrine carcinoma".</summary>
internal static partial class OrganNaming
{
    /// <summary>Organs whose adjective names the cancer: "neuroendocrine carcinoma of the liver" → "hepatic neuroendocrine carcinoma".</summary>
    public static readonly Dictionary<string, string> Adjectives = new(StringComparer.Ordinal)
    {
        ["liver"] = "hepatic", ["lung"] = "lung", ["lungs"] = "lung", ["stomach"] = "gastric", ["kidney"] = "renal",
        ["pancreas"] = "pancreatic", ["breast"] = "breast", ["colon"] = "colon", ["rectum"] = "rectal", ["cervix"] = "cervical",
        ["esophagus"] = "esophageal", ["oesophagus"] = "esophageal", ["prostate"] = "prostate", ["bladder"] = "bladder",
        ["thyroid"] = "thyroid", ["ovary"] = "ovarian", ["endometrium"] = "endometrial", ["skin"] = "skin", ["larynx"] = "laryngeal",
        ["tongue"] = "tongue", ["gallbladder"] = "gallbladder", ["thymus"] = "thymic", ["uterus"] = "uterine",
        ["small bowel"] = "small bowel", ["small intestine"] = "small intestinal",
    };

    /// <summary>The end of " of the &lt;organ&gt;" (one or two words) right after a histology, or null.</summary>
    public static int? After(string text, int end)
    {
        var match = OrganRegex().Match(text, end, Math.Min(40, text.Length - end));
        // "carcinoma of the floor of the mouth": the organ is not one word, so the name stays the bare histology
        return match.Success && match.Index == end && Array.IndexOf(DiagnosisPatterns.Generic, match.Groups["organ"].Value.ToLowerInvariant()) < 0
            && !text.AsSpan(match.Index + match.Length).StartsWith(" of ", StringComparison.Ordinal)
            ? match.Index + match.Length
            : null;
    }

    // the second word of a site is a noun its list names, or any noun after an adjective of the site ("of the maxillary sinus",
    // "of the anal canal", "of the nasal septum"), which alone would cut the site; a word that starts a clause or another phrase is no noun
    [GeneratedRegex(@" of the (?<organ>[a-z]+(?: (?:cavity|lobe|gland|duct|tract|junction|bladder|colon|bowel|intestine|glands)|(?<=(?:ary|al|ic|ar|ine|oid|ous)) (?!(?:and|or|with|was|were|is|which|that|who|in|on|at|by|for|to|from|of|after|before|extending|involving|measuring|invading)\b)[a-z]+)?)\b")]
    private static partial Regex OrganRegex();
}
