using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Metastases named by the organ they reached: before the noun ("hepatic metastases", "liver and bone metastases")
/// or after it ("metastases to the liver, lungs and bones", "metastatic disease in the left adrenal gland"), or as a
/// deposit, an involvement or lesions of the organ read as metastases ("liver deposits", "osseous involvement", "brain
/// lesions consistent with metastases", "the ovarian tumors were metastases"; whether those are a cancer's is for
/// <see cref="SiteMetastasisMentions"/>). Each organ gives one diagnosis, "&lt;organ&gt; metastasis"; the spine is bone. Spread to lymph nodes
/// stated in words is one diagnosis, "lymph node metastasis" (<see cref="NodalRegexes"/>); a TNM category alone is not. An organ followed by a neoplasm word names the primary ("metastasis of breast cancer"), and one followed by a part
/// of it names a place in the organ ("metastases in the lung hilus"). New metastases are the course of the disease
/// (progression), not a diagnosis.
/// </summary>
internal static partial class SiteMetastasis
{
    /// <summary>
    /// Whether the lower-cased word may head a site metastasis: "metastasis", "metastases", "metastatic", and the past
    /// of the verb ("metastasized", "metastasised"), which tells what this tumour did rather than what tumours do; the
    /// older "secondaries", a spread told as such ("had spread to the liver"), and the malignant or neoplastic cells a
    /// lymph node was found to hold.
    /// </summary>
    public static bool IsHead(ReadOnlySpan<char> word) =>
        word.StartsWith("metastas", StringComparison.Ordinal)
            ? word is "metastasis" or "metastases" or "metastasized" or "metastasised"
            : word is "metastatic" or "deposits" or "deposit" or "involvement" or "secondaries" or "secondary" or "spread" or "malignant" or "neoplastic";

    /// <summary>
    /// The site metastases whose phrase takes in the head word at [<paramref name="headStart"/>, <paramref name="headEnd"/>),
    /// read in <paramref name="text"/> between <paramref name="from"/> and <paramref name="to"/> (the head's sentence, a
    /// few words either side).
    /// </summary>
    public static IEnumerable<(int Start, int End, string Name)> Around(string text, int from, int to, int headStart, int headEnd)
    {
        var window = text.Substring(from, to - from);
        foreach (var (regex, needs, openers) in AllRegexes)
        {
            if (!MayMatch(window, needs))
            {
                continue;
            }

            // a match that opens with an organ word starts at one: none at or before the head, no match takes it in
            var opening = openers is null ? 0 : SiteOpeningWords.First(window, headStart - from, openers);
            if (opening < 0)
            {
                continue;
            }

            for (var match = regex.Match(window, opening); match.Success; match = match.NextMatch())
            {
                var (start, end) = (from + match.Index, from + match.Index + match.Length);
                if (start > headStart)
                {
                    // matches come in order: none after this one takes in the head
                    break;
                }

                if (end < headEnd)
                {
                    continue;
                }

                if (NodalRegexes.Contains(regex))
                {
                    yield return (start, end, NodalName);
                    continue;
                }

                foreach (Capture site in match.Groups["site"].Captures)
                {
                    if (Organs.TryGetValue(Words().Replace(site.Value.ToLowerInvariant(), " "), out var organ))
                    {
                        yield return (start, end, organ + " metastasis");
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether the words just before a site metastasis make it the disease's progression ("new metastases in the adrenal
    /// gland", "development of multiple bone metastases", "the disease progressed and metastasized to the liver").
    /// </summary>
    public static bool Progression(string text, int sentenceStart, int start)
    {
        var near = Math.Max(sentenceStart, start - 32);
        return ProgressionRegex().IsMatch(text.AsSpan(near, start - near));
    }

    // "new", "additional", "enlarging", "developed", "development of", "progressed (rapidly) and", "deteriorated and" a few words before
    [GeneratedRegex(@"\b(?:new|additional|enlarging|developed|development\s+of|progressed|deteriorated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressionRegex();

    /// <summary>The organ words a metastasis is named by, and the organ each names.</summary>
    private static readonly FrozenDictionary<string, string> Organs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["liver"] = "liver", ["hepatic"] = "liver", ["lung"] = "lung", ["lungs"] = "lung", ["pulmonary"] = "lung",
        ["bone"] = "bone", ["bones"] = "bone", ["osseous"] = "bone", ["bony"] = "bone", ["skeletal"] = "bone",
        ["brain"] = "brain", ["cerebral"] = "brain", ["intracranial"] = "brain",
        ["adrenal"] = "adrenal", ["adrenals"] = "adrenal", ["adrenal gland"] = "adrenal", ["adrenal glands"] = "adrenal",
        ["peritoneal"] = "peritoneal", ["peritoneum"] = "peritoneal", ["pleural"] = "pleural", ["pleura"] = "pleural",
        ["orbital"] = "orbital", ["orbit"] = "orbital", ["cardiac"] = "cardiac", ["heart"] = "cardiac",
        ["skin"] = "skin", ["cutaneous"] = "skin", ["subcutaneous"] = "subcutaneous",
        ["spinal"] = "bone", ["spine"] = "bone", ["vertebral"] = "bone", ["vertebrae"] = "bone", ["vertebra"] = "bone",
        ["ovarian"] = "ovarian", ["ovary"] = "ovarian", ["ovaries"] = "ovarian", ["splenic"] = "splenic", ["spleen"] = "splenic",
        ["renal"] = "renal", ["kidney"] = "renal", ["kidneys"] = "renal", ["pancreatic"] = "pancreatic", ["pancreas"] = "pancreatic",
        ["gastric"] = "gastric", ["stomach"] = "gastric", ["breast"] = "breast", ["breasts"] = "breast", ["thyroid"] = "thyroid",
        ["muscle"] = "muscle", ["muscles"] = "muscle", ["muscular"] = "muscle", ["leptomeningeal"] = "leptomeningeal",
        ["choroidal"] = "choroidal", ["choroid"] = "choroidal", ["small bowel"] = "small intestinal",
        ["small intestine"] = "small intestinal", ["small intestinal"] = "small intestinal", ["soft tissue"] = "soft tissue",
        ["soft tissues"] = "soft tissue", ["omental"] = "omental", ["omentum"] = "omental", ["chest wall"] = "chest wall",
        ["abdominal wall"] = "abdominal wall", ["gallbladder"] = "gallbladder", ["tonsillar"] = "tonsillar", ["tonsil"] = "tonsillar",
        ["testicular"] = "testicular", ["testis"] = "testicular", ["scalp"] = "scalp",
        ["retroperitoneal"] = "retroperitoneal", ["retroperitoneum"] = "retroperitoneal", ["pituitary"] = "pituitary",
        ["pituitary gland"] = "pituitary", ["femur"] = "bone", ["humerus"] = "bone", ["rib"] = "bone", ["ribs"] = "bone",
        ["sacrum"] = "bone", ["skull"] = "bone", ["skull base"] = "bone", ["pituitary stalk"] = "pituitary",
        ["parotid"] = "parotid", ["parotid gland"] = "parotid", ["esophageal"] = "esophageal", ["oesophageal"] = "esophageal",
        ["esophagus"] = "esophageal", ["oesophagus"] = "esophageal",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The organ words of the table: each opens a phrase (<see cref="SiteOpeningWords"/>).</summary>
    internal static IEnumerable<string> OrganWords => Organs.Keys;

    // the organ words of the table above; "(left|right) …", "both …" and a level of the spine ("cervical spine") qualify them
    // a bone or a vertebra is often named by its part or its level ("the iliac bone", "the L3 vertebral body", "the T10 vertebra")
    private const string Site =
        @"(?:(?:left|right|bilateral)\s+)?(?:(?:cervical|thoracic|lumbar|lumbosacral)\s+)?"
        + @"(?:(?:[CTLS]\d{1,2}(?:\s*-\s*[CTLS]?\d{1,2})?|iliac|pelvic|sacral|frontal|parietal|temporal|occipital|sphenoid|femoral|tibial|humeral)\s+(?=(?:bones?|vertebra[el]?)\b))?"
        + @"(?<site>liver|hepatic|lungs?|pulmonary|bones?|osseous|bony|skeletal|brain|cerebral|intracranial"
        + @"|adrenal(?:\s+glands?)?|adrenals|peritone(?:al|um)|pleura|pleural|orbit|orbital|cardiac|heart|skin|cutaneous|subcutaneous"
        + @"|spinal|spine|vertebral|vertebrae|vertebra|ovar(?:ian|y|ies)|splenic|spleen|renal|kidneys?|pancreas|pancreatic|gastric|stomach|breasts?|thyroid"
        + @"|muscles?|muscular|leptomeningeal|choroid(?:al)?|small\s+(?:bowel|intestine|intestinal)|soft\s+tissues?|omental|omentum"
        + @"|chest\s+wall|abdominal\s+wall|gallbladder|tonsil(?:lar)?|testicular|testis|scalp|retroperitone(?:al|um)|pituitary(?:\s+(?:gland|stalk))?|femur|humerus|ribs?|sacrum|skull(?:\s+base)?"
        + @"|parotid(?:\s+gland)?|o?esophag(?:eal|us))";

    private const string SiteList = Site + @"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+)(?:the\s+|both\s+)?" + Site + ")*";

    // "hepatic metastases", "liver and bone metastases", "multiple pulmonary metastasis", "a pleural-based metastasis"
    [GeneratedRegex(@"\b" + SiteList + @"(?:-based)?\s+metastas[ie]s\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex BeforeRegex();

    // "metastases to the liver", "metastatic disease in the left adrenal gland", "metastatic to both lungs", "metastasized
    // to bone", "metastases were found in the spleen", "metastases appeared involving the skin", "metastatic lesions in the pituitary
    // stalk, skull base and cervical spine"; the organ is not the
    // primary's ("metastasis of breast cancer", "metastasis of renal cell carcinoma", "metastases from lung origin")
    [GeneratedRegex(
        @"\bmetasta(?:s[ie]s|si[sz]ed|tic(?:\s+(?:disease|lesions?|deposits?|foci|nodules?|spread|involvement|tumou?rs?))?)"
        + @"(?:\s+(?:(?:were|was)\s+)?(?:appeared|found|seen|noted|detected|identified|present|located|centered|centred))?"
        + @"\s+(?:to|in|into|within|involving|of)\s+(?:the\s+|both\s+|his\s+|her\s+)?"
        + SiteList + @"\b(?!\s*(?:-|hil(?:us|um|a|ar)|capsule|parenchyma|bed|vessels?|veins?|arter(?:y|ies)|(?:(?:[a-z]+\s+)?cell\s+|ductal\s+|papillary\s+|follicular\s+)?(?:cancers?|carcinomas?|adenocarcinomas?|tumou?rs?|neoplasms?|melanomas?|sarcomas?|lymphomas?)|origin|primary)\b)"
        // "metastatic melanoma in the liver", "metastatic adenocarcinoma involving the left adrenal gland": the cancer between
        // the adjective and the organ it reached; "of" names the primary there ("metastatic carcinoma of the breast")
        + @"|\bmetastatic\s+(?:(?:[a-z]+\s+){0,2}?(?:carcinoma|adenocarcinoma|melanoma|sarcoma|cancer)s?)"
        + @"\s+(?:to|in|into|within|involving)\s+(?:the\s+|both\s+|his\s+|her\s+)?"
        + SiteList + @"\b(?!\s*(?:-|hil(?:us|um|a|ar)|capsule|parenchyma|bed|vessels?|veins?|arter(?:y|ies)|(?:(?:[a-z]+\s+)?cell\s+|ductal\s+|papillary\s+|follicular\s+)?(?:cancers?|carcinomas?|adenocarcinomas?|tumou?rs?|neoplasms?|melanomas?|sarcomas?|lymphomas?)|origin|primary)\b)",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AfterRegex();

    // "metastatic liver lesions", "metastatic pulmonary nodules", "metastatic bone disease": the organ between the
    // adjective and a lesion noun; "metastatic lung cancer" names the primary and is left to the cancer names
    [GeneratedRegex(
        @"\bmetastatic\s+" + SiteList + @"\s+(?:lesions?|nodules?|deposits?|disease|foci|masses)\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex LesionRegex();

    /// <summary>
    /// Whether a site metastasis phrase names the spread only by a deposit or an involvement of the organ ("liver
    /// deposits", "osseous involvement"), without a word of metastasis: it counts only where the case is a cancer's.
    /// </summary>
    public static bool ToldAsDeposit(ReadOnlySpan<char> phrase) =>
        !phrase.Contains("metasta", StringComparison.OrdinalIgnoreCase) && !phrase.Contains("secondar", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the phrase speaks of an involvement ("osseous involvement"), which other diseases have too.</summary>
    public static bool ToldAsInvolvement(ReadOnlySpan<char> phrase) => phrase.Contains("involvement", StringComparison.OrdinalIgnoreCase);

    // "liver deposits", "peritoneal deposits", "hepatic metastatic deposits", "osseous involvement", "tumour deposits in
    // the omentum": the organ a deposit or an involvement is of; "amyloid deposits in the liver" names no organ before the noun
    [GeneratedRegex(
        @"\b" + SiteList + @"(?:\s+(?:metastatic|tumou?r))?\s+(?:deposits?|involvement)\b(?!\s+(?:of|by)\s+(?:iron|amyloid|calcium|urate|copper|fat|lipids?|immune|h(?:a)?emosiderin|Ig[AGM]|complement|crystals?)\b)"
        + @"|\b(?:metastatic|tumou?r|malignant|neoplastic)\s+(?:deposits?|involvement)\s+(?:of|in|within)\s+(?:the\s+|both\s+)?" + SiteList + @"\b(?!\s*(?:-|hil(?:us|um|a|ar)|capsule|bed)\b)",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DepositRegex();

    // "hepatic metastatic lesions", "multiple brain lesions consistent with metastases": lesions of an organ the report
    // reads as metastases
    [GeneratedRegex(
        @"\b" + SiteList + @"\s+metastatic\s+(?:lesions?|nodules?|foci|masses|disease)\b"
        + @"|\b" + SiteList + @"\s+(?:lesions?|nodules?|foci|masses)\s+(?:consistent|compatible)\s+with\s+(?:metastas[ie]s|metastatic\s+(?:disease|deposits|lesions))\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ConsistentLesionRegex();

    // "the ovarian tumors were metastases", "the adrenal lesion proved to be a metastasis", "the splenic nodules were
    // confirmed to be metastases": a lesion of an organ the report states to be a metastasis. "The pancreatic tumor was
    // metastatic" says the tumour spread, so only the noun counts; "was not", "thought to be" do not state it
    [GeneratedRegex(
        @"\b" + SiteList + @"\s+(?:tumou?rs?|mass(?:es)?|lesions?|nodules?|foci|focus)\s+"
        + @"(?:(?:was|were|is|are)\s+(?:(?:confirmed|shown|proven|proved|found)\s+(?:to\s+be|as)\s+)?|(?:proved|proven|turned\s+out)\s+to\s+be\s+)"
        + @"(?:an?\s+)?metastas[ie]s\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex StatedLesionRegex();

    // "hepatic secondaries", "liver and bone secondaries", "secondary deposits in the liver", "secondaries to both lungs",
    // "secondary liver deposits": the older word for metastases; "secondary to" and "secondary adrenal insufficiency" name none
    [GeneratedRegex(
        @"\b" + SiteList + @"\s+secondaries\b"
        + @"|\bsecondar(?:ies|y\s+(?:deposits?|tumou?rs?|lesions?|neoplasms?))\s+(?:to|in|into|within|involving)\s+(?:the\s+|both\s+|his\s+|her\s+)?"
        + SiteList + @"\b(?!\s*(?:-|hil(?:us|um|a|ar)|capsule|bed)\b)"
        + @"|\bsecondary\s+" + SiteList + @"\s+(?:deposits?|tumou?rs?|lesions?)\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex SecondaryRegex();

    // "the tumour had spread to the liver and lungs", "the cancer had already spread to the bones", "it had spread into the
    // peritoneum": a spread with no word of metastasis, which counts only as a cancer's (as a deposit does) and only where
    // the tumour, the disease or "it" spread (a rash "that has spread to his scalp" is none); "spreads to" tells what a
    // disease does, not what this one did
    [GeneratedRegex(
        @"\b" + SpreadBy + @"\s+(?:to|into)\s+(?:the\s+|both\s+|his\s+|her\s+)?" + SiteList
        + @"\b(?!\s*(?:-|hil(?:us|um|a|ar)|capsule|parenchyma|bed|vessels?|veins?|arter(?:y|ies))\b)",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex SpreadRegex();

    // what a biopsy or the pathology found in a lesion of an organ: "biopsy of the liver lesion showed metastatic
    // adenocarcinoma", "the adrenal nodule revealed metastatic carcinoma", "the adrenal mass was metastatic renal cell
    // carcinoma", "skin biopsy revealed metastatic melanoma", "four nodes were involved by metastatic carcinoma"; a cancer word must follow, since "the pancreatic tumour was
    // metastatic" says that tumour spread
    private const string FoundIn =
        @"(?:\s+(?:lesions?|nodules?|mass(?:es)?|tumou?rs?|foci|focus))?(?:\s+(?:biops(?:y|ies)|aspirates?|specimens?|cytology))?"
        + @"\s+(?:showed|revealed|demonstrated|confirmed|contained|harbou?red|disclosed"
        + @"|(?:was|were|is|are)(?:\s+(?:(?:positive|diagnostic)\s+for|(?:confirmed|shown|proven|proved|found)\s+(?:to\s+be|as)|consistent\s+with"
        + @"|(?:(?:extensively|diffusely|focally|partly|partially|completely|also)\s+)?(?:involved|replaced|infiltrated)\s+by))?"
        + @"|(?:(?:extensively|diffusely|focally|partly|partially|completely)\s+)?(?:involved|replaced|infiltrated)\s+by"
        + @"|(?:proved|proven|turned\s+out)\s+to\s+be)"
        + @"\s+(?:an?\s+)?metastatic\s+(?:[a-z-]+\s+){0,3}?(?:[a-z]*omas?|cancers?|disease|deposits?|tumou?rs?|neoplasms?|HCC|RCC|SCC|NSCLC)\b";

    [GeneratedRegex(@"\b" + Site + FoundIn, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex FoundInLesionRegex();

    // what spread: the tumour or the disease, a cancer named by its histology, or "it"
    private const string SpreadBy =
        @"(?:tumou?rs?|cancer|malignancy|neoplasm|disease|it|[a-z]*(?:oma|omas))\s+(?:(?:had|has|have)\s+)?(?:(?:already|since|then|also|further|subsequently|rapidly)\s+)?spread";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Words();
}
