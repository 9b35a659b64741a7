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
    /// "c.7008‐2A>C" (a Unicode hyphen), "c. 35G>T" and "c.3140 A > G" (spaces typed inside it), written without
    /// spaces and with ASCII hyphens; returns where it ends, or null. After a space behind the dot only a substitution
    /// or an insertion, deletion or duplication is a change: "c. 2 cm" is a size.
    /// </summary>
    public static int? ReadDnaChange(string text, int dot, int limit, out string? change)
    {
        change = null;
        if (dot >= limit || text[dot] != '.')
        {
            return null;
        }

        var end = dot + 1;
        var gap = end < limit && IsSpace(text[end]) && end + 1 < limit && char.IsAsciiDigit(text[end + 1]);
        if (gap)
        {
            end++;
        }

        var first = end;
        var spaced = gap;
        while (end < limit)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) || c is '>' or '_' or '+' or '-' or '*' or '\u2010')
            {
                end++;
            }
            else if (IsSpace(c) && ((end + 1 < limit && text[end + 1] == '>') || text[end - 1] == '>' || SpacedBase(text, end, limit)))
            {
                spaced = true;
                end++;
            }
            else
            {
                break;
            }
        }

        if (end <= first + 1 || (gap && !IsEdit(text.AsSpan(first, end - first))))
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

    /// <summary>A space between a position and its base in a spaced substitution ("c.3140 A > G"): a digit before, a base and then '>' after.</summary>
    private static bool SpacedBase(string text, int space, int limit)
    {
        if (!char.IsAsciiDigit(text[space - 1]) || space + 2 >= limit || text[space + 1] is not ('A' or 'C' or 'G' or 'T'))
        {
            return false;
        }

        var q = space + 2;
        while (q < limit && IsSpace(text[q]))
        {
            q++;
        }

        return q < limit && text[q] == '>';
    }

    /// <summary>Whether a DNA change states an edit: a substitution ('>') or a deletion, insertion or duplication.</summary>
    private static bool IsEdit(ReadOnlySpan<char> change) =>
        change.Contains('>') || change.Contains("del", StringComparison.Ordinal) || change.Contains("ins", StringComparison.Ordinal)
        || change.Contains("dup", StringComparison.Ordinal);

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
