using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Metastases in lymph nodes, stated in words: "axillary lymph node metastases", "nodal and adrenal metastases", "metastases to the
/// regional lymph nodes", "metastatic lymph nodes", "metastatic carcinoma in two of 14 lymph nodes", "four nodes were
/// involved by metastatic carcinoma", "para-aortic nodal disease", "the resected nodes showed malignant cells" (the last
/// two a solid cancer's only). Each is the one
/// diagnosis "lymph node metastasis" (the contract counts the case's metastases as diagnoses, and the record has no
/// staging field to hold them); a TNM category ("N2") and a denied spread ("no lymph node metastasis", "0 of 12 nodes")
/// are not.
/// </summary>
internal static partial class SiteMetastasis
{
    private const string NodalName = "lymph node metastasis";

    private static readonly Regex[] NodalRegexes = [NodalBeforeRegex(), NodalListRegex(), NodalAfterRegex(), NodalLesionRegex(), NodalFoundRegex(), NodalDiseaseRegex(), NodalCellsRegex()];

    /// <summary>
    /// Whether the lower-cased word before "disease" names the nodes ("nodal disease", "lymph node disease"), so that the
    /// pair may head a nodal metastasis as "metastases" does.
    /// </summary>
    public static bool IsNodalWord(ReadOnlySpan<char> word) => word is "nodal" or "node" or "nodes";

    /// <summary>
    /// Whether a site metastasis phrase tells a spread to the nodes only as their disease or involvement ("nodal disease") or
    /// as the malignant cells they held, which a lymphoma's nodes hold as well.
    /// </summary>
    public static bool ToldAsNodalDisease(ReadOnlySpan<char> phrase) =>
        phrase.EndsWith("disease", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("involvement", StringComparison.OrdinalIgnoreCase)
        || phrase.EndsWith("cells", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every pattern with the words its matches cannot lack: each group names words of which a match holds at least one
    /// (compared ignoring case), so a window without them is not searched; and, for a pattern whose every match opens
    /// with an organ word or one of a few others, those words (<see cref="SiteOpeningWords"/>), so a window is searched
    /// only from the first of them.
    /// </summary>
    internal static readonly (Regex Regex, string[][] Needs, FrozenSet<string>? Openers)[] AllRegexes =
    [
        (BeforeRegex(), [["metastas"]], SiteOpeningWords.Site),
        (AfterRegex(), [["metasta"]], null),
        (LesionRegex(), [["metastatic"]], null),
        (DepositRegex(), [["deposit", "involvement"]], SiteOpeningWords.SiteOrDeposit),
        (ConsistentLesionRegex(), [["metastatic", "consistent", "compatible"], ["lesion", "nodule", "foci", "mass", "disease"]], SiteOpeningWords.Site),
        (StatedLesionRegex(), [["metastas"], ["tumo", "mass", "lesion", "nodule", "foci", "focus"]], SiteOpeningWords.Site),
        (NodalBeforeRegex(), [["metastas"], ["lymph", "nodal"]], null),
        (NodalListRegex(), [["metastas"], ["lymph", "nodal"]], null),
        (NodalAfterRegex(), [["metasta", "spread"], ["node"]], null),
        (NodalLesionRegex(), [["metastatic"], ["lymph"]], null),
        (SecondaryRegex(), [["secondar"], ["secondaries", "deposit", "tumo", "lesion", "neoplasm"]], null),
        (SpreadRegex(), [["spread"]], null),
        (FoundInLesionRegex(), [["metastatic"]], SiteOpeningWords.Site),
        (NodalFoundRegex(), [["metastatic"], ["node"]], null),
        (NodalDiseaseRegex(), [["nodal", "node"], ["disease", "involvement"]], null),
        (NodalCellsRegex(), [["malignant", "neoplastic"], ["node"], ["cells"]], null),
    ];

    private static bool MayMatch(ReadOnlySpan<char> window, string[][] needs)
    {
        foreach (var group in needs)
        {
            var any = false;
            foreach (var word in group)
            {
                if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    // the nodes' words: "lymph node(s)", "lymph-node", "nodal", "nodes" after a region ("axillary nodes")
    private const string Nodes = @"(?:lymph[\s-]*nodes?|lymph[\s-]*nodal|nodal|lymphatic)";

    // a count of nodes in figures or words: "3/12", "three of the eleven", "2 out of 15"
    private const string Count = @"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty)";

    // a region before the nodes' words, which names which nodes and never the organ of a site metastasis
    private const string Region =
        @"(?:(?:left|right|bilateral|ipsilateral|contralateral|regional|multiple|several|local|distant)\s+)*"
        + @"(?:(?:axillary|cervical|mediastinal|hilar|para-?aortic|retroperitoneal|inguinal|supraclavicular|pelvic|perigastric"
        + @"|mesenteric|peripancreatic|periportal|iliac|obturator|submandibular|paratracheal|subcarinal|celiac|portal|neck"
        + @"|mesocolic|paracolic|pericolic|mesorectal|perirectal|sentinel|intramammary)\s+)?";

    // "lymph node metastases", "axillary lymph node metastasis", "nodal metastases", "a lymph-node metastasis"
    [GeneratedRegex(@"\b" + Region + Nodes + @"\s+metastas[ie]s\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NodalBeforeRegex();

    // the nodes first in a list of sites before one "metastases": "mediastinal nodal and adrenal metastases", "hilar lymph
    // node and bone metastases", "nodal, hepatic and pulmonary metastases"
    [GeneratedRegex(@"\b" + Region + Nodes + @"(?:\s*,\s*[A-Za-z]{3,}){0,3},?\s+(?:and|or)\s+[A-Za-z]{3,}\s+metastas[ie]s\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NodalListRegex();

    // "metastases to the regional lymph nodes", "metastasized to the axillary lymph nodes", "metastatic carcinoma in two
    // of 14 lymph nodes", "metastatic squamous cell carcinoma in three of 20 nodes", "metastases in three of the eleven regional lymph nodes", "metastatic adenocarcinoma was found in 3/12 nodes"; a count of none ("0 of 12") is no spread
    [GeneratedRegex(
        @"\b(?:metasta(?:s[ie]s|si[sz]ed|tic(?:\s+(?:disease|deposits?|foci|spread|involvement|tumou?rs?|(?:[a-z]+\s+){0,2}?(?:carcinoma|adenocarcinoma|melanoma|cancer)|HCC|RCC|SCC))?)|" + SpreadBy + ")"
        + @"(?:\s+(?:(?:were|was)\s+)?(?:found|seen|noted|detected|identified|present))?"
        + @"\s+(?:to|in|into|within|involving)\s+(?:the\s+|both\s+|his\s+|her\s+|an?\s+)?"
        + @"(?:(?!(?:0|no|none|zero)\b)" + Count + @"\s*(?:/\s*|(?:of|out\s+of)\s+(?:the\s+)?)" + Count + @"\s+(?:(?:resected|dissected|examined|harvested|retrieved|regional)\s+)?)?"
        + Region + @"(?:lymph[\s-]*nodes?|nodes)\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NodalAfterRegex();

    // what a node, its biopsy or a count of nodes was found to hold: "the sentinel lymph node was positive for metastatic
    // melanoma", "cervical lymph node biopsy revealed metastatic squamous cell carcinoma", "two of the 15 lymph nodes
    // harboured metastatic carcinoma"; "none of the 20 nodes contained …" holds none
    [GeneratedRegex(
        @"(?<!\b(?:none|no|zero|0)\s+(?:(?:of|out\s+of)\s+)?(?:the\s+)?(?:\d+\s+)?(?:[a-z]+\s+){0,2})\b" + Region + @"(?:lymph[\s-]*)?nodes?" + FoundIn,
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NodalFoundRegex();

    // malignant cells a node, its aspirate or its biopsy was found to hold: "the resected obturator nodes showed malignant
    // cells", "an aspirate of the supraclavicular node showed clusters of malignant cells", "the mesocolic lymph nodes were
    // infiltrated by neoplastic cells"; a count of none before the nodes, or "no" before the cells, holds none
    [GeneratedRegex(
        @"(?<!\b(?:none|no|zero|0)\s+(?:(?:of|out\s+of)\s+)?(?:the\s+)?(?:\d+\s+)?(?:[a-z]+\s+){0,2})\b" + Region + @"(?:lymph[\s-]*)?nodes?"
        + @"(?:\s+(?:biops(?:y|ies)|aspirates?|specimens?|cytology))?"
        + @"\s+(?:showed|revealed|demonstrated|contained|harbou?red|(?:was|were)\s+(?:positive\s+for|(?:(?:extensively|diffusely|focally|partly|partially|completely)\s+)?(?:involved|replaced|infiltrated)\s+by))"
        + @"\s+(?:(?:clusters|nests|sheets|groups|foci)\s+of\s+)?(?:malignant|neoplastic)\s+cells\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NodalCellsRegex();

    // "nodal disease", "para-aortic nodal disease", "bulky mediastinal nodal disease", "axillary lymph node involvement": the
    // spread told as a disease of the nodes, which counts only as a solid cancer's (a lymphoma's nodes are its own disease)
    [GeneratedRegex(@"\b" + Region + @"(?:(?:bulky|residual|extensive|gross)\s+)?(?:lymph[\s-]*nodes?|lymph[\s-]*nodal|nodal)\s+(?:disease|involvement)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NodalDiseaseRegex();

    // "metastatic lymph nodes", "metastatic axillary lymph node", "metastatic lymphadenopathy"
    [GeneratedRegex(@"\bmetastatic\s+" + Region + @"(?:lymph[\s-]*nodes?|lymphadenopathy)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NodalLesionRegex();
}
