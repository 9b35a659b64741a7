using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The organ of a lesion told before its tissue diagnosis, in an earlier clause or the sentence before ("A 3 cm mass
/// was found in the right lower lobe. Biopsy confirmed adenocarcinoma." → lung adenocarcinoma; "a mass in the head of
/// the pancreas; fine-needle aspiration revealed adenocarcinoma" → pancreatic adenocarcinoma): a histology a biopsy, a
/// cytology or a resection found without naming its organ belongs to the organ of the lesion examined. Only organs where
/// cancers arise are taken, not those a cancer spreads to (a liver, a bone, a node, a brain lesion may be a deposit), and
/// nothing is taken where either sentence names such a site or speaks of spread.
/// </summary>
internal static partial class LesionOrgan
{
    private static readonly CueSet TissueCues = new("biops", "histolog", "patholog", "cytolog", "aspirat", "specimen", "resect", "excis", "FNA");

    private static readonly CueSet LesionCues = new("mass", "lesion", "tumor", "tumour", "nodule", "polyp", "stricture", "thickening");

    // a site a cancer spreads to, or a word of spread, in the tissue sentence: the histology may be a deposit's
    private static readonly CueSet SpreadCues = new("metasta", "liver", "hepatic", "node", "nodal", "bone", "brain", "adrenal", "pleura", "ascit", "peritone", "effusion", "skin", "secondar");

    /// <summary>
    /// The organ (a key of <see cref="OrganNaming.Adjectives"/>) of the lesion told before the histology at
    /// <paramref name="start"/>, in its sentence or the one before; null where none is told or the reading is unsafe.
    /// </summary>
    public static string? Before(ExtractionContext context, int start)
    {
        var text = context.Text;
        var index = context.SentenceIndexAt(start);
        if (index < 0)
        {
            return null;
        }

        var sentence = context.Sentences[index];
        var lead = text.AsSpan(sentence.Start, start - sentence.Start);
        if (!TissueCues.ContainsAny(lead) || SpreadCues.ContainsAny(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
        {
            return null;
        }

        if (LesionCues.ContainsAny(lead) && Organ(text, sentence.Start, start) is { } here)
        {
            return here;
        }

        if (index == 0)
        {
            return null;
        }

        var previous = context.Sentences[index - 1];
        var told = text.AsSpan(previous.Start, previous.End - previous.Start);
        return LesionCues.ContainsAny(told) && !SpreadCues.ContainsAny(told) ? Organ(text, previous.Start, previous.End) : null;
    }

    // the organ of the last lesion told in text[from..to), as one of the organ table's keys
    private static string? Organ(string text, int from, int to)
    {
        string? organ = null;
        foreach (Match match in LesionRegex().Matches(text[from..to]))
        {
            organ = OrganOf(match.Groups["organ"].Value.ToLowerInvariant());
        }

        return organ;
    }

    private static string? OrganOf(string words)
    {
        var last = words[(words.LastIndexOf(' ') + 1)..];
        return last switch
        {
            "lobe" or "lingula" or "lung" or "lungs" or "pulmonary" => "lung",
            "pancreas" or "pancreatic" => "pancreas",
            "stomach" or "gastric" or "antrum" => "stomach",
            "colon" or "colonic" or "caecum" or "cecum" => "colon",
            "rectum" or "rectal" => "rectum",
            "esophagus" or "oesophagus" or "esophageal" or "oesophageal" => "esophagus",
            "prostate" or "prostatic" => "prostate",
            "kidney" or "renal" => "kidney",
            "ovary" or "ovarian" => "ovary",
            "endometrium" or "endometrial" => "endometrium",
            "breast" or "bladder" or "thyroid" or "cervix" => last,
            _ when words.StartsWith("pancreatic", StringComparison.Ordinal) => "pancreas",
            _ => null,
        };
    }

    // "a mass in the right lower lobe", "a lesion arising from the head of the pancreas", "a nodule of the left breast",
    // "a 2-cm pulmonary nodule", "a pancreatic head mass", "an ulcerated gastric lesion"
    [GeneratedRegex(@"\b(?:(?:mass|lesion|tumou?r|nodule|polyp|stricture|thickening)s?\b[^.;()]{0,40}?\b(?:in|of|involving|within|at|arising\s+(?:in|from)|originating\s+(?:in|from))\s+(?:the\s+)?(?:(?:right|left|upper|middle|lower|distal|proximal|mid|anterior|posterior|ascending|descending|transverse|sigmoid)\s+){0,3}(?:(?:head|body|tail|neck)\s+of\s+the\s+)?(?<organ>lobe|lingula|lungs?|pancreas|stomach|antrum|colon|caecum|cecum|rectum|o?esophagus|prostate|kidney|ovary|endometrium|breast|bladder|thyroid|cervix)|(?<organ>pulmonary|lung|pancreatic(?:\s+(?:head|body|tail))?|gastric|colonic|rectal|o?esophageal|prostatic|renal|ovarian|endometrial|breast|bladder|thyroid)\s+(?:[a-z]+\s+)?(?:mass|lesion|tumou?r|nodule|polyp|stricture|thickening))\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex LesionRegex();
}
