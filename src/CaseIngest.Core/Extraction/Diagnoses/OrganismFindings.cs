using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// An infection named by the organism a test found ("PCR of the vitreous was positive for VZV DNA", "stool cultures grew
/// norovirus", "cytomegalovirus DNA was detected in the blood by PCR"): the condition vocabulary's "&lt;organism&gt;
/// infection" (<see cref="DiagnosedConditions"/>), read where a culture or a nucleic-acid or antigen test found the
/// organism. An antibody test is left out, since a positive one tells a past exposure as often as an infection
/// ("CMV IgG positive"), as are organisms a test did not find ("negative for CMV", "CMV was not detected").
/// </summary>
internal static partial class OrganismFindings
{
    private const string InfectionSuffix = " infection";

    // organism (its name and its initialism: "varicella zoster virus", "VZV") → the infection it causes
    private static readonly Lazy<TermMatcher<DiagnosedCondition>> Organisms = new(() =>
    {
        var matcher = new TermMatcher<DiagnosedCondition>();
        foreach (var (phrase, condition) in DiagnosedConditions.Default.Phrases)
        {
            if (!condition.Disease || !phrase.EndsWith(InfectionSuffix, StringComparison.OrdinalIgnoreCase) || phrase.Length <= InfectionSuffix.Length + 2)
            {
                continue;
            }

            var organism = phrase[..^InfectionSuffix.Length];
            matcher.Add(organism, condition);
            if (organism.Contains(' ', StringComparison.Ordinal) && Initialism.Of(organism) is { } initials)
            {
                matcher.Add(initials.ToUpperInvariant(), condition);
            }
        }

        return matcher;
    });

    // the words of a finding, and of a test that finds an organism: one search of the sentence each before any pattern runs
    private static readonly CueSet FindingCues = new("positive for", "confirmed", "grew", "growth of", "detected", "isolated", "identified");

    private static readonly CueSet TestCues = new("pcr", "cultur", "dna", "rna", "antigen", "naat", "sequencing", "ngs", "viral", "situ", "smear");

    /// <summary>The organisms the tests of <paramref name="sentence"/> found, with the infection each names.</summary>
    public static IEnumerable<(int Start, int End, DiagnosedCondition Condition)> Find(ExtractionContext context, Sentence sentence)
    {
        var text = context.Text;
        var words = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        if (!FindingCues.ContainsAny(words) || !TestCues.ContainsAny(words) || !TestRegex().IsMatch(words))
        {
            return [];
        }

        // a virus a stain finds in a tumour's cells ("EBER in situ hybridization positive for EBV in the lymphoma cells") types the tumour
        if (TumourRegex().IsMatch(words))
        {
            return [];
        }

        var found = new List<(int, int, DiagnosedCondition)>();
        foreach (var match in Organisms.Value.Match(text, context.SentenceTokens(sentence)))
        {
            var from = Math.Max(sentence.Start, match.Start - 40);
            var to = Math.Min(sentence.End, match.End + 60);
            if (FoundBeforeRegex().IsMatch(text.AsSpan(from, match.Start - from)) || FoundAfterRegex().IsMatch(text.AsSpan(match.End, to - match.End)))
            {
                found.Add((match.Start, match.End, match.Value));
            }
        }

        return found;
    }

    // a test that finds the organism itself: a culture, a nucleic-acid test or an antigen test
    [GeneratedRegex(@"\b(?:PCR|cultures?|cultured|DNA|RNA|antigen|antigenemia|NAAT|sequencing|NGS|viral\s+load|in\s+situ\s+hybridi[sz]ation|smear)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex TestRegex();

    [GeneratedRegex(@"\b(?:tumou?rs?|neoplastic|lymphoma|carcinoma|EBER)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex TumourRegex();

    // "was positive for ", "returned positive for ", "confirmed ", "grew methicillin-resistant ", "growth of ": the finding, then at most two qualifiers
    [GeneratedRegex(@"\b(?:positive\s+for|confirmed|grew|growth\s+of)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex FoundBeforeRegex();

    // " DNA was detected", " was isolated from the blood", " (CMV) RNA were identified": the organism, then the finding; "was not detected" is none
    [GeneratedRegex(@"^(?:\s*\([^)]{1,20}\))?(?:\s+(?:DNA|RNA|antigen|genome))?\s+(?:was|were|had\s+been)\s+(?:(?!not\b)\w+ly\s+)?(?:detected|isolated|identified|cultured)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex FoundAfterRegex();
}
