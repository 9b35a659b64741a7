using CaseIngest.Core.Tests.Golden;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// Runs the default engine over the 200 MACCROBAT documents once and scores each half per category. Item-level misses
/// and wrong facts are kept for the development half only: the test half yields figures, never items. A test-half document
/// that also has a development golden record is read item by item there, so the test half leaves it out.
/// </summary>
internal sealed class MaccrobatEvaluation
{
    private const string MaccrobatGoldenPrefix = "maccrobat-";

    private static readonly Lazy<MaccrobatEvaluation> Shared = new(Run);

    private MaccrobatEvaluation()
    {
    }

    public static MaccrobatEvaluation Result => Shared.Value;

    /// <summary>Half, then category, to its counts.</summary>
    public Dictionary<string, Dictionary<string, MaccrobatScore>> Scores { get; } = MaccrobatSplit.Halves.ToDictionary(
        h => h, _ => MaccrobatCategory.All.ToDictionary(c => c, _ => new MaccrobatScore(), StringComparer.Ordinal), StringComparer.Ordinal);

    public Dictionary<string, int> Documents { get; } = MaccrobatSplit.Halves.ToDictionary(h => h, _ => 0, StringComparer.Ordinal);

    /// <summary>Test-half documents left out because the development golden set reads them item by item.</summary>
    public List<string> LeftOutOfTest { get; } = [];

    /// <summary>Development half only: "pmid category - gold label" for misses, "pmid category + fact label" for wrong facts.</summary>
    public List<string> DevelopmentItems { get; } = [];

    /// <summary>Half, then "category|kind", to the misses, wrong facts and documents of that kind (MaccrobatErrorKinds).</summary>
    public Dictionary<string, SortedDictionary<string, MaccrobatKindCount>> Kinds { get; } = MaccrobatSplit.Halves.ToDictionary(
        h => h, _ => new SortedDictionary<string, MaccrobatKindCount>(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Documents whose extracted plain text differs from the .txt the annotation offsets refer to.</summary>
    public List<string> MisalignedDocuments { get; } = [];

    /// <summary>The PMIDs of MACCROBAT documents that have a development golden record (maccrobat-&lt;pmid&gt;).</summary>
    public static IReadOnlySet<string> ReadAsDevelopmentGolden { get; } = GoldenFiles.Development()
        .Select(GoldenFiles.IdOf)
        .Where(id => id.StartsWith(MaccrobatGoldenPrefix, StringComparison.Ordinal))
        .Select(id => id[MaccrobatGoldenPrefix.Length..])
        .ToHashSet(StringComparer.Ordinal);

    private static MaccrobatEvaluation Run()
    {
        var evaluation = new MaccrobatEvaluation();
        var vocabulary = MaccrobatVocabulary.Default;
        foreach (var textPath in Corpus.Files(Path.Combine("maccrobat", "MACCROBAT2020"), "*.txt"))
        {
            var pmid = Path.GetFileNameWithoutExtension(textPath);
            var half = MaccrobatSplit.Committed[pmid];
            if (half == MaccrobatSplit.Test && ReadAsDevelopmentGolden.Contains(pmid))
            {
                evaluation.LeftOutOfTest.Add(pmid);
                continue;
            }

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
                if (!found)
                {
                    Count(half, category, MaccrobatErrorKinds.Miss(item, facts), pmid, miss: true);
                    if (development)
                    {
                        DevelopmentItems.Add($"{pmid} {category} - {item.Label}");
                    }
                }
            }

            foreach (var fact in stated)
            {
                var verdict = expected.Exists(g => MaccrobatJudge.Matches(fact, g))
                    ? Verdict.Correct
                    : MaccrobatJudge.Unmatched(fact, annotations, expected, vocabulary);
                score.AddFact(verdict);
                if (verdict == Verdict.Wrong)
                {
                    Count(half, category, MaccrobatErrorKinds.Wrong(fact, annotations, vocabulary), pmid, miss: false);
                    if (development)
                    {
                        DevelopmentItems.Add($"{pmid} {category} + {fact.Label}");
                    }
                }
            }
        }
    }

    private void Count(string half, string category, string kind, string pmid, bool miss)
    {
        var key = category + "|" + kind;
        if (!Kinds[half].TryGetValue(key, out var count))
        {
            Kinds[half][key] = count = new MaccrobatKindCount();
        }

        count.Add(pmid, miss);
    }
}
