using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>
/// The names of radiotherapy and its techniques (radiotherapy.tsv) and the words around them
/// (radiotherapy-terms.tsv), validated at load and compiled once per engine.
/// </summary>
public sealed class RadiotherapyLexicon
{
    private RadiotherapyLexicon()
    {
    }

    /// <summary>Radiotherapy mentions; the value is the technique, or the empty string for radiotherapy without one.</summary>
    public CasedPhraseMatcher<string> Mentions { get; } = new();

    /// <summary>The spelled-out phrases (those matched in any case), word-joined in lower case: what a long form of a radiotherapy abbreviation holds.</summary>
    public List<string> SpelledPhrases { get; } = [];

    public HashSet<string> Exclusions { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> SiteWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> StopWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> NonSiteWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrases soon after a mention that say the course did not happen ("was not pursued"), beyond the shared ConText rules.</summary>
    public List<string> NotGivenPhrases { get; } = [];

    /// <summary>Words that, before a bare "radiation" in its sentence, make it the spread of a symptom.</summary>
    public HashSet<string> SymptomWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static RadiotherapyLexicon LoadDefault() => Load(
        LexiconResource.ReadLines("radiotherapy.tsv"), "radiotherapy.tsv",
        LexiconResource.ReadLines("radiotherapy-terms.tsv"), "radiotherapy-terms.tsv");

    internal static RadiotherapyLexicon Load(
        IReadOnlyList<(int Line, string Text)> mentionLines, string mentionSource,
        IReadOnlyList<(int Line, string Text)> termLines, string termSource)
    {
        var lexicon = new RadiotherapyLexicon();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, text) in mentionLines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 2)
            {
                throw new LexiconException($"{mentionSource}:{line}: expected 2 tab-separated columns, found {cells.Length}.");
            }

            var phrase = cells[0].Trim();
            if (phrase.TrimStart('=').Length == 0 || Tokenizer.Tokenize(phrase).Length == 0)
            {
                throw new LexiconException($"{mentionSource}:{line}: empty phrase.");
            }

            var technique = cells[1].Trim();
            if (technique.Length == 0)
            {
                throw new LexiconException($"{mentionSource}:{line}: empty technique (use '-' for none).");
            }

            technique = technique == "-" ? string.Empty : technique;
            var key = phrase.StartsWith('=') ? phrase : string.Join(' ', Tokenizer.Words(phrase));
            if (!seen.TryAdd(key, technique))
            {
                if (seen[key] != technique)
                {
                    throw new LexiconException($"{mentionSource}:{line}: phrase '{phrase}' already names another technique.");
                }

                continue;
            }

            lexicon.Mentions.Add(phrase, technique);
            if (!phrase.StartsWith('='))
            {
                lexicon.SpelledPhrases.Add(key.ToLowerInvariant());
            }
        }

        foreach (var (line, text) in termLines)
        {
            var cells = text.Split('\t');
            if (cells.Length != 2)
            {
                throw new LexiconException($"{termSource}:{line}: expected 2 tab-separated columns, found {cells.Length}.");
            }

            var term = cells[0].Trim();
            if (term.Length == 0)
            {
                throw new LexiconException($"{termSource}:{line}: empty term.");
            }

            if (cells[1].Trim() == "not-given")
            {
                lexicon.NotGivenPhrases.Add(term);
                continue;
            }

            var set = cells[1].Trim() switch
            {
                "exclude" => lexicon.Exclusions,
                "site" => lexicon.SiteWords,
                "stop" => lexicon.StopWords,
                "nonsite" => lexicon.NonSiteWords,
                "symptom" => lexicon.SymptomWords,
                _ => throw new LexiconException($"{termSource}:{line}: unknown kind '{cells[1].Trim()}'."),
            };
            set.Add(term);
        }

        return lexicon;
    }
}
