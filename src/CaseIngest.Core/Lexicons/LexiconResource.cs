using System.Reflection;

namespace CaseIngest.Core.Lexicons;

/// <summary>Reads the lexicon files embedded in the engine (Lexicons/Data): UTF-8 lines, '#' comments and blanks skipped.</summary>
public static class LexiconResource
{
    private const string Prefix = "CaseIngest.Core.Lexicons.";

    /// <summary>Returns the data lines of an embedded lexicon, each with its 1-based line number for error messages.</summary>
    public static IReadOnlyList<(int Line, string Text)> ReadLines(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
            ?? throw new LexiconException($"Embedded lexicon '{fileName}' is missing.");
        using var reader = new StreamReader(stream);
        return ReadLines(reader);
    }

    public static IReadOnlyList<(int Line, string Text)> ReadLines(TextReader reader)
    {
        var lines = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            lines.Add((number, line));
        }

        return lines;
    }
}
