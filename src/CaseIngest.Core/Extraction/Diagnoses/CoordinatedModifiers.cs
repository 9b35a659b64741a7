using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Modifiers coordinated before one head each name a condition of their own: "renal and hepatic failure" is renal failure
/// and hepatic failure, "cardiac, respiratory and renal failure" three. A modifier counts only where its words with the
/// head form a name of the vocabularies, so "severe and acute renal failure" or "fever and renal failure" add nothing.
/// </summary>
internal static partial class CoordinatedModifiers
{
    private const int Reach = 80;

    /// <summary>
    /// The conditions the modifiers coordinated before each found mention name, with the mention's patient, evidence from
    /// the modifier to the end of the mention; <paramref name="nameOf"/> gives the vocabulary name of a phrase, or null.
    /// </summary>
    public static List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> Expand(
        ExtractionContext context, IReadOnlyList<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found,
        Func<string, string?> nameOf)
    {
        var text = context.Text;
        var added = new List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)>();
        foreach (var (patient, name, start, end, _) in found)
        {
            // the head is the mention without its first word: "failure" of "hepatic failure"
            var space = text.IndexOf(' ', start, end - start);
            var from = Math.Max(context.SentenceAt(start).Start, start - Reach);
            if (space < 0 || start <= from || !EndsWithConjunction(text.AsSpan(from, start - from)))
            {
                continue;
            }

            var list = ListBeforeRegex().Match(text, from, start - from);
            if (!list.Success)
            {
                continue;
            }

            var head = text[space..end];
            foreach (Capture modifier in list.Groups["m"].Captures)
            {
                if (nameOf(modifier.Value + head) is { } other && other != name)
                {
                    added.Add((patient, other, modifier.Index, end, []));
                }
            }
        }

        return added;
    }

    /// <summary>Whether the words before a mention end in "and" or "or" and a space, which every list before it does.</summary>
    private static bool EndsWithConjunction(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        if (trimmed.Length == before.Length)
        {
            return false;
        }

        var word = trimmed.EndsWith("and", StringComparison.Ordinal) ? 3 : trimmed.EndsWith("or", StringComparison.Ordinal) ? 2 : 0;
        return word > 0 && trimmed.Length > word && char.IsWhiteSpace(trimmed[^(word + 1)]);
    }

    // "renal and ", "cardiac, respiratory and ", "hepatic or ": one-word modifiers joined by commas, then "and" or "or",
    // right before the mention
    [GeneratedRegex(@"(?:\b(?<m>[A-Za-z]{3,})\s*,\s*){0,3}\b(?<m>[A-Za-z]{3,}),?\s+(?:and|or)\s+$")]
    private static partial Regex ListBeforeRegex();
}
