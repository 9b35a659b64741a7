using System.Text.RegularExpressions;

namespace CaseIngest.Core.Formats;

/// <summary>
/// A by-line: personal names separated by commas, semicolons or "and", each name two to five capitalised words or
/// initials (particles such as "van", "de", "el" allowed), optionally followed by affiliation marks ("Jane Q. Doe 1,2*",
/// "John Smith†"). A line with any other word (a title, an affiliation, a sentence) is no by-line.
/// </summary>
internal static partial class AuthorLine
{
    private const int MaxLength = 600;

    /// <summary>Affiliation and role marks after a name: digits, *, †, ‡, §.</summary>
    private static readonly char[] Marks = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '†', '‡', '§', '¶', '#', ' ', '\t', '\u00A0'];

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "dos", "das", "la", "le", "ten", "ter", "bin", "al", "el", "y",
    };

    /// <summary>The names of a by-line, or an empty list when the line is not one.</summary>
    public static List<string> Split(string line)
    {
        var names = new List<string>();
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > MaxLength)
        {
            return names;
        }

        foreach (var part in SeparatorRegex().Split(trimmed))
        {
            var name = part.TrimEnd(Marks).Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!IsName(name))
            {
                return [];
            }

            names.Add(name);
        }

        return names;
    }

    private static bool IsName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }

        var capitalised = 0;
        foreach (var word in words)
        {
            if (Particles.Contains(word))
            {
                continue;
            }

            if (!NameWordRegex().IsMatch(word))
            {
                return false;
            }

            capitalised++;
        }

        // "Daniel Y. Reuben": a surname of at least two letters besides the initials
        return capitalised >= 2 && words.Any(w => w.Length > 2 && char.IsLower(w[1]));
    }

    // "Daniel", "Y.", "Y", "O'Brien", "Jean-Luc", "McDonald", "Müller"
    [GeneratedRegex(@"^(?:\p{Lu}\.?(?:-\p{Lu}\.?)?|\p{Lu}[\p{Ll}'’]+(?:[-'’]\p{Lu}?[\p{Ll}]+)*|\p{Lu}[\p{Ll}]+\p{Lu}[\p{Ll}]+)$", RegexOptions.None)]
    private static partial Regex NameWordRegex();

    [GeneratedRegex(@"\s*(?:[,;]|\band\b|&)\s*", RegexOptions.None)]
    private static partial Regex SeparatorRegex();

}
