using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Gene alterations in a table that the text conversion flattened into the paragraph, its cells glued together with no
/// separator: "Table 2Somatic alterations detectedGeneExoncDNA changeProtein changeVAFNRAS3c.181C&gt;Ap.Q61K31.5%MDM2Gene
/// amplificationNA8.4-fold". The region starts at "Table N" glued to its title and ends at the next line, note or prose
/// sentence. Only a gene table is read (its title or header names genes, variants, mutations, alterations or
/// amplifications, or it holds HGVS notation), and in it each row starts where an approved HGNC symbol begins after a
/// cell that is not part of a symbol and is itself glued to the next cell (digits, "c.", "p." or a capitalised word).
/// A row's protein change (else its DNA change) makes the gene mutated; else its words make it amplified, rearranged or lost.
/// </summary>
internal static partial class MarkerTables
{
    private const int MaxRegion = 4000;

    public static void Add(ExtractionContext context, MarkerLexicon lexicon, List<MarkerFact> facts)
    {
        var text = context.Text;
        if (!text.Contains("Table", StringComparison.Ordinal))
        {
            return;
        }

        var genes = HgncGenes.LoadDefault();
        foreach (Match start in TableStart().Matches(text))
        {
            var from = start.Index + start.Length;
            var to = RegionEnd(text, from);
            if (!context.IsAboutCase(start.Index))
            {
                continue;
            }

            var rows = RowStarts(text, from, to, genes);
            if (rows.Count == 0 || !IsGeneTable(text.AsSpan(from, to - from)))
            {
                continue;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                var (rowStart, symbol) = rows[i];
                var rowEnd = i + 1 < rows.Count ? rows[i + 1].Start : to;
                if (ReadRow(context, lexicon, text, rowStart, rowEnd, symbol) is { } fact)
                {
                    facts.Add(fact);
                }
            }
        }
    }

    /// <summary>Where the flattened table ends: a line break, a "Note:" or "Abbreviations" line, or a sentence of prose.</summary>
    private static int RegionEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + MaxRegion);
        var end = text.IndexOf('\n', from, limit - from);
        limit = end < 0 ? limit : end;
        var prose = RegionStop().Match(text, from, limit - from);
        return prose.Success ? prose.Index : limit;
    }

    private static bool IsGeneTable(ReadOnlySpan<char> region) =>
        GeneHeader().IsMatch(region) || Hgvs().IsMatch(region);

    /// <summary>The offsets where rows start, each with the approved symbol that opens it.</summary>
    private static List<(int Start, string Symbol)> RowStarts(string text, int from, int to, HgncGenes genes)
    {
        var rows = new List<(int, string)>();
        var p = from;
        while (p < to)
        {
            if (!char.IsAsciiLetterUpper(text[p]) || (p > from && (char.IsAsciiLetterUpper(text[p - 1]) || char.IsAsciiDigit(text[p - 1]))) || AfterHgvsWord(text, p))
            {
                p++;
                continue;
            }

            var run = p;
            while (run < to && run - p < 12 && (char.IsAsciiLetterUpper(text[run]) || char.IsAsciiDigit(text[run]) || text[run] == '-'))
            {
                run++;
            }

            var symbol = LongestSymbol(text, p, run, to, genes);
            if (symbol is null)
            {
                p = run;
                continue;
            }

            rows.Add((p, symbol));
            p += symbol.Length;
        }

        return rows;
    }

    /// <summary>The longest approved symbol that starts the run and is glued to the next cell; never a run of nucleotide letters ("GTCG").</summary>
    private static string? LongestSymbol(string text, int start, int run, int to, HgncGenes genes)
    {
        for (var end = run; end - start >= 2; end--)
        {
            var candidate = text.AsSpan(start, end - start);
            if (candidate.ContainsAnyExcept("ACGTN") && GluedToCell(text, end, to) && genes.IsApproved(candidate.ToString()))
            {
                return candidate.ToString();
            }
        }

        return null;
    }

    /// <summary>Whether the next cell starts right at <paramref name="end"/>: digits, a capital letter, an empty cell ("–"), or "c."/"p." notation.</summary>
    private static bool GluedToCell(string text, int end, int to)
    {
        if (end >= to)
        {
            return false;
        }

        var next = text[end];
        return char.IsAsciiDigit(next) || char.IsAsciiLetterUpper(next) || next is '–'
            || (next is 'c' or 'p' && end + 1 < to && text[end + 1] == '.');
    }

    /// <summary>Bases after an HGVS word ("dupGTCG", "delAG", "insTT") belong to the notation, not to a new row.</summary>
    private static bool AfterHgvsWord(string text, int p) =>
        p >= 3 && text.AsSpan(p - 3, 3) is "dup" or "del" or "ins";

    private static MarkerFact? ReadRow(ExtractionContext context, MarkerLexicon lexicon, string text, int start, int end, string symbol)
    {
        var row = text.AsSpan(start, end - start);
        string? variant = null;
        MarkerResult? result = null;
        var cueEnd = start + symbol.Length;
        if (ProteinNotation().Match(text, start, end - start) is { Success: true } protein
            && ProteinChangeAt(protein.Groups["v"].Value) is ({ } change, var written))
        {
            variant = change;
            result = MarkerResult.Mutated;
            cueEnd = protein.Groups["v"].Index + written;
        }
        else if (DnaChange().Match(text, start, end - start) is { Success: true } dna)
        {
            variant = dna.Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            result = MarkerResult.Mutated;
            cueEnd = dna.Index + dna.Length;
        }
        else if (AlterationWord().Match(text, start, end - start) is { Success: true } word)
        {
            result = word.Groups["amp"].Success ? MarkerResult.Amplified : word.Groups["fus"].Success ? MarkerResult.Rearranged : MarkerResult.Lost;
            cueEnd = word.Index + word.Length;
        }

        if (result is null || row.IsEmpty)
        {
            return null;
        }

        var entry = lexicon.EntryOf(symbol);
        var name = entry is not null && string.Equals(entry.Gene, symbol, StringComparison.Ordinal) ? entry.Name : symbol;
        return new MarkerFact
        {
            Patient = context.PatientAt(start),
            Name = name,
            Gene = symbol,
            Variant = variant,
            Result = result.Value.ToContract(),
            Evidence = context.Evidence(start, cueEnd),
        };
    }

    /// <summary>
    /// The longest start of a glued protein cell that is a protein change: "E33*117141" is "E33*", "V292M119099" is "V292M",
    /// "S1465RfsX9c" is "S1465RfsX9"; normalised as prose variants are (three-letter residues to one letter), with the
    /// length written; null when no start of it is one.
    /// </summary>
    private static (string? Change, int Written) ProteinChangeAt(string cell)
    {
        for (var length = cell.Length; length >= 3; length--)
        {
            var candidate = cell[..length];
            if (MarkerValues.NormaliseProteinChange(candidate) is { } change)
            {
                return (change, length);
            }

            if (FrameshiftWithStop().IsMatch(candidate))
            {
                return (candidate, length);
            }
        }

        return (null, 0);
    }

    /// <summary>"Table 2" glued to its title: "Table 2Somatic alterations", "Table 1Clinically relevant variants".</summary>
    [GeneratedRegex(@"\bTable\s?\d{1,2}(?=[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex TableStart();

    /// <summary>What ends a flattened table: "Note:", "Abbreviations", or a prose sentence ("… frequency. The patient").</summary>
    [GeneratedRegex(@"Notes?:|Abbreviations?\b|[a-z]{2}[.!?]\s+[A-Z][a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex RegionStop();

    /// <summary>A title or header that names a gene table: "Gene", "Genes", "Variant", "Mutation", "Alteration", "Amplification".</summary>
    [GeneratedRegex(@"Genes?(?![a-z]{2})|Variants?|Mutations?|Alterations?|Amplifications?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GeneHeader();

    /// <summary>HGVS notation anywhere in the region: "c.181C", "p.Q61K", "p. I2315T".</summary>
    [GeneratedRegex(@"[cp]\.\s?[A-Z0-9*-]", RegexOptions.CultureInvariant)]
    private static partial Regex Hgvs();

    /// <summary>A protein cell: "p.Q61K", "p. I2315T", "p.Tyr2658*".</summary>
    [GeneratedRegex(@"p\.\s?(?<v>[A-Z][A-Za-z0-9_*]{2,30})", RegexOptions.CultureInvariant)]
    private static partial Regex ProteinNotation();

    /// <summary>A frameshift with its stop written with X or Ter: "S1465RfsX9", "Arg12fsTer3".</summary>
    [GeneratedRegex(@"^(?:[A-Z]|[A-Z][a-z]{2})\d{1,5}(?:[A-Z]|[A-Z][a-z]{2})?fs(?:X|Ter)\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex FrameshiftWithStop();

    /// <summary>A DNA change: "c.181C>A", "c.6944T > C", "c.559+1G>C", "c.3299_3306dupGTCGTGCT", "c.4926delC".</summary>
    [GeneratedRegex(@"c\.\s?[-*]?\d{1,6}(?:[+-]\d{1,5})?(?:_[-*]?\d{1,6}(?:[+-]\d{1,5})?)?(?:[ACGT]\s?>\s?[ACGT]|delins[ACGT]+|del[ACGT]*|dup[ACGT]*|ins[ACGT]+)", RegexOptions.CultureInvariant)]
    private static partial Regex DnaChange();

    /// <summary>A copy-number or structural cell: "Gene amplification", "Amplified", "fusion", "Rearrangement", "Homozygous deletion", "Loss".</summary>
    [GeneratedRegex(@"(?<amp>[Aa]mplification|[Aa]mplified)|(?<fus>[Ff]usion|[Rr]earrangement|[Tt]ranslocation)|(?<loss>[Dd]eletion|[Dd]eleted|(?<![a-z])[Ll]oss(?![a-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex AlterationWord();
}
