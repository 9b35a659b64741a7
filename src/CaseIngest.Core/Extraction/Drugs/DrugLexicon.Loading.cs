using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>The loading side of <see cref="DrugLexicon"/>: the vocabulary tables read line by line, validated as they are read.</summary>
public sealed partial class DrugLexicon
{
    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private void LoadStopWords(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        foreach (var (line, text) in lines)
        {
            var word = text.Trim();
            if (word.Contains('\t') || word != word.ToLowerInvariant())
            {
                throw new LexiconException($"{source}:{line}: a stop word is one lower-case word or phrase per line.");
            }

            _stopWords.Add(word);
        }
    }

    private void LoadEndogenous(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        foreach (var (line, text) in lines)
        {
            var generic = text.Trim();
            if (!_byName.ContainsKey(generic))
            {
                throw new LexiconException($"{source}:{line}: '{generic}' is not a generic name of drugs.tsv.");
            }

            _endogenous.Add(generic);
        }
    }

    private void LoadDrugs(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 3)
            {
                throw new LexiconException($"{source}:{line}: expected 3 tab-separated columns (generic, class, synonyms), found {cells.Length}.");
            }

            var generic = cells[0].Trim();
            if (generic.Length < 3 || generic != generic.ToLowerInvariant() || Tokenizer.Tokenize(generic).Length == 0)
            {
                throw new LexiconException($"{source}:{line}: the generic name '{generic}' must be a lower-case name of at least 3 characters.");
            }

            if (_byName.ContainsKey(generic))
            {
                throw new LexiconException($"{source}:{line}: the generic name '{generic}' is listed twice.");
            }

            var entry = new DrugEntry(generic, ParseClass(cells[1], source, line));
            _byName.Add(generic, entry);
            AddName(generic, entry, source, line);
            if (cells[2].Trim().Length == 0)
            {
                continue;
            }

            foreach (var raw in cells[2].Split('|'))
            {
                var synonym = raw.Trim();
                if (synonym.Length == 0)
                {
                    throw new LexiconException($"{source}:{line}: empty synonym in '{cells[2]}'.");
                }

                if (synonym[0] == '=')
                {
                    var abbreviation = synonym[1..];
                    if (Tokenizer.Tokenize(abbreviation).Length == 0 || !abbreviation.Any(char.IsLetter))
                    {
                        throw new LexiconException($"{source}:{line}: the abbreviation '{synonym}' has no letters.");
                    }

                    if (!Abbreviations.Add(abbreviation, entry) && Abbreviations.TryGet(abbreviation, out var same) && same != entry)
                    {
                        throw new LexiconException($"{source}:{line}: the abbreviation '{abbreviation}' already names another drug.");
                    }
                }
                else
                {
                    AddName(synonym, entry, source, line);

                    // a code name is also written without its hyphen ("MK-3475", "MK3475")
                    if (JoinedCodeName(synonym) is { } joined)
                    {
                        Names.Add(joined, entry);
                    }
                }
            }
        }
    }

    private void AddName(string phrase, DrugEntry entry, string source, int line)
    {
        if (Tokenizer.Tokenize(phrase).Length == 0)
        {
            throw new LexiconException($"{source}:{line}: '{phrase}' has no letters or digits.");
        }

        if (!Names.Add(phrase, entry) && Names.TryGet(phrase, out var existing) && existing != entry)
        {
            throw new LexiconException($"{source}:{line}: '{phrase}' already names '{existing.Name}'.");
        }
    }

    private void LoadStems(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        var stems = new List<InnStem>();
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 3)
            {
                throw new LexiconException($"{source}:{line}: expected 3 tab-separated columns (suffix, class, minimum length), found {cells.Length}.");
            }

            var suffix = cells[0].Trim();
            if (suffix.Length < 3 || !suffix.All(char.IsAsciiLetterLower))
            {
                throw new LexiconException($"{source}:{line}: the stem '{suffix}' must be at least 3 lower-case letters.");
            }

            if (!int.TryParse(cells[2], out var minimum) || minimum < suffix.Length + 2)
            {
                throw new LexiconException($"{source}:{line}: the minimum length must be a whole number at least 2 more than the stem's length.");
            }

            stems.Add(new InnStem(suffix, ParseClass(cells[1], source, line), minimum));
        }

        // the longest suffix decides ("-rafenib" before "-nib", "-ximab" before "-mab")
        stems.Sort((a, b) => b.Suffix.Length != a.Suffix.Length ? b.Suffix.Length.CompareTo(a.Suffix.Length) : string.CompareOrdinal(a.Suffix, b.Suffix));
        _stems = [.. stems];
        var byEnding = new List<InnStem>?[26 * 26];
        foreach (var stem in _stems)
        {
            (byEnding[EndingIndex(stem.Suffix)] ??= []).Add(stem);
        }

        _stemsByEnding = new InnStem[byEnding.Length][];
        for (var ending = 0; ending < byEnding.Length; ending++)
        {
            _stemsByEnding[ending] = byEnding[ending]?.ToArray() ?? [];
        }
    }

    /// <summary>The bucket of a lower-case word by its last two letters, or -1 when they are not both a–z.</summary>
    private static int EndingIndex(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsAsciiLetterLower(word[^1]) || !char.IsAsciiLetterLower(word[^2]))
        {
            return -1;
        }

        return ((word[^2] - 'a') * 26) + (word[^1] - 'a');
    }

    private void LoadRegimens(IReadOnlyList<(int Line, string Text)> lines, string source)
    {
        foreach (var (line, text) in lines)
        {
            var cells = text.Split('\t');
            if (cells.Length is not (3 or 4))
            {
                throw new LexiconException($"{source}:{line}: expected 3 tab-separated columns (acronym, components, context flag) and an optional other reading, found {cells.Length}.");
            }

            var acronym = cells[0].Trim();
            if (Tokenizer.Tokenize(acronym).Length == 0)
            {
                throw new LexiconException($"{source}:{line}: empty acronym.");
            }

            var components = Components(cells[1], source, line);

            var flag = cells[2].Trim();
            if (flag is not ("context" or "beside" or "-"))
            {
                throw new LexiconException($"{source}:{line}: the flag must be 'context', 'beside' or '-', not '{flag}'.");
            }

            var needsContext = flag != "-";
            var regimen = new DrugRegimen(acronym, components, needsContext, cells.Length == 4 ? OtherReading(cells[3], source, line) : null, flag == "beside");
            // "7+3": the phrase matcher never joins words on "+", so such an acronym is found by its own search
            var added = acronym.Contains('+', StringComparison.Ordinal) ? AddPlusRegimen(regimen)
                : needsContext ? ContextRegimens.Add(acronym, regimen) : Regimens.Add(acronym, regimen);
            if (!added)
            {
                throw new LexiconException($"{source}:{line}: the acronym '{acronym}' is listed twice.");
            }
        }
    }

    private List<DrugEntry> Components(string cell, string source, int line)
    {
        var components = new List<DrugEntry>();
        foreach (var raw in cell.Split(','))
        {
            var name = raw.Trim();
            components.Add(Find(name) ?? throw new LexiconException($"{source}:{line}: the component '{name}' is not a generic name of drugs.tsv."));
        }

        return components;
    }

    private bool AddPlusRegimen(DrugRegimen regimen)
    {
        if (_plusRegimens.Exists(r => r.Acronym.Equals(regimen.Acronym, StringComparison.Ordinal)))
        {
            return false;
        }

        _plusRegimens.Add(regimen);
        return true;
    }

    /// <summary>"carboplatin,paclitaxel unless breast": the drugs of the other reading and the word that keeps the first.</summary>
    private DrugRegimenReading OtherReading(string cell, string source, int line)
    {
        var parts = cell.Split(" unless ", StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[1].Length == 0)
        {
            throw new LexiconException($"{source}:{line}: the other reading must be '<components> unless <word>', not '{cell.Trim()}'.");
        }

        return new DrugRegimenReading(Components(parts[0], source, line), parts[1]);
    }

    private void AddDrugBank(List<string[]> drugs)
    {
        foreach (var names in drugs)
        {
            DrugEntry? entry = null;
            foreach (var name in names)
            {
                if (Names.TryGet(name, out var curated) && _byName.ContainsKey(curated.Name))
                {
                    entry = curated;
                    break;
                }
            }

            var common = names[0].ToLowerInvariant();
            if (entry is null)
            {
                if (!DrugBankNameFilter.Usable(names[0], _stopWords))
                {
                    continue;
                }

                entry = new DrugEntry(common, StemMatch(common.AsSpan())?.DrugClass);
            }

            foreach (var name in names)
            {
                if (DrugBankNameFilter.Usable(name, _stopWords) && Names.Add(name, entry))
                {
                    DrugBankNames++;
                }
            }
        }
    }

    /// <summary>A code name of letters, a hyphen and digits ("MK-3475", "BMS-936558") with the hyphen left out, or null.</summary>
    private static string? JoinedCodeName(string synonym)
    {
        var hyphen = synonym.IndexOf('-', StringComparison.Ordinal);
        if (hyphen < 2 || hyphen > 5 || synonym.Length - hyphen - 1 < 3)
        {
            return null;
        }

        var letters = synonym.AsSpan(0, hyphen);
        var digits = synonym.AsSpan(hyphen + 1);
        return letters.ContainsAnyExcept(UpperLetters) || digits.ContainsAnyExceptInRange('0', '9') ? null : string.Concat(letters, digits);
    }

    private static string? ParseClass(string cell, string source, int line)
    {
        var value = cell.Trim();
        if (value == "-")
        {
            return null;
        }

        return Classes.Contains(value) ? value : throw new LexiconException($"{source}:{line}: unknown drug class '{value}'.");
    }
}
