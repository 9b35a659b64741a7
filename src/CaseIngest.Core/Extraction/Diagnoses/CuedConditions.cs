using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A condition named right after a strong diagnosis cue ("a diagnosis of", "diagnosed with", "consistent with",
/// "compatible with", "confirmed", "established", "typical of", "characteristic of", "met the criteria for"), also where
/// no word list holds it: an initialism of <see cref="ListedInitialisms"/> ("consistent with FSGS" → focal segmental
/// glomerulosclerosis), or a noun phrase of at most six words whose head is a disease noun (disease, syndrome, anomaly,
/// disorder, pneumonia, ectasia, a word in -itis, -osis, -pathy …) and that ends where the clause does
/// ("confirmed the diagnosis of Ebstein anomaly.", "consistent with eosinophilic meningitis, and …"). A provisional,
/// presumed or denied cue ("a provisional diagnosis of", "not consistent with") and a diagnosis dated to a past year
/// ("diagnosed with X in 2014") name nothing; a listed initialism is also named by the verb after it ("SIADH was
/// diagnosed"). Whether the mention is the patient's is for the caller.
/// </summary>
internal static partial class CuedConditions
{
    private static readonly CueSet Cues = new("diagnos", "consistent with", "compatible with", "confirm", "establish", "typical of", "characteristic of", "criteria");

    /// <summary>The conditions named after a strong cue in <paramref name="sentence"/>: their span and their name.</summary>
    public static IEnumerable<(int Start, int End, string Name)> Find(string text, Sentence sentence, Func<string, string?> nameOf)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        if (!Cues.ContainsAny(span))
        {
            return [];
        }

        var found = new List<(int, int, string)>();
        foreach (var cue in CueRegex().EnumerateMatches(span))
        {
            var cueStart = sentence.Start + cue.Index;
            var at = cueStart + cue.Length;
            var leadStart = Math.Max(sentence.Start, cueStart - 40);
            // "a provisional diagnosis of", "was not consistent with": the cue only weighs or denies what follows
            if (HedgeRegex().IsMatch(text.AsSpan(leadStart, cueStart - leadStart)))
            {
                continue;
            }

            if (Initialism(text, at, sentence.End) is { } end && ListedInitialisms.Default.NameOf(text.AsSpan(at, end - at)) is { } listed)
            {
                // a diagnosis dated to a past year is the history the patient brings ("diagnosed with X in June 2014")
                if (DatedRegex().IsMatch(text.AsSpan(end, sentence.End - end)))
                {
                    continue;
                }

                found.Add((at, end, nameOf(listed) ?? listed));
                continue;
            }

            // the cheap test first: most cues are followed by no disease noun
            if (MayName(text, at, sentence.End) && PhraseRegex().Match(text, at, sentence.End - at) is { Success: true } phrase)
            {
                var words = phrase.Groups["np"];
                var (start, name) = Unqualified(text, words.Index, words.Index + words.Length);
                if (Named(text, start, name, nameOf) is { } named && !DatedRegex().IsMatch(text.AsSpan(words.Index + words.Length, sentence.End - words.Index - words.Length)))
                {
                    found.Add((start, words.Index + words.Length, named));
                }
            }
        }

        // a listed initialism the verb after it diagnoses ("SIADH was diagnosed", "HLH was confirmed by the marrow")
        foreach (var told in InitialismDiagnosedRegex().EnumerateMatches(span))
        {
            var at = sentence.Start + told.Index;
            if (ListedInitialisms.Default.NameOf(text.AsSpan(at, told.Length)) is { } listed && !found.Exists(f => f.Item1 == at))
            {
                found.Add((at, at + told.Length, nameOf(listed) ?? listed));
            }
        }

        return found;
    }

    // the end of the capitalised word at [at, …) where a clause boundary follows it, or null
    private static int? Initialism(string text, int at, int end)
    {
        var stop = at;
        while (stop < end && (char.IsAsciiLetterOrDigit(text[stop]) || text[stop] == '-'))
        {
            stop++;
        }

        return stop - at is >= 3 and <= 7 && char.IsAsciiLetterUpper(text[at]) && BoundaryRegex().IsMatch(text.AsSpan(stop, end - stop)) ? stop : null;
    }

    // the name of the phrase at start: an initialism before the head word is the disease it stands for ("the PRES
    // syndrome"), or nothing where it is not listed ("ACTH syndrome"); a course or an extent of disease is no name of one
    // ("progressive disease", "metastatic disease", "nutritional deficiency")
    private static string? Named(string text, int start, string name, Func<string, string?> nameOf)
    {
        if (GenericRegex().IsMatch(name))
        {
            return null;
        }

        var first = text.AsSpan(start, Math.Max(0, name.IndexOf(' ')));
        if (first.Length >= 2 && !first.ContainsAnyInRange('a', 'z'))
        {
            return ListedInitialisms.Default.NameOf(first) is { } listed ? nameOf(listed) ?? listed : null;
        }

        var written = name.Replace('\u2019', '\'');
        return nameOf(written) ?? written;
    }

    // the phrase without the degree or side the case gave it ("bilateral sensory-motor polyneuropathy" → "sensory-motor polyneuropathy")
    private static (int Start, string Name) Unqualified(string text, int start, int end)
    {
        var qualifier = QualifierRegex().Match(text, start, end - start);
        var from = qualifier.Success ? start + qualifier.Length : start;
        return (from, text[from..end].ToLowerInvariant());
    }

    // "diagnosed with ", "a diagnosis of ", "the diagnosis was ", "consistent with the pattern of ", "confirmed the diagnosis of ", "establishing ",
    // "met the diagnostic criteria for ", "characteristic of "
    [GeneratedRegex(@"\b(?:diagnosed\s+(?:(?:him|her|the\s+patient)\s+)?(?:with|as|of)|diagnos[ie]s\s+(?:of|was|were)|consistent\s+with|compatible\s+with|confirm(?:ed|ing|s)|establish(?:ed|ing|es)|typical\s+of|characteristic\s+of|diagnostic\s+of|(?:met|meets|meeting|fulfilled|fulfilling)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}criteria\s+(?:for|of))\s+(?:(?:the|a|an)\s+)?(?:(?:diagnosis|pattern|picture|presence)\s+of\s+(?:(?:the|a|an)\s+)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex CueRegex();

    // "SIADH" in "SIADH was diagnosed", "HLH" in "HLH was later confirmed": capitals, then the verb that diagnoses them, not
    // one that names another condition or dates them ("was confirmed to be", "was diagnosed as", "was diagnosed in 2012")
    [GeneratedRegex(@"\b[A-Z][A-Z0-9-]{2,6}(?=\s+(?:was|were|had\s+been)\s+(?:(?:[a-z]+ly|later|then|also)\s+)?(?:diagnosed|confirmed|established)\b(?!\s+(?:to\s+be|as|in\s+(?:19|20)\d\d)\b))")]
    private static partial Regex InitialismDiagnosedRegex();

    // "a provisional ", "presumed ", "was not ", "could be ", "to rule out a ": a cue that only weighs or denies the condition
    [GeneratedRegex(@"\b(?:provisional|working|presumptive|presumed|tentative|possible|probable|suspected|differential|not|no|neither|nor|never|may|might|could|would|exclude|excluded|rule\s+out|ruled\s+out|without)\s+(?:(?:be|have\s+been|been|a|an|the|to)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeRegex();

    // one to six words, none a function word, the last a disease noun or a condition's head (association, block, defect,
    // insufficiency, regurgitation) (not a finding: necrosis, fibrosis, lymphadenopathy;
    // not a tumour in -oma, which the cancer vocabularies name), or a Latin name that opens with one ("erythema
    // elevatum diutinum", "acrodermatitis enteropathica", "cor triatriatum"), then the end of the clause:
    // "Ebstein anomaly.", "eosinophilic meningitis, and", "hospital-acquired pneumonia was made", "conversion disorder (", "autoimmune polyendocrine syndrome type 2", "tinea corporis-like eruption"
    [GeneratedRegex(@"^(?<np>(?:(?!(?:and|or|of|with|was|were|is|are|the|a|an|no|not|in|on|for|to|by|which|that|but|this|his|her|its|their|any|other|further|possible|probable|presumed|suspected|diagnosis|pattern)\b)[A-Za-z][A-Za-z'\u2019-]*\s+){0,5}?(?!(?:dia|pro)gnosis\b|[A-Za-z-]*(?:necrosis|fibrosis|adenopathy)\b)(?=[A-Za-z])[A-Za-z'\u2019-]*?(?:disease|syndrome|anomaly|disorder|malformation|deficiency|infection|pneumonia|ectasia|emphysema|embolism|aneurysm|association|block|defect|insufficiency|regurgitation|itis|osis|pathy|plasia|trophy|malacia|iasis)|(?:erythema|lichen|lupus|pemphigus|tinea|purpura|livedo|cor|[A-Za-z]+(?:itis|osis|oma|iasis))(?:\s+[a-z]+(?:um|us|is|ans|ens|ica|ae|e)){1,2})(?=\s*(?:[.,;:(\[]|$)|\s+(?:was|were|and|or|in|with|on|at|after|based|by|which|that|secondary|due|following|from|since|as|without|because|given)\b|\s+type\s+(?:\d+|[IVX]+)\b|-like\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseRegex();

    // the end of a clause after an initialism: " was made", ", and", "." or the end of the sentence; or the site or the
    // stage the cancer is given: " of the lower alveolus", " T3N1M0"
    [GeneratedRegex(@"^(?:\s*(?:[.,;:(\[]|$)|\s+(?:was|were|and|or|in|with|on|at|after|based|by|which|that|secondary|due|following|from|since|as|without|because|given|of)\b|\s+[cpy]?T[0-4x][a-d]?N[0-3x])", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryRegex();

    // "progressive disease", "metastatic disease", "nutritional deficiency", "an underlying disorder": one generic word
    // before a generic head names the course, the extent or the class of a disease; a bare head ("block") or an imaging
    // finding ("filling defect") names none
    [GeneratedRegex(@"^(?:association|block|defect|insufficiency|regurgitation|(?:filling|perfusion)\s+defect)$|^(?:progressive|stable|metastatic|residual|recurrent|advanced|extensive|limited|systemic|bulky|minimal|local|locoregional|regional|distant|nodal|disseminated|active|underlying|nutritional|metabolic|chronic|acute|infectious|inflammatory|autoimmune|bacterial|viral|fungal|genetic|hereditary|congenital|rare|primary|secondary|new|known|multisystem|multisystemic|the|this|such)\s+(?:disease|disorder|infection|deficiency|syndrome|malformation|anomaly)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericRegex();

    // " in 2015", " (OCD) in June 2014", " 3 years ago", " two years earlier": a date in the past right after the condition
    [GeneratedRegex(@"^(?:\s*\([^)]{1,20}\))?,?\s+(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b|(?:\d+|one|two|three|four|five|six|several|many)\s+(?:years?|months?)\s+(?:ago|earlier|before|previously|prior))", RegexOptions.IgnoreCase)]
    private static partial Regex DatedRegex();

    // "severe ", "bilateral ", "a left-sided ": a degree, a size or a side the case gave the condition
    [GeneratedRegex(@"^(?:(?:severe|mild|moderate|marked|massive|extensive|significant|large|small|bilateral|unilateral|left|right|left-sided|right-sided)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex QualifierRegex();
}
