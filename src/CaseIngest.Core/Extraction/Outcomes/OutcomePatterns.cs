using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// The outcome patterns, each declared with the anchor words its matches hold and the outcome a match names. The
/// step reads them in the order of <see cref="InOrder"/>: an earlier pattern's match covers its words for later ones.
/// </summary>
internal static partial class OutcomePatterns
{
    /// <summary>
    /// "no evidence of disease", "no evidence of any disease", "disease-free", "free of tumour", "free from relapse", "no FDG-avid disease",
    /// "no measurable disease", "no residual or recurrent tumour": the "no" is the outcome, not a negation.
    /// </summary>
    public static readonly OutcomePattern NoDisease = new(NoDiseaseRegex(), ["evidence", "sign", "free", "avid", "metabolically active", "measurable", "detectable", "recurrent"], static _ => "no-evidence-of-disease");

    public static readonly OutcomePattern Ned = new(NedRegex(), ["NED"], static _ => "no-evidence-of-disease", StringComparison.Ordinal);

    public static readonly OutcomePattern Response = new(ResponseRegex(), ["response", "responded", "responding"], static m => m.Contains("complete", StringComparison.OrdinalIgnoreCase)
        ? (m.Contains("near", StringComparison.OrdinalIgnoreCase) || m.Contains("almost", StringComparison.OrdinalIgnoreCase) ? "partial-response" : "complete-response")
        : "partial-response");

    /// <summary>"achieved a pCR", "ypCR": the pathological complete response by its abbreviation, only in its own letter case ("PCR" is the assay).</summary>
    public static readonly OutcomePattern PathologicalCompleteResponse = new(PathologicalCompleteResponseRegex(), ["pCR"], static _ => "complete-response", StringComparison.Ordinal);

    public static readonly OutcomePattern Stable = new(StableRegex(), ["stable", "stabili"], static _ => "stable-disease");

    public static readonly OutcomePattern Progression = new(ProgressionRegex(), ["progress"], static _ => "progressive-disease");

    /// <summary>
    /// "complete remission", "remission": the disease no longer seen; "partial remission" and "near complete remission"
    /// leave disease behind, so they are a partial response.
    /// </summary>
    public static readonly OutcomePattern Remission = new(RemissionRegex(), ["remission"],
        static m => m.StartsWith("partial", StringComparison.OrdinalIgnoreCase) || m.StartsWith("near", StringComparison.OrdinalIgnoreCase)
            || m.StartsWith("almost", StringComparison.OrdinalIgnoreCase) ? "partial-response" : "remission");

    /// <summary>"no progression", "without disease progression", "has not progressed": read only where the text denies it (<see cref="Outcomes.DeniedProgression"/>).</summary>
    public static readonly OutcomePattern ProgressionWord = new(ProgressionWordRegex(), ["progress"], static _ => "no-evidence-of-disease");

    public static readonly OutcomePattern Recurrence = new(RecurrenceRegex(), ["recurr", "relaps"], static _ => "recurrence");

    public static readonly OutcomePattern Death = new(DeathRegex(), ["died", "passed away", "expired", "succumbed", "deceased", "death", "dead", "fatal"], static _ => "death");

    /// <summary>CR, PR, SD, PD: only beside response words (checked by the step), in capitals.</summary>
    public static readonly OutcomePattern Abbreviation = new(AbbreviationRegex(), ["CR", "PR", "SD", "PD"], static m => m switch
    {
        "CR" => "complete-response",
        "PR" => "partial-response",
        "SD" => "stable-disease",
        _ => "progressive-disease",
    }, StringComparison.Ordinal);

    public static readonly OutcomePattern ShrinkageBy = new(ShrinkageByRegex(), ["%"], static _ => "tumor-shrinkage");

    /// <summary>"the tumour was reduced by half", "the metastasis halved in size", "the lesions shrank to half their size": a shrinkage of 50 %.</summary>
    public static readonly OutcomePattern ShrinkageByHalf = new(ShrinkageByHalfRegex(), ["half", "halved"], static _ => "tumor-shrinkage");

    public static readonly OutcomePattern ShrinkagePercentFirst = new(ShrinkagePercentFirstRegex(), ["%"], static _ => "tumor-shrinkage");

    /// <summary>"the lesions remained unchanged", "the nodule was unchanged in size": the tumour neither grew nor shrank.</summary>
    public static readonly OutcomePattern Unchanged = new(UnchangedRegex(), ["unchanged"], static _ => "stable-disease");

    public static readonly OutcomePattern ShrinkWords = new(ShrinkWordsRegex(), ["shrink", "shrank", "shrunk", "size", "diameter", "volume", "smaller", "burden"], static _ => "tumor-shrinkage");

    public static readonly OutcomePattern Regression = new(RegressionRegex(), ["regress"], static _ => "regression");

    /// <summary>
    /// "progression-free survival of 14 months", "overall survival was 3.5 years"; the survival word in either case. A
    /// progression-free interval and an event-free survival count the time without progression as well.
    /// </summary>
    public static readonly OutcomePattern Survival = new(SurvivalRegex(), ["survival", "interval"], SurvivalKind);

    /// <summary>"PFS > 2 years", "OS of 20 months": the abbreviations only in capitals.</summary>
    public static readonly OutcomePattern SurvivalAbbreviation = new(SurvivalRegex(), ["PFS", "OS", "EFS"], SurvivalKind, StringComparison.Ordinal);

    /// <summary>"the time to progression was 8 months", "TTP of 6 months": how long the disease stayed without progression.</summary>
    public static readonly OutcomePattern TimeToProgression = new(TimeToProgressionRegex(), ["time to", "TTP"], static _ => "progression-free-survival");

    /// <summary>
    /// "remained progression-free for 14 months", "has been progression free for 2 years", "progression-free at 2 years",
    /// "progression-free 30 months after starting alectinib", "disease control was maintained for 14 months": the time without progression.
    /// </summary>
    public static readonly OutcomePattern ProgressionFreeFor = new(ProgressionFreeForRegex(), ["progression", "control"], static _ => "progression-free-survival");

    /// <summary>"survived for 18 months", "survived 2 years after diagnosis", "lived for 14 months after the diagnosis".</summary>
    public static readonly OutcomePattern Survived = new(SurvivedRegex(), ["survived", "lived"], static _ => "overall-survival");

    /// <summary>"a marked reduction of the liver metastases", "the tumour size decreased from 52 mm to 21 mm": shrinkage told of the lesions or by their measures.</summary>
    public static readonly OutcomePattern ShrinkageOfLesions = new(ShrinkageOfLesionsRegex(), ["reduc", "decrease", "shrinkage", "diminish", "diminution", "shrunk", "shrank"], static _ => "tumor-shrinkage");

    /// <summary>"over 12 months of progression-free survival", "18 months of overall survival": the figure first.</summary>
    public static readonly OutcomePattern SurvivalFigureFirst = new(SurvivalFigureFirstRegex(), ["survival"],
        static m => m.Contains("progression", StringComparison.OrdinalIgnoreCase) ? "progression-free-survival" : "overall-survival");

    /// <summary>"new liver lesions appeared", "CT revealed new hepatic metastases": new disease sites are progression.</summary>
    public static readonly OutcomePattern NewLesions = new(NewLesionsRegex(), ["new"], static _ => "progressive-disease");

    /// <summary>"resolution of the liver metastases", "the lung nodules disappeared": the lesions regressed.</summary>
    public static readonly OutcomePattern Resolution = new(ResolutionRegex(), ["resol", "disappear", "vanish", "no longer", "detectable", "visible"], static _ => "regression");

    /// <summary>"no residual tumour", "without residual viable carcinoma": after preoperative treatment, a pathological complete response.</summary>
    public static readonly OutcomePattern NoResidual = new(NoResidualRegex(), ["residual"], static _ => "complete-response");

    /// <summary>"a sustained response of more than 7 months", "the response has lasted 14 months", "the duration of response was 11 months": a response with its duration.</summary>
    public static readonly OutcomePattern LastingResponse = new(LastingResponseRegex(), ["response"], static _ => "partial-response");

    /// <summary>"the liver lesions increased in size", "enlargement of the metastases": growth, a progression once treatment has begun.</summary>
    public static readonly OutcomePattern Growth = new(GrowthRegex(), ["increase", "enlarg", "grew", "grow"], static _ => "progressive-disease");

    /// <summary>
    /// "alive at 3-year follow-up", "alive and well 18 months after surgery": the survival so far; a long match ("alive
    /// without recurrence at last follow-up, 26 months after diagnosis") is also found from its follow-up.
    /// </summary>
    public static readonly OutcomePattern Alive = new(AliveRegex(), ["alive", "follow"], static _ => "overall-survival");

    private static string SurvivalKind(string match) =>
        match.StartsWith("p", StringComparison.OrdinalIgnoreCase) || match.StartsWith("e", StringComparison.OrdinalIgnoreCase) ? "progression-free-survival" : "overall-survival";

    [GeneratedRegex(@"\b(?:no|without(?: any)?) (?:radiological |radiologic |radiographic |clinical |further |)(?:evidence|signs?) of (?:an? |any )?(?:residual |recurrent |active |metastatic |local |distant |)(?:disease|recurrence|tumou?r|cancer|relapse|disease recurrence|tumou?r recurrence)\b|\b(?:disease|cancer|tumou?r|recurrence|relapse)[- ]free\b|\bfree (?:of|from) (?:any )?(?:disease|cancer|tumou?r|recurrence|relapse|metastas[ie]s)\b|\bno (?:residual|recurrent) (?:or|and|nor) (?:residual|recurrent) (?:disease|tumou?r|cancer|malignancy|lesions?)\b|\bno (?:(?:FDG|PET)[- ]avid|metabolically active|measurable|detectable) (?:residual |recurrent |metastatic )?(?:disease|tumou?r|malignancy|lesions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoDiseaseRegex();

    [GeneratedRegex(@"\bNED\b")]
    private static partial Regex NedRegex();

    // "complete response", "near-complete metabolic response", "pathological complete response"; the verb with its measure:
    // "responded partially to erlotinib", "the tumour completely responded"
    [GeneratedRegex(@"\b(?:(?:near|nearly|almost)[- ])?(?:complete|partial)\s+(?:(?:metabolic|radiological|radiologic|radiographic|clinical|pathologic|pathological|objective|durable|sustained|tumou?r|major|remarkable|dramatic)\s+)?response\b|\b(?:pathologic(?:al)?|radiologic(?:al)?|metabolic|clinical|radiographic)\s+complete\s+response\b|\b(?:responded|responding)\s+(?:(?:only|almost|nearly)\s+)?(?:partially|completely)\b|\b(?:partially|completely)\s+responded\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseRegex();

    [GeneratedRegex(@"\by?pCR\b")]
    private static partial Regex PathologicalCompleteResponseRegex();

    // "stable disease", "disease stabilisation", "the lung nodules remained stable", "his disease has been stable", "the nodules are stable"
    [GeneratedRegex(@"\bstable disease\b|\b(?:RECIST|radiological|radiologic|radiographic|disease) stability\b|\bdisease stabili[sz]ation\b|\bstabili[sz]ation of (?:the |his |her )?disease\b|\bdisease (?:remained|remains|was|is|stayed|has remained|has been|had been|has stayed) stable\b|\b(?:lesions?|tumou?rs?|mass|masses|nodules?|metastas[ie]s)\s+(?:remained|remains|was|were|is|are|stayed|has\s+remained|have\s+remained|has\s+been|have\s+been|had\s+been)\s+(?:radiologically\s+|radiographically\s+|largely\s+)?stable\b", RegexOptions.IgnoreCase)]
    private static partial Regex StableRegex();

    // "progressive disease", "progressive diffuse metastatic disease", "hyperprogression", "the tumour was found to have progressed", "disease progression", "rapid lesion progression", "progression
    // of the liver metastases", "the tumour progressed", "progressed on erlotinib"
    [GeneratedRegex(@"\bprogressive\s+(?:(?:diffuse|widespread|metastatic|multifocal|disseminated|extensive)\s+){0,2}disease\b|\bhyperprogress(?:ion|ive\s+disease)\b|\b(?:disease|tumou?rs?|lesions?|cancer|mass|masses|metastases)\s+(?:was|were|had\s+been)\s+(?:found|noted|seen|shown|observed|judged|considered)\s+to\s+have\s+progressed\b|\b(?:disease|tumou?r|radiological|radiographic|radiologic|clinical|local|systemic|intracranial|hepatic|nodal|metastatic|further|rapid|oligometastatic|leptomeningeal|disease|lesion|nodule|mass)\s+progression\b|\bprogress(?:ion)? of (?:the |his |her )?(?:(?:known|underlying|primary|metastatic|residual|pulmonary|hepatic|liver|lung|brain|bone|nodal|intracranial|systemic|multiple|several|numerous|peritoneal|intraperitoneal|retroperitoneal|abdominal|pelvic|mediastinal|pleural|adrenal|skeletal|osseous)\s+){0,3}(?:disease|tumou?rs?|cancer|metastas[ie]s|metastatic\s+(?:masses|mass|nodules?|deposits|foci)|lesions?|melanoma|carcinoma)\b|\b(?:disease|tumou?rs?|lesions?|cancer|melanoma|carcinoma|sarcoma|lymphoma|metastases|he|she|patient|mass|nodules?)\s+(?:had\s+|has\s+|subsequently\s+|later\s+|then\s+|eventually\s+|rapidly\s+|further\s+)?progressed\b|\b(?:disease|tumou?rs?|lesions?|cancer|mass|masses|metastases|nodules?)\s+(?:was|were|is|are|continued\s+to|kept)\s+progress(?:ing)?\b|\bprogressed\s+(?:on|after|despite|while|during|through|following)\b|\bprogression\s+(?:on|after|despite|while|during|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressionRegex();

    // "progression", "disease progression", "radiological progression", "progressed", "progress" (the verb, checked by the step)
    [GeneratedRegex(@"\b(?:(?:disease|tumou?r|radiological|radiologic|radiographic|clinical|local|systemic|metastatic|intracranial)\s+)?(?:progression|progressed|progress)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressionWordRegex();

    [GeneratedRegex(@"\b(?:(?:near|nearly|almost)[- ])?(?:(?:complete|partial|clinical|durable|sustained|long-term|continued|complete clinical|complete metabolic)\s+)?remission\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemissionRegex();

    // "local recurrence", "liver recurrence", "multiple recurrences", "the lymphoma relapsed", "eight months later she relapsed": a person as subject says it is the disease;
    // "a recurrent mass in the pancreatic bed": the tumour named as recurrent
    [GeneratedRegex(@"\b(?:he|she|they|patient)\s+(?:had\s+|later\s+|subsequently\s+|then\s+|eventually\s+|again\s+)?(?:relapsed|recurred)\b|\b(?:(?:local|locoregional|distant|disease|tumou?r|nodal|liver|hepatic|lung|pulmonary|peritoneal|pelvic|bone|osseous|brain|intracranial|leptomeningeal|pleural|adrenal|anastomotic|regional|lymph\s+node|CNS)\s+)?(?:recurrences?|relapses?)\b|\b(?:recurred|relapsed)\b|\brecurrent (?:disease|tumou?rs?|mass|masses|lesions?|nodules?|cancer|carcinoma)\b(?![-‐])", RegexOptions.IgnoreCase)]
    private static partial Regex RecurrenceRegex();

    // "deceased" before a noun qualifies someone else ("a deceased donor"); "for a month before death", "until death",
    // "resulted in her death", "progressed to death", "pronounced dead"; a death a modal verb tells as what might have
    // been is none: "without treatment she would have died", "the bleeding could have resulted in death"; "had a fatal
    // outcome", "with a fatal outcome", "the course was fatal" tell the death too ("a fatal outcome is reported in 20%" does not)
    [GeneratedRegex(@"(?<!\b(?:would|could|might|may|should|will)\s+(?:(?:have|not|never|otherwise|likely|probably|surely|soon|certainly)\s+){0,2})\b(?:died|passed away|expired|succumbed)\b|\bdeceased\b(?![\s-]+(?:donors?|donation|organs?|citizens?|persons?|individuals?|patients?|subjects?|relatives?|kidneys?|livers?|grafts?)\b)|\bdeath\s+(?:due to|from|of|occurred|was)\b|\b(?:his|her|patient's|patient’s)\s+death\b|\b(?:before|until|till|prior to)\s+death\b|(?<!\b(?:would|could|might|may|should|will)\s+(?:(?:have|not|otherwise|likely|probably)\s+){0,2})\b(?:resulted|resulting|results|led|leading|leads|progressed|culminated|culminating)\s+(?:in|to)\s+(?:(?:his|her|the\s+patient's|the\s+patient’s)\s+)?death\b|\b(?:pronounced|declared|found)\s+dead\b|\b(?:had|with|met)\s+(?:a\s+)?fatal\s+(?:outcome|course|end)\b|\b(?:the\s+)?(?:outcome|course)\s+was\s+fatal\b|\bproved\s+fatal\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeathRegex();

    [GeneratedRegex(@"\b(?:CR|PR|SD|PD)\b")]
    private static partial Regex AbbreviationRegex();

    // "decreased by 40%", "shrank by approximately 30 %", "reduction in size by 50%"
    // "shrinkage of the liver metastases by 50%", "a reduction of more than 30%"
    [GeneratedRegex(@"\b(?:decreased|reduced|shrank|shrunk|shrunken|regressed|declined|diminished|reduction|decrease|shrinkage)(?:\s+in\s+(?:size|diameter|volume)|\s+of\s+(?:the\s+|all\s+|both\s+)?(?:[\w-]+\s+){0,3}?(?:lesions?|metastas[ie]s|tumou?rs?|mass|masses|nodules?))?\s+by\s+(?:approximately\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|~\s*|>\s*)?\d{1,3}(?:\.\d+)?\s*%|\b(?:reduction|decrease|shrinkage)\s+of\s+(?:approximately\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|~\s*|>\s*)?\d{1,3}(?:\.\d+)?\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex ShrinkageByRegex();

    // a lesion or its measure "reduced by half", "had halved", "shrank to half its original size"; "a reduction in size by
    // half"; never a dose ("the dose was reduced by half")
    [GeneratedRegex(@"\b(?:lesions?|tumou?rs?|mass|masses|nodules?|metastas[ie]s|size|diameter|volume|burden)\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:\w+ly\s+)?halved\b|\bhalved\s+in\s+(?:size|diameter|volume)\b|\b(?:lesions?|tumou?rs?|mass|masses|nodules?|metastas[ie]s|size|diameter|volume|burden)\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:decreased|reduced|shrank|shrunk|diminished|declined)(?:\s+in\s+(?:size|diameter|volume))?\s+(?:by\s+(?:(?:approximately|about|around|nearly|almost|more than|over|roughly)\s+)?(?:a\s+|one\s+)?half\b|to\s+(?:(?:approximately|about|around|nearly|almost|roughly)\s+)?(?:a\s+|one\s+)?half\s+(?:of\s+)?(?:its|their|the)\s+(?:original\s+|initial\s+|previous\s+|baseline\s+)?(?:size|diameter|volume)\b)|\b(?:reduction|decrease|shrinkage)\s+(?:in\s+(?:size|diameter|volume)|of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:lesions?|tumou?rs?|mass|masses|nodules?|metastas[ie]s))\s+by\s+(?:(?:approximately|about|around|nearly|almost|more than|over|roughly)\s+)?(?:a\s+|one\s+)?half\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShrinkageByHalfRegex();

    // "a 30% reduction in tumor size", "approximately 50% shrinkage of the lesion"
    [GeneratedRegex(@"(?:\b(?:approximately|about|around|nearly|almost|more than|over)\s+|[~>]\s*)?\b\d{1,3}(?:\.\d+)?\s*%\s+(?:reduction|decrease|shrinkage|regression|decline|tumou?r shrinkage|tumou?r reduction|size reduction)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShrinkagePercentFirstRegex();

    // shrinkage without a figure: "tumor shrinkage", "the mass shrank", "decreased in size", "reduction in the size", "the lesion size reduced",
    // "a marked reduction in tumour size", "a decrease in tumour burden"
    [GeneratedRegex(@"\b(?:(?:tumou?r\s+)?shrinkage|shrank|shrunk(?:en)?|shrinking|(?:decreased?|reduced|reduction|decline)\s+(?:\w+ly\s+)?in\s+(?:the\s+)?(?:(?:tumou?r|lesion|mass)\s+)?(?:size|diameter|volume)|(?:decreased?|reduced|reduction|decline)\s+in\s+(?:the\s+)?tumou?r\s+burden|size\s+reduction|(?:size|diameter|volume)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,8}(?:decreased|diminished|reduced|shrank)|(?:size|diameter|volume)\s+(?:had\s+|has\s+|was\s+)?(?:decreased|diminished|reduced)|(?:became|become|becoming|was|were|got|grew)\s+smaller)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShrinkWordsRegex();

    [GeneratedRegex(@"\b(?:regress|regresses|regressed|regressing|regression)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegressionRegex();

    // "progression-free survival of 14 months", "PFS > 2 years", "OS of approximately 20 months", "overall survival from diagnosis was 26 months",
    // "progression-free survival on osimertinib reached 15 months"
    [GeneratedRegex(@"(?:\b[Pp]rogression[- ]free (?:[Ss]urvival|[Ii]nterval)|\b[Ee]vent[- ]free [Ss]urvival|\bPFS|\bEFS|\b[Oo]verall [Ss]urvival|\bOS|(?<!(?:free|specific)[\s-])\b[Ss]urvival(?=\s+(?:from|since|after)\s))\b(?:\s*\((?:PFS|OS)\))?(?:\s+(?:from|since|after|on|with|under|during)\s+(?:the\s+|initial\s+|first\s+)?[\w-]+)?(?:\s+(?:was|is|of|reached|exceeded|exceeding|lasted|exceeds|has been|time of|duration of|time|now))*\s*(?::|=)?\s*(?:(?:approximately|about|around|nearly|almost|roughly|over|more than|greater than|longer than|less than|at least|up to|beyond|exceeding|under|~|>|<|≥|≤|>=|<=)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:days?|weeks?|months?|mos?|years?|yrs?)\b")]
    private static partial Regex SurvivalRegex();

    // "progression-free for 14 months", "progression free for more than 2 years", "disease control was maintained for 14 months";
    // "progression-free at 2 years", "progression-free at the 18-month follow-up", "progression-free 30 months after starting alectinib"
    // (not "progression-free at 2 years of age")
    [GeneratedRegex(@"\bprogression[- ]free\s+(?:at\s+(?:the\s+)?(?:(?:approximately|about|around|nearly|almost|over|more than|at least|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")[\s-]*(?:months?|years?)\b(?![\s-]+(?:of\s+age|old)\b)|(?:(?:approximately|about|around|nearly|almost|over|more than|at least|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:months?|years?)\s+(?:after|from|since|following|post)\b)|(?:\bprogression[- ]free|\bdisease\s+control\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:maintained|sustained|achieved|lasted|persisted|continued)?)\s+(?:for|over|during)\s+(?:(?:the\s+)?(?:last|past|next|following)\s+)?(?:(?:approximately|about|around|nearly|almost|over|more than|at least|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:days?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressionFreeForRegex();

    // "time to progression was 8 months", "time to disease progression (TTP) of 6 months", "TTP was 11 months"
    [GeneratedRegex(@"\b(?:time\s+to\s+(?:disease\s+|tumou?r\s+)?progression(?:\s*\(TTP\))?|TTP)(?:\s+(?:was|is|of|reached|lasted|has been))*\s*(?::|=)?\s*(?:(?:approximately|about|around|nearly|almost|over|more than|at least|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:days?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeToProgressionRegex();

    // "over 12 months of progression-free survival", "more than 2 years of overall survival"
    [GeneratedRegex(@"(?:\b(?:over|more than|approximately|about|around|nearly|almost|at least|up to)\s+|[~>≥]\s*)?\b(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?[\s-]*(?:days?|weeks?|months?|years?)\s+of\s+(?:progression[- ]free|overall)\s+survival\b", RegexOptions.IgnoreCase)]
    private static partial Regex SurvivalFigureFirstRegex();

    // "survived for 18 months", "survived approximately 2 years"
    // "survived for 18 months", "survived approximately 2 years"; "lived" only for a time counted from an event ("lived for
    // 14 months after the diagnosis"), not "lived for 20 years in Spain"
    [GeneratedRegex(@"\bsurvived\s+(?:for\s+)?(?:(?:approximately|about|around|nearly|almost|over|more than|less than|at least|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:days?|weeks?|months?|years?)\b|\blived\s+(?:for\s+)?(?:(?:approximately|about|around|nearly|almost|over|more than|less than|at least|another|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:days?|weeks?|months?|years?)\s+(?:after|following|from|since|beyond)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SurvivedRegex();

    // "a marked reduction of the liver metastases", "significant decrease of the tumour", "shrinkage of the hepatic lesions";
    // "the tumour size decreased from 5.2 cm to 2.1 cm", "the lesion had reduced from 45 mm to 20 mm", "the tumour was reduced to 18 mm";
    // lesions that decreased, in the plural, where the verb can only be of their size ("the liver metastases markedly decreased",
    // "the lung nodules decreased in number and size", "the lesions were obviously reduced"; not "decreased in number" alone)
    [GeneratedRegex(@"\b(?:reduction|decrease|shrinkage|diminution)\s+of\s+(?:the\s+|all\s+|both\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:lesions?|metastas[ie]s|tumou?rs?|mass|masses|nodules?|foci|tumou?r\s+burden)\b|\b(?:size|diameter|volume|tumou?r|mass|lesion|nodule|metastasis)\s+(?:had\s+|has\s+|was\s+|had\s+been\s+)?(?:decreased|reduced|diminished|shrunk|shrank)\s+(?:in\s+size\s+)?(?:from|to)\s+\d{1,3}(?:\.\d+)?\s*(?:cm|mm)|\b(?:lesions|metastas[ie]s|tumou?rs|masses|nodules)\s+(?:had\s+|have\s+|were\s+|had\s+been\s+|have\s+been\s+)?(?:\w+ly\s+)?(?:decreased|diminished|reduced)(?:\s+(?:both\s+)?in\s+(?:number\s+and\s+size|size\s+and\s+number))?\b(?!\s+(?:in\s+)?(?:number|uptake|enhancement|signal|density))", RegexOptions.IgnoreCase)]
    private static partial Regex ShrinkageOfLesionsRegex();

    // "new liver lesions", "new hepatic metastases", "new metastatic foci in the lungs", "new melanoma metastatic sites";
    // a new mass is often the presenting one
    [GeneratedRegex(@"\bnew\s+(?:(?!and\b|or\b|onset\b)[\w-]+\s+){0,3}?(?:lesions?|metastas[ie]s|metastatic\s+(?:lesions?|foci|deposits|nodules?|sites?)|nodules|deposits|foci)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewLesionsRegex();

    // "complete resolution of the liver metastases", "disappearance of all lung nodules", "the brain metastases resolved" (or "vanished"),
    // "the tumour had almost completely disappeared", "the liver metastases were no longer visible", "the lung nodules became
    // undetectable" ("the metastases were not detectable any more")
    [GeneratedRegex(@"\b(?:(?:complete|total|near[- ]complete|almost\s+complete)\s+)?(?:resolution|disappearance)\s+of\s+(?:the\s+|all\s+|his\s+|her\s+|both\s+)?(?:[\w-]+\s+){0,3}?(?:lesions?|metastas[ie]s|tumou?rs?|masses|mass|nodules?|foci)\b|\b(?:lesions?|metastas[ie]s|tumou?rs?|mass|masses|nodules?|foci)\s+(?:had\s+|have\s+|has\s+)?(?:(?:completely|almost|nearly|entirely|largely|virtually)\s+){0,2}(?:resolved|disappeared|vanished)\b|\b(?:lesions?|metastas[ie]s|tumou?rs?|mass|masses|nodules?|foci)\s+(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+no\s+longer\s+(?:visible|seen|detectable|detected|evident|identifiable|identified|apparent|discernible)\b|\b(?:lesions?|metastas[ie]s|tumou?rs?|mass|masses|nodules?|foci)\s+(?:became|become|had\s+become|have\s+become|has\s+become|was|were|is|are)\s+(?:(?:completely|almost|nearly|entirely|virtually|radiologically|radiographically)\s+){0,2}(?:undetectable|invisible|non-?detectable|non-?visible|not\s+(?:visible|detectable)\s+any\s*more)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResolutionRegex();

    // "no residual tumour", "without residual viable adenocarcinoma cells", "no evidence of residual invasive carcinoma"
    [GeneratedRegex(@"\b(?:no|without(?:\s+any)?)\s+(?:evidence\s+of\s+)?residual\s+(?:viable\s+|invasive\s+|malignant\s+|vital\s+)*(?:tumou?r|cancer|carcinoma|adenocarcinoma|malignancy|neoplasm|disease)(?:\s+cells)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoResidualRegex();

    // "a sustained response of more than 7 months", "durable response for 2 years", "the response has lasted over 14 months",
    // "the duration of response was 11 months"
    [GeneratedRegex(@"\b(?:sustained|durable|ongoing|lasting|continued|prolonged|persistent|maintained)\s+(?:(?:clinical|radiological|radiologic|radiographic|tumou?r)\s+)?response\s+(?:of\s+|for\s+|lasting\s+|beyond\s+)?(?:(?:approximately|about|around|nearly|almost|over|more than|at least|longer than|~|>|≥)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:weeks?|months?|years?)\b|\bduration\s+of\s+(?:the\s+|her\s+|his\s+)?(?:(?:complete|partial|clinical|radiological|tumou?r|objective)\s+)?response\s*(?:\(DOR\)\s*)?(?:was|is|of|has\s+been|reached|exceeded|:)\s*(?:(?:approximately|about|around|nearly|almost|over|more than|at least|longer than|~|>|≥)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:weeks?|months?|years?)\b|\bresponse\s+(?:has\s+|had\s+)?(?:lasted|persisted|been\s+(?:sustained|maintained)|was\s+(?:sustained|maintained))\s+(?:for\s+)?(?:(?:approximately|about|around|nearly|almost|over|more than|at least|longer than|~|>|≥)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:weeks?|months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastingResponseRegex();

    // "increased in size", "increased in number and size", "an increase in tumour size", "enlargement of the hepatic metastases", "the tumour continued to grow", "regrowth of the tumour", "the mass regrew",
    // "interval growth of the liver lesions", "interval increase in the size of the nodules" (a bare "growth of" is often a culture's or a child's)
    [GeneratedRegex(@"\b(?:increased?|increasing)\s+in\s+(?:the\s+)?(?:(?:number|size)\s+and\s+)?(?:size|diameter|volume|number)\b|\b(?:increased?|increasing)\s+in\s+(?:the\s+)?(?:tumou?r|lesion|mass|nodule)\s+(?:size|diameter|volume)\b|\benlargement\s+of\s+(?:the\s+|all\s+|both\s+)?(?:[\w-]+\s+){0,3}?(?:lesions?|metastas[ie]s|tumou?rs?|mass|masses|nodules?)\b|\b(?:lesions?|metastas[ie]s|tumou?rs?|mass|masses|nodules?)\s+(?:had\s+|has\s+|have\s+)?(?:enlarged|grew|grown|regrew|regrown|continued\s+to\s+(?:grow|enlarge)|(?:was|were)\s+(?:growing|enlarging))\b|\b(?:re-?growth|(?:interval|further|continued|progressive|rapid|significant|marked)\s+growth)\s+of\s+(?:the\s+|all\s+|both\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:lesions?|metastas[ie]s|tumou?rs?|mass|masses|nodules?|disease)\b|\binterval\s+(?:increase\s+in\s+(?:the\s+)?size|enlargement)\s+of\s+(?:the\s+|all\s+|both\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:lesions?|metastas[ie]s|tumou?rs?|mass|masses|nodules?)\b|\b(?:tumou?r|lesion|disease|local)\s+re-?growth\b", RegexOptions.IgnoreCase)]
    private static partial Regex GrowthRegex();

    // "the lesions remained unchanged", "the nodule was unchanged in size", "the liver metastases have been largely unchanged"
    [GeneratedRegex(@"\b(?:lesions?|tumou?rs?|mass|masses|nodules?|metastas[ie]s|disease)\s+(?:remained|remains|was|were|is|are|stayed|has\s+remained|have\s+remained|has\s+been|have\s+been|had\s+been)\s+(?:radiologically\s+|radiographically\s+|largely\s+|essentially\s+)?unchanged\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnchangedRegex();

    // "alive at 3-year follow-up", "alive and well 18 months after the surgery", "alive at the last follow-up of 4 years",
    // "alive with disease 3 years after diagnosis", "still alive and healthy 40 weeks later", "alive at 12 months" (not "at 12 months of age"),
    // "alive without evidence of disease 4 years after diagnosis", "alive and disease-free at 5-year follow-up",
    // "alive without recurrence at last follow-up, 26 months after diagnosis"
    [GeneratedRegex(@"\balive\b(?:\s+and\s+(?:well|healthy|asymptomatic|symptom-free|in\s+good\s+health)|\s+with\s+(?:stable\s+|residual\s+|metastatic\s+)?disease|\s+(?:and\s+)?(?:without|with\s+no)\s+(?:(?:evidence|signs?)\s+of\s+)?(?:disease|recurrence|relapse|tumou?r|cancer)|\s+and\s+(?:disease|tumou?r|recurrence|relapse)[\s-]free|\s+(?:and\s+)?free\s+of\s+(?:disease|recurrence|relapse|tumou?r))?,?\s+(?:at\s+(?:the\s+|a\s+|her\s+|his\s+)?(?:(?:approximately|about|around|nearly|almost|over|more than|at least|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")[\s-]*(?:days?|weeks?|months?|years?)[\s-]+(?:of\s+)?follow[\s-]*up|(?:(?:approximately|about|around|nearly|almost|over|more than|at least|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?:days?|weeks?|months?|years?)\s+(?:after|from|since|following|post|later)|(?:at\s+)?(?:(?:the|her|his)\s+)?(?:last|latest|most\s+recent|final)\s+(?:follow[\s-]*up|visit|review|contact)\s*,\s*(?:(?:approximately|about|around|nearly|almost|over|more than|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?:days?|weeks?|months?|years?)\s+(?:after|from|since|following|post|postoperatively)|(?:at\s+)?(?:the\s+)?(?:last\s+)?follow[\s-]*up\s+(?:of|at|after)\s+(?:(?:approximately|about|around|nearly|almost|over|more than|at least|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?:days?|weeks?|months?|years?)|at\s+(?:(?:approximately|about|around|nearly|almost|over|more than|at least|~|>)\s*)?(?:\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?:weeks|months|years)\b(?![\s-]+(?:of\s+age|old|of\s+life|of\s+gestation)\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AliveRegex();
}
