using System.Globalization;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Variants written in a marker reading: DNA changes as written ("c.1799T>A"), protein changes normalised to one-letter
/// codes ("p.Gly12Cys" is G12C, "p.Arg213Ter" is R213*), and exon variants ("exon 19 deletion").
/// </summary>
internal static partial class MarkerValues
{
    /// <summary>
    /// A DNA change after "c" at <paramref name="dot"/> (the '.'): "c.1799T>A", "c.3467-1G>A", "c.6944T > C",
    /// "c.7008‐2A>C" (a Unicode hyphen), written without spaces and with ASCII hyphens; returns where it ends, or null.
    /// </summary>
    public static int? ReadDnaChange(string text, int dot, int limit, out string? change)
    {
        change = null;
        if (dot >= limit || text[dot] != '.')
        {
            return null;
        }

        var end = dot + 1;
        var spaced = false;
        while (end < limit)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) || c is '>' or '_' or '+' or '-' or '*' or '\u2010')
            {
                end++;
            }
            else if (IsSpace(c) && ((end + 1 < limit && text[end + 1] == '>') || text[end - 1] == '>'))
            {
                spaced = true;
                end++;
            }
            else
            {
                break;
            }
        }

        if (end <= dot + 2)
        {
            return null;
        }

        // a substitution ends at the base after '>': a table cell glued after it ("c.181C>ASplice site") is not part of it
        var arrow = text.IndexOf('>', dot, end - dot);
        if (arrow >= 0)
        {
            var basePosition = arrow + 1;
            while (basePosition < end && IsSpace(text[basePosition]))
            {
                basePosition++;
            }

            if (basePosition < end && text[basePosition] is 'A' or 'C' or 'G' or 'T')
            {
                end = basePosition + 1;
            }
        }

        var written = text[(dot - 1)..end];
        change = spaced || written.Contains('\u2010', StringComparison.Ordinal)
            ? string.Concat(written.Where(ch => !IsSpace(ch))).Replace('\u2010', '-')
            : written;
        return end;
    }

    internal static string? NormaliseProteinChange(string word)
    {
        if (!MarkerPatterns.ProteinChange().IsMatch(word))
        {
            return null;
        }

        if (word.Length > 1 && char.IsLower(word[1]))
        {
            var digits = 3;
            while (digits < word.Length && char.IsDigit(word[digits]))
            {
                digits++;
            }

            var to = word[digits..];
            var toCode = to switch
            {
                "del" or "dup" or "*" => to,
                "Ter" or "X" => "*",
                _ when to.StartsWith("fs", StringComparison.Ordinal) => to,
                // "Thr367Metfs": the new residue then the frameshift
                _ when to.Length > 3 => AminoAcid(to[..3]) + to[3..],
                _ => AminoAcid(to),
            };
            return AminoAcid(word[..3]) + word[3..digits] + toCode;
        }

        return word;
    }

    private static string AminoAcid(string code) => code switch
    {
        "Ala" => "A", "Arg" => "R", "Asn" => "N", "Asp" => "D", "Cys" => "C", "Gln" => "Q", "Glu" => "E", "Gly" => "G",
        "His" => "H", "Ile" => "I", "Leu" => "L", "Lys" => "K", "Met" => "M", "Phe" => "F", "Pro" => "P", "Ser" => "S",
        "Thr" => "T", "Trp" => "W", "Tyr" => "Y", "Val" => "V", _ => code,
    };

    internal static string NormaliseExon(string number, string kind)
    {
        var lower = kind.ToLowerInvariant();
        var what = lower switch
        {
            "" => "alteration",
            "del" or "deletions" => "deletion",
            "ins" or "insertions" => "insertion",
            "skip" => "skipping",
            "dup" or "duplications" => "duplication",
            _ => lower,
        };
        return string.Create(CultureInfo.InvariantCulture, $"exon {int.Parse(number, CultureInfo.InvariantCulture)} {what}");
    }
}
