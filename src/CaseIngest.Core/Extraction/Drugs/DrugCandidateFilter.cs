using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Decides whether a span that names a drug is a drug of the case: not outside the case, not a laboratory analyte
/// ("serum cortisol", "insulin levels"), not an antibiotic of a susceptibility result, not the carrier of an imaging tracer, not an author's initials, not an acronym abbreviating other drugs or one the report defines as something else, and an
/// endogenous substance only in a sentence about treatment.
/// </summary>
internal sealed partial class DrugCandidateFilter(DrugLexicon lexicon)
{
    private static readonly HashSet<string> WordsBeforeNonDrug = new(StringComparer.Ordinal)
    {
        "serum", "plasma", "blood", "urine", "urinary", "salivary", "fasting", "csf", "cerebrospinal", "endogenous",
        "circulating", "anti", "free", "total", "random", "midnight",
    };

    private static readonly HashSet<string> WordsAfterNonDrug = new(StringComparer.Ordinal)
    {
        "level", "levels", "concentration", "concentrations", "value", "values", "deficiency", "deficient", "secretion",
        "secreting", "producing", "production", "resistance", "receptor", "receptors", "antibody", "antibodies", "axis",
        "tolerance", "test", "testing", "tests", "stimulation", "suppression", "like", "dependent", "ratio", "index", "gene",
        "genes", "mutation", "transporter", "pathway", "signaling", "signalling", "metabolism", "excess", "surge", "assay",
        "measurement", "measurements", "clearance", "synthesis", "sensitivity", "binding", "analog", "analogue", "analogues",
        "absence", "antagonist", "antagonists", "rhythm", "rhythms",

        // the head nouns of enzymes named after their substrate ("adenosine deaminase", "glutamine synthetase")
        "deaminase", "dehydrogenase", "kinase", "kinases", "phosphorylase", "synthase", "synthetase", "reductase", "oxidase",
        "transferase", "aminotransferase", "transaminase", "phosphatase", "hydroxylase", "carboxylase", "decarboxylase",
        "esterase", "peroxidase", "isomerase", "cyclase", "lyase",
    };

    /// <summary>Words that make a substance the body also makes a finding: "elevated calcitonin", "ectopic ACTH".</summary>
    private static readonly HashSet<string> WordsBeforeAnalyte = new(StringComparer.Ordinal)
    {
        "elevated", "raised", "ectopic", "undetectable", "inappropriate", "peak",
    };

    public bool Keep(ExtractionContext context, DrugCandidate candidate, List<DrugCandidate> earlier)
    {
        if (!context.IsAboutCase(candidate.Start))
        {
            return false;
        }

        var text = context.Text;
        if (candidate.Kind == DrugCandidateKind.ContextRegimen)
        {
            var sentence = context.SentenceAt(candidate.Start);
            // a regimen word in the sentence, or a count of cycles written as a multiplication right after it ("VMP x 2", "BEP ×3")
            if (!RegimenContextRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length)) && !CountedAfter(text, candidate.End))
            {
                return false;
            }
        }

        if ((candidate.Kind is DrugCandidateKind.ContextRegimen or DrugCandidateKind.Abbreviation) && LooksLikeAuthorInitials(text, candidate.Start, candidate.End))
        {
            return false;
        }

        // "endometrial cancer (EC)", "follicular thyroid cancer (FTC)", "right iliac fossa (RIF)": the report's own
        // definition wins over the regimen or drug the letters also spell, wherever they are used
        var lettered = candidate.Kind is DrugCandidateKind.Regimen or DrugCandidateKind.ContextRegimen or DrugCandidateKind.Abbreviation;
        if (lettered && context.Abbreviations.DefinesOtherwise(text[candidate.Start..candidate.End], NamesTreatment))
        {
            return false;
        }

        if (candidate.Kind is DrugCandidateKind.Regimen or DrugCandidateKind.ContextRegimen)
        {
            return !AbbreviatesOtherDrugs(text, candidate, earlier);
        }

        if (DrugSusceptibilityResult.Is(context, candidate.Start, candidate.End) || DrugLaboratoryReagent.Is(context, candidate.Start))
        {
            return false;
        }

        var tokens = context.Tokens;
        var index = Tokenizer.FirstAtOrAfter(tokens, candidate.Start);
        if (index > 0 && tokens[index - 1].End >= candidate.Start - 2
            && ContainsLowerCased(WordsBeforeNonDrug, text.AsSpan(tokens[index - 1].Start, tokens[index - 1].Length)))
        {
            return false;
        }

        var after = Tokenizer.FirstAtOrAfter(tokens, candidate.End);
        if (after < tokens.Length && tokens[after].Start <= candidate.End + 2 && tokens[after].Start >= candidate.End
            && !text.AsSpan(candidate.End, tokens[after].Start - candidate.End).ContainsAny('\n', ',', ';')
            && ContainsLowerCased(WordsAfterNonDrug, text.AsSpan(tokens[after].Start, tokens[after].Length)))
        {
            return false;
        }

        if (DrugImagingAgent.Is(text, tokens, index - 1, after, candidate.Start, candidate.End))
        {
            return false;
        }

        if (candidate.Drugs.Count == 1 && lexicon.IsEndogenous(candidate.Drugs[0].Name))
        {
            if ((index > 0 && tokens[index - 1].End >= candidate.Start - 2
                    && ContainsLowerCased(WordsBeforeAnalyte, text.AsSpan(tokens[index - 1].Start, tokens[index - 1].Length)))
                || AnalyteAfterRegex().IsMatch(text.AsSpan(candidate.End, Math.Min(40, text.Length - candidate.End))))
            {
                return false;
            }

            var sentence = context.SentenceAt(candidate.Start);
            return TreatmentContextRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length));
        }

        return true;
    }

    /// <summary>
    /// Whether the long form a report gives an abbreviation names a treatment: a drug ("epirubicin and cyclophosphamide
    /// (EC)") or a regimen ("anthracycline-based chemotherapy (AC)").
    /// </summary>
    private bool NamesTreatment(string longForm)
    {
        if (TreatmentWordRegex().IsMatch(longForm))
        {
            return true;
        }

        var tokens = Tokenizer.Tokenize(longForm);
        return lexicon.Names.Match(longForm, tokens).Count > 0 || lexicon.Abbreviations.Match(longForm, tokens).Count > 0;
    }

    [GeneratedRegex(@"\b(?:chemo\w*|regimens?|therapy|protocol|combination)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TreatmentWordRegex();

    /// <summary>Whether <paramref name="words"/> holds <paramref name="word"/> lower-cased (longer words are in neither list).</summary>
    private static bool ContainsLowerCased(HashSet<string> words, ReadOnlySpan<char> word)
    {
        if (word.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    /// <summary>"Bowen AC, Danchin M": capitals after a surname and before a comma are an author's initials.</summary>
    private static bool LooksLikeAuthorInitials(string text, int start, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next >= text.Length || text[next] is not (',' or '&' or ';'))
        {
            return false;
        }

        if (start < 3 || text[start - 1] != ' ' || !char.IsLower(text[start - 2]))
        {
            return false;
        }

        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return char.IsUpper(text[wordStart]) && start - 1 - wordStart >= 2;
    }

    /// <summary>
    /// "taxol + carboplatin (TC)": an acronym in parentheses right after drug names abbreviates those drugs. When they
    /// are not the acronym's components (TC is also docetaxel with cyclophosphamide), the acronym is not read as a regimen.
    /// </summary>
    private static bool AbbreviatesOtherDrugs(string text, DrugCandidate candidate, List<DrugCandidate> earlier)
    {
        if (earlier.Count == 0)
        {
            return false;
        }

        var previous = earlier[^1];
        if (candidate.Start - previous.End > 4 || text.AsSpan(previous.End, candidate.Start - previous.End).Trim() is not ("(" or "["))
        {
            return false;
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var k = earlier.Count - 1; k >= 0 && earlier[k].End > candidate.Start - 250; k--)
        {
            foreach (var drug in earlier[k].Drugs)
            {
                named.Add(drug.Name);
            }
        }

        foreach (var component in candidate.Drugs)
        {
            if (!named.Contains(component.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A syndrome or a measured value after the substance: "ACTH syndrome", "calcitonin was 120 pg/mL",
    /// "insulin of 40 µIU/mL", "testosterone: 9.1 nmol/L". A dose ("hydrocortisone 20 mg") has no volume.
    /// </summary>
    [GeneratedRegex(@"^(?>[\s-]*)(?:syndrome\b|(?:levels?(?>\s+))?(?:(?:was|were|of|at)\b|[:=])?(?>\s*)[<>≤≥]?(?>\s*)\d+(?:[.,]\d+)?(?>\s*)(?:[mµμnpf]?(?:g|mol|IU|U)|mEq)(?>\s*)/(?>\s*)[mdµμ]?[Ll]\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AnalyteAfterRegex();

    [GeneratedRegex(@"\b(?:receiv\w*|given|giving|administ\w*|treat\w*|therap\w*|start\w*|initiat\w*|prescrib\w*|infus\w*|inject\w*|supplement\w*|replace\w*|substitut\w*|continu\w*|switch\w*|taper\w*|dose[sd]?|dosage|doses|mg|µg|mcg|units?|IU|took|taking|use|used|using|commenced|resumed|discontinu\w*|stopp\w*|withdraw\w*|titrat\w*|drip|bolus|pump|maintain\w*|support\w*|inotrop\w*|pressors?|induc\w*|topical\w*|intravenous\w*|orally|subcutaneous\w*|intramuscular\w*|soaked|applied|instill\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TreatmentContextRegex();

    /// <summary>Whether a multiplication by a count of one or two digits follows the acronym: " x 2", "×6", " x4 cycles".</summary>
    private static bool CountedAfter(string text, int end)
    {
        var p = end;
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        if (p >= text.Length || text[p] is not ('x' or 'X' or '×'))
        {
            return false;
        }

        p++;
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        var digits = 0;
        while (p + digits < text.Length && char.IsAsciiDigit(text[p + digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && (p + digits == text.Length || !char.IsLetterOrDigit(text[p + digits]));
    }

    [GeneratedRegex(@"\b(?:chemo\w*|immunochemotherapy|regimens?|cycles?|courses?|rounds?|protocol|adjuvant|neoadjuvant|induction|salvage|consolidation|dose-dense|dose-adjusted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegimenContextRegex();
}
