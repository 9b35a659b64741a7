using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Engine;

/// <summary>Every evidence span of every record equals the text it points at, over the whole corpus.</summary>
public sealed class EvidenceSpanTests
{
    internal static List<string> CorpusDocuments()
    {
        var data = new List<string>();
        foreach (var folder in new[] { "cases-io", "maccrobat", "pubmed-xml", "jats", "medline-text", "pubmed-html" })
        {
            foreach (var file in Corpus.Files(folder, "*").Where(f => !f.EndsWith(".ann", StringComparison.Ordinal) && !f.EndsWith("SOURCES.md", StringComparison.Ordinal)))
            {
                data.Add(Path.GetRelativePath(Corpus.Root, file));
            }
        }

        return data;
    }

    [Fact]
    public void EveryEvidenceSpanEqualsItsTextAcrossTheCorpus()
    {
        var checkedSpans = 0;
        var failures = new List<string>();
        foreach (var relative in CorpusDocuments())
        {
            var result = Engines.Default.Process(relative, File.ReadAllBytes(Corpus.File(relative)), includeText: true);
            if (result.Record is not { } record)
            {
                continue;
            }

            var text = record.Document.Text!;
            Assert.Equal(text.Length, record.Document.Length);
            foreach (var evidence in AllEvidence(record))
            {
                checkedSpans++;
                if (evidence.Start < 0 || evidence.End > text.Length || evidence.Start > evidence.End
                    || text.Substring(evidence.Start, evidence.End - evidence.Start) != evidence.Text)
                {
                    failures.Add($"{relative}: [{evidence.Start},{evidence.End}) '{evidence.Text}'");
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(checkedSpans > 0, "no evidence was produced over the corpus");
    }

    [Fact]
    public void SameBytesGiveTheSameRecordByteForByte()
    {
        foreach (var relative in CorpusDocuments().Take(60))
        {
            var bytes = File.ReadAllBytes(Corpus.File(relative));
            var first = Serialize(new CaseEngine().Process(relative, bytes));
            var second = Serialize(Engines.Default.Process(relative, bytes));
            Assert.Equal(first, second);
        }
    }

    private static string Serialize(EngineResult result) =>
        result.Record is { } record ? Json.CaseJson.Serialize(record) : Json.CaseJson.Serialize(result.Rejection!);

    internal static IEnumerable<Evidence> AllEvidence(CaseRecord record) =>
        record.Diagnoses.Select(d => d.Evidence)
            .Concat(record.Drugs.Select(d => d.Evidence))
            .Concat(record.Radiotherapy.Select(r => r.Evidence))
            .Concat(record.Markers.Select(m => m.Evidence))
            .Concat(record.Outcomes.Select(o => o.Evidence))
            .Concat(record.AdverseEvents.Select(a => a.Evidence));
}
