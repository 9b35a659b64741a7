using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Which DrugBank names are safe to match in case reports: not too short, not codes or abbreviations, not common
/// words, and not enzymes, proteins or organisms that reports name as findings.
/// </summary>
internal static class DrugBankNameFilter
{
    private const int MinimumLength = 5;

    public static bool Usable(string name, HashSet<string> stopWords)
    {
        if (name.Length < MinimumLength || name.AsSpan().IndexOfAny("()[]{},;:®™'\"") >= 0)
        {
            return false;
        }

        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Length is 0 or > 4)
        {
            return false;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        // codes and abbreviations ("HEPES", "ATP") are left to the curated list, which matches them with their case
        if (letters < 4 || (tokens.Length == 1 && upper == letters))
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        if (stopWords.Contains(lower) || NamesSubstanceOrOrganism(name, lower, tokens))
        {
            return false;
        }

        // a phrase whose first word is a common word ("water for injection") adds nothing but noise
        return !stopWords.Contains(lower.Substring(tokens[0].Start, tokens[0].Length)) || tokens.Length == 1;
    }

    /// <summary>
    /// DrugBank also lists enzymes, proteins, hormones and organisms (allergenic extracts) that case reports name as
    /// laboratory findings or pathogens: names with a word ending in "-ase", ending in a biochemical head noun, or shaped
    /// like a Latin binomial ("Escherichia coli", "Candida albicans").
    /// </summary>
    private static bool NamesSubstanceOrOrganism(string name, string lower, Token[] tokens)
    {
        foreach (var token in tokens)
        {
            var word = lower.AsSpan(token.Start, token.Length);
            if (word.Length >= 6 && word.EndsWith("ase", StringComparison.Ordinal))
            {
                return true;
            }
        }

        var last = lower.Substring(tokens[^1].Start, tokens[^1].Length);
        if (tokens.Length > 1 && BiochemicalHeads.Contains(last))
        {
            return true;
        }

        if (tokens.Length == 2 && char.IsUpper(name[tokens[0].Start]) && char.IsLower(name[tokens[1].Start]) && last.Length >= 3
            && !last.StartsWith("alfa", StringComparison.Ordinal) && !last.StartsWith("beta", StringComparison.Ordinal))
        {
            foreach (var ending in LatinEpithetEndings)
            {
                if (last.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly HashSet<string> BiochemicalHeads = new(StringComparer.Ordinal)
    {
        "peptide", "protein", "proteins", "hormone", "factor", "antigen", "globulin", "enzyme", "receptor", "toxin", "toxoid",
        "extract", "pollen", "venom", "allergen", "c", "fragment", "chain",
    };

    private static readonly string[] LatinEpithetEndings = ["a", "us", "um", "is", "ae", "ii", "i", "ans", "ens", "ensis", "es"];
}
