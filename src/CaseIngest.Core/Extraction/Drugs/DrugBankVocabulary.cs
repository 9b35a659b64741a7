using System.Text;
using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Reads the DrugBank open vocabulary CSV (DrugBank ID, Accession Numbers, Common name, CAS, UNII, Synonyms,
/// Standard InChI Key; synonyms separated by " | "; UTF-8 with or without BOM): each drug's common name and synonyms.
/// </summary>
public static class DrugBankVocabulary
{
    private const int CommonNameColumn = 2;
    private const int SynonymsColumn = 5;

    /// <summary>The names of each drug, the common name first.</summary>
    public static List<string[]> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LexiconException($"{path}: the DrugBank vocabulary file does not exist.");
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public static List<string[]> Read(TextReader reader, string source)
    {
        var drugs = new List<string[]>();
        var lineNumber = 0;
        var header = true;
        while (ReadRecord(reader, ref lineNumber) is { } record)
        {
            var (line, fields) = record;
            if (header)
            {
                header = false;
                if (fields.Count < 6 || !fields[CommonNameColumn].Trim().Equals("Common name", StringComparison.OrdinalIgnoreCase)
                    || !fields[SynonymsColumn].Trim().Equals("Synonyms", StringComparison.OrdinalIgnoreCase))
                {
                    throw new LexiconException($"{source}:{line}: expected the DrugBank header with 'Common name' as column 3 and 'Synonyms' as column 6.");
                }

                continue;
            }

            if (fields.Count < 6)
            {
                throw new LexiconException($"{source}:{line}: expected at least 6 comma-separated columns, found {fields.Count}.");
            }

            var common = fields[CommonNameColumn].Trim();
            if (common.Length == 0)
            {
                continue;
            }

            var names = new List<string> { common };
            foreach (var synonym in fields[SynonymsColumn].Split(" | "))
            {
                var trimmed = synonym.Trim();
                if (trimmed.Length > 0 && !names.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(trimmed);
                }
            }

            drugs.Add([.. names]);
        }

        if (header)
        {
            throw new LexiconException($"{source}:1: the DrugBank vocabulary is empty.");
        }

        return drugs;
    }

    private static (int Line, List<string> Fields)? ReadRecord(TextReader reader, ref int lineNumber)
    {
        var line = reader.ReadLine();
        if (line is null)
        {
            return null;
        }

        lineNumber++;
        var start = lineNumber;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (true)
        {
            if (i >= line.Length)
            {
                if (quoted)
                {
                    var next = reader.ReadLine();
                    if (next is null)
                    {
                        throw new LexiconException($"DrugBank vocabulary:{start}: a quoted field is not closed.");
                    }

                    lineNumber++;
                    field.Append('\n');
                    line = next;
                    i = 0;
                    continue;
                }

                fields.Add(field.ToString());
                return (start, fields);
            }

            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }

            i++;
        }
    }
}
