using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// Runs the default engine over the 200 MACCROBAT documents once and scores each half per category. Item-level misses
/// and wrong facts are kept for the development half only: the test half yields figures, never items.
/// </summary>
internal sealed class MaccrobatEvaluation
{
    private static readonly Lazy<MaccrobatEvaluation> Shared = new(Run);

    private MaccrobatEvaluation()
    {
    }

    public static MaccrobatEvaluation Result => Shared.Value;

    /// <summary>Half, then category, to its counts.</summary>
    public Dictionary<string, Dictionary<string, MaccrobatScore>> Scores { get; } = MaccrobatSplit.Halves.ToDictionary(
        h => h, _ => MaccrobatCategory.All.ToDictionary(c => c, _ => new MaccrobatScore(), StringComparer.Ordinal), StringComparer.Ordinal);

    public Dictionary<string, int> Documents { get; } = MaccrobatSplit.Halves.ToDictionary(h => h, _ => 0, StringComparer.Ordinal);

    /// <summary>Development half only: "pmid category - gold label" for misses, "pmid category + fact label" for wrong facts.</summary>
    public List<string> DevelopmentItems { get; } = [];

    /// <summary>Documents whose extracted plain text differs from the .txt the annotation offsets refer to.</summary>
    public List<string> MisalignedDocuments { get; } = [];

    private static MaccrobatEvaluation Run()
    {
        var evaluation = new MaccrobatEvaluation();
        var vocabulary = MaccrobatVocabulary.Default;
        foreach (var textPath in Corpus.Files(Path.Combine("maccrobat", "MACCROBAT2020"), "*.txt"))
        {
            var pmid = Path.GetFileNameWithoutExtension(textPath);
            var half = MaccrobatSplit.Committed[pmid];
            evaluation.Documents[half]++;
            var annotations = BratDocument.Load(Path.ChangeExtension(textPath, ".ann"));
            var bytes = File.ReadAllBytes(textPath);
            var record = Engines.Default.Process(Path.GetRelativePath(Corpus.Root, textPath), bytes, includeText: true).Record
                ?? throw new InvalidOperationException($"{pmid} was rejected.");
            if (record.Document.Text != File.ReadAllText(textPath))
            {
                evaluation.MisalignedDocuments.Add(pmid);
                continue;
            }

            evaluation.Score(pmid, half, annotations, MaccrobatJudge.Items(record).ToList(), vocabulary);
        }

        return evaluation;
    }

    private void Score(string pmid, string half, BratDocument annotations, List<EngineItem> facts, MaccrobatVocabulary vocabulary)
    {
        var gold = MaccrobatGold.Map(annotations, vocabulary);
        var development = half == MaccrobatSplit.Development;
        foreach (var category in MaccrobatCategory.All)
        {
            var score = Scores[half][category];
            var expected = gold[category];
            var stated = facts.Where(f => f.Category == category).ToList();
            foreach (var item in expected)
            {
                var found = stated.Exists(f => MaccrobatJudge.Matches(f, item));
                score.AddGold(found);
                if (!found && development)
                {
                    DevelopmentItems.Add($"{pmid} {category} - {item.Label}");
                }
            }

            foreach (var fact in stated)
            {
                var verdict = expected.Exists(g => MaccrobatJudge.Matches(fact, g))
                    ? Verdict.Correct
                    : MaccrobatJudge.Unmatched(fact, annotations, expected, vocabulary);
                score.AddFact(verdict);
                if (verdict == Verdict.Wrong && development)
                {
                    DevelopmentItems.Add($"{pmid} {category} + {fact.Label}");
                }
            }
        }
    }
}
