using System.Globalization;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Tests.Support;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// Drug mention precision and recall over the 200 MACCROBAT case reports against their brat Medication spans
/// (overlap match), for the engine with and without the DrugBank vocabulary.
///
/// Recall counts only Medication spans that name an agent, by one rule: a span names an agent when the DrugBank-widened
/// lexicon finds a drug name, brand, abbreviation or regimen acronym in it, or one of its words has an INN stem.
/// Spans that only name a class or a procedure ("chemotherapy", "antibiotics", "sedation") are left out.
/// Precision: an engine mention that overlaps any Medication span is correct; one that overlaps none is a false
/// positive (MACCROBAT leaves some drugs of history sentences unannotated, which lowers this figure).
/// MACCROBAT has no section headings and annotates negated drugs too, so every mention counts whatever its status.
/// Figures cover all 200 documents; spans are listed for the development half of the split only.
/// </summary>
public sealed class MaccrobatDrugAccuracyTests(ITestOutputHelper output)
{
    private const double RecallFloor = 0.85;
    private const double PrecisionFloor = 0.85;

    private static readonly Parsing.DocumentReader Reader = Parsing.DocumentReader.CreateDefault(64L * 1024 * 1024);
    private static readonly Extraction.Context.ContextAnalyzer ContextRules = Extraction.Context.ContextAnalyzer.LoadDefault();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DrugMentionsMatchMaccrobatMedicationSpans(bool drugBank)
    {
        var engine = drugBank ? Engines.WithDrugBank : Engines.Default;
        var step = engine.Pipeline.Steps.OfType<DrugStep>().Single();
        var namedAgentRule = Engines.WithDrugBank.Pipeline.Steps.OfType<DrugStep>().Single().Lexicon;
        int documents = 0, goldSpans = 0, namedGold = 0, found = 0, mentions = 0, correct = 0;
        var misses = new List<string>();
        var classesAndProcedures = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var falsePositives = new List<string>();
        foreach (var textPath in Corpus.Files(Path.Combine("maccrobat", "MACCROBAT2020"), "*.txt"))
        {
            documents++;
            var development = MaccrobatSplit.Committed[Path.GetFileNameWithoutExtension(textPath)] == MaccrobatSplit.Development;
            var relative = Path.GetRelativePath(Corpus.Root, textPath);
            var gold = BratDocument.Load(Path.ChangeExtension(textPath, ".ann")).OfType("Medication").ToList();
            var result = engine.Process(relative, File.ReadAllBytes(textPath), includeText: true);
            var record = result.Record ?? throw new InvalidOperationException($"{relative} was rejected.");
            var text = record.Document.Text!;
            Assert.Equal(File.ReadAllText(textPath).Length, text.Length);

            var parsed = Reader.Read(relative, File.ReadAllBytes(textPath)).Document!;
            var mentionsFound = step.FindMentions(new ExtractionContext(parsed, ContextRules));

            foreach (var span in gold)
            {
                goldSpans++;
                if (!namedAgentRule.ContainsNamedAgent(span.Text))
                {
                    if (development)
                    {
                        classesAndProcedures.Add(span.Text);
                    }

                    continue;
                }

                namedGold++;
                if (mentionsFound.Exists(m => span.Overlaps(m.Start, m.End)))
                {
                    found++;
                }
                else if (development)
                {
                    misses.Add($"{Path.GetFileName(textPath)}: {span.Text}");
                }
            }

            foreach (var mention in mentionsFound)
            {
                mentions++;
                if (gold.Exists(g => g.Overlaps(mention.Start, mention.End)))
                {
                    correct++;
                }
                else if (development)
                {
                    falsePositives.Add($"{Path.GetFileName(textPath)}: {text[mention.Start..mention.End]} -> {mention.Drugs[0].Name}");
                }
            }
        }

        var recall = namedGold == 0 ? 0 : (double)found / namedGold;
        var precision = mentions == 0 ? 0 : (double)correct / mentions;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"DrugBank {(drugBank ? "on" : "off")}: {documents} documents, {goldSpans} Medication spans, {namedGold} name an agent; recall {recall:F3} ({found}/{namedGold}); precision {precision:F3} ({correct}/{mentions})"));
        output.WriteLine("Items below are of the development half only.");
        output.WriteLine("Not named agents: " + string.Join(" | ", classesAndProcedures));
        output.WriteLine("Missed: " + string.Join(" | ", misses));
        output.WriteLine("Unmatched: " + string.Join(" | ", falsePositives));

        Assert.Equal(200, documents);
        Assert.True(recall >= RecallFloor, string.Create(CultureInfo.InvariantCulture, $"recall {recall:F3} is below {RecallFloor}"));
        Assert.True(precision >= PrecisionFloor, string.Create(CultureInfo.InvariantCulture, $"precision {precision:F3} is below {PrecisionFloor}"));
    }
}
