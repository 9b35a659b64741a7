namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The organ written right after a carcinoma without "of" ("carcinoma cervix", "carcinoma breast", "Ca prostate",
/// "squamous cell carcinoma tongue"), as many case reports name the cancer; the organ is one of
/// <see cref="OrganNaming.Adjectives"/>. An organ word that opens another noun phrase ("carcinoma liver metastases",
/// "carcinoma lung nodules") is not the carcinoma's organ.
/// </summary>
internal static class PostposedOrgan
{
    // the nouns an organ word qualifies when it opens a phrase of its own
    private static readonly HashSet<string> FollowingNouns = new(
        ["lesion", "lesions", "nodule", "nodules", "mass", "masses", "tissue", "tissues", "cell", "cells", "involvement", "invasion",
         "parenchyma", "biopsy", "specimen", "specimens", "cancer", "carcinoma", "tumor", "tumour", "tumors", "tumours", "lobe", "cavity",
         "gland", "duct", "wall", "function", "injury", "surgery", "resection", "transplant", "transplantation", "disease", "lump"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The organ (lower case) named by the word right after <paramref name="end"/> and the end of that word, or null.</summary>
    public static (string Organ, int End)? After(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsAsciiLetter(text[end + 1]))
        {
            return null;
        }

        var stop = end + 1;
        while (stop < text.Length && char.IsAsciiLetter(text[stop]))
        {
            stop++;
        }

        // a word that runs on ("breast-conserving") or an organ word no table holds is no organ of the carcinoma
        if (stop < text.Length && (text[stop] == '-' || char.IsAsciiDigit(text[stop])))
        {
            return null;
        }

        var organ = text[(end + 1)..stop].ToLowerInvariant();
        if (!OrganNaming.Adjectives.ContainsKey(organ))
        {
            return null;
        }

        var next = stop;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        var nextEnd = next;
        while (nextEnd < text.Length && char.IsAsciiLetter(text[nextEnd]))
        {
            nextEnd++;
        }

        var following = text.AsSpan(next, nextEnd - next);
        if (next > stop && (following.StartsWith("metasta", StringComparison.OrdinalIgnoreCase)
            || FollowingNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(following)))
        {
            return null;
        }

        return (organ, stop);
    }
}
