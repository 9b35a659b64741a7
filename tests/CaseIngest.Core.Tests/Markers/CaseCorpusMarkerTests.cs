using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>The marker and radiotherapy facts of the cases-io corpus, printed per file, with facts checked by reading the files.</summary>
public sealed class CaseCorpusMarkerTests(ITestOutputHelper output)
{
    private static CaseRecord Extract(string file)
    {
        var path = Corpus.File("cases-io", file);
        return Engines.Default.Process(path, File.ReadAllBytes(path), includeText: true).Record
            ?? throw new InvalidOperationException($"{file} was rejected.");
    }

    [Fact]
    public void PrintsTheMarkersAndCoursesOfEveryCaseWithExactEvidence()
    {
        var files = Corpus.Files("cases-io", "*.txt").ToList();
        Assert.NotEmpty(files);
        var markers = 0;
        foreach (var path in files)
        {
            // warm-up: the first use of each rule compiles it
            Engines.Default.Process(path, File.ReadAllBytes(path));
        }

        foreach (var path in files)
        {
            var bytes = File.ReadAllBytes(path);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var record = Engines.Default.Process(path, bytes, includeText: true).Record!;
            watch.Stop();
            output.WriteLine($"== {Path.GetFileName(path)} ({bytes.Length} bytes, {watch.Elapsed.TotalMilliseconds:F1} ms)");
            foreach (var m in record.Markers)
            {
                output.WriteLine($"  marker {m.Patient} {m.Name} gene={m.Gene} variant={m.Variant} value={m.Value} {m.Unit} method={m.Method} result={m.Result}");
                AssertEvidence(record, m.Evidence);
                markers++;
            }

            foreach (var r in record.Radiotherapy)
            {
                output.WriteLine($"  radiotherapy {r.Patient} {r.Status} total={r.TotalDoseGy} fractions={r.Fractions} perFraction={r.DosePerFractionGy} technique={r.Technique} site={r.Site}");
                AssertEvidence(record, r.Evidence);
            }
        }

        Assert.True(markers > 20, $"only {markers} markers in the corpus");
    }

    [Fact]
    public void ReadsThePdL1TumourProportionScoreOfTheLungCase()
    {
        var record = Extract("medrbench-PMC11628370.txt");
        Assert.Contains(record.Markers, m => m.Name == "PD-L1" && m.Value == 95 && m.Unit == "%" && m.Method == "TPS");
    }

    [Fact]
    public void ReadsTheCombinedPositiveScoresAndHer2OfTheCervicalCase()
    {
        var record = Extract("medrbench-PMC11628523.txt");
        Assert.Contains(record.Markers, m => m.Name == "PD-L1" && m.Value == 10 && m.Method == "CPS" && m.Result == "high");
        Assert.Contains(record.Markers, m => m.Name == "PD-L1" && m.Value == 0 && m.Method == "CPS" && m.Result == "negative");
        Assert.Contains(record.Markers, m => m.Name == "HER2" && m.Gene == "ERBB2" && m.Result == "positive");
        Assert.Contains(record.Radiotherapy, r => r.TotalDoseGy == 47.25 && r.Fractions == 27 && r.Technique == "VMAT");
    }

    [Fact]
    public void ReadsTheNegativeDriverPanelOfTheCholangiocarcinomaAndItsImrtCourse()
    {
        var record = Extract("medrbench-PMC11431636.txt");
        Assert.Contains(record.Markers, m => m.Name == "BRAF" && m.Result == "wild-type");
        Assert.Contains(record.Markers, m => m.Name == "MSI" && m.Result == "msi-stable");
        Assert.Contains(record.Markers, m => m.Name == "IDH1" && m.Result == "wild-type");
        Assert.DoesNotContain(record.Markers, m => m.Name == "MMR" && m.Result == "lost");
        Assert.Contains(record.Radiotherapy, r => r.Technique == "IMRT" && r.TotalDoseGy == 45 && r.Fractions == 25 && r.DosePerFractionGy == 1.8);
        Assert.Contains(record.Radiotherapy, r => r.Technique == "SIRT");
    }

    [Fact]
    public void ReadsTheEgfrVariantsAndTheCentigrayDoseOfTheLeptomeningealCase()
    {
        var record = Extract("medrbench-PMC11570083.txt");
        Assert.Contains(record.Markers, m => m.Name == "EGFR" && m.Variant == "exon 19 deletion" && m.Result == "mutated");
        Assert.DoesNotContain(record.Markers, m => m.Variant == "T790M");
        var course = Assert.Single(record.Radiotherapy);
        Assert.Equal((40.0, 10), (course.TotalDoseGy!.Value, course.Fractions!.Value));
        Assert.Equal(TreatmentStatus.Given, course.Status);
    }

    [Fact]
    public void ReadsTheSequencingAndSbrtOfThePancreaticCase()
    {
        var record = Extract("medrbench-PMC11592984.txt");
        Assert.Contains(record.Markers, m => m.Name == "KRAS" && m.Variant == "G12D" && m.Result == "mutated");
        Assert.Contains(record.Markers, m => m.Name == "TMB" && m.Value == 11 && m.Unit == "mut/Mb");
        Assert.Contains(record.Markers, m => m.Name == "TTF-1" && m.Result == "positive");
        Assert.Contains(record.Radiotherapy, r => r.Technique == "SBRT" && r.TotalDoseGy == 30 && r.Fractions == 5 && r.Site == "pancreatic mass");
    }

    [Fact]
    public void ReadsTheWildTypePanelAndKi67OfTheBreastMetastasisCase()
    {
        var record = Extract("medrbench-PMC11352534.txt");
        Assert.Contains(record.Markers, m => m.Name == "Ki-67" && m.Value == 50 && m.Unit == "%");
        Assert.Contains(record.Markers, m => m.Name == "PD-L1" && m.Result == "negative");
        foreach (var gene in (string[])["ALK", "EGFR", "ROS1", "RET", "BRAF"])
        {
            Assert.Contains(record.Markers, m => m.Name == gene && m.Result == "wild-type");
        }

        Assert.Empty(record.Radiotherapy);
    }

    [Fact]
    public void ReadsTheChemoradiotherapyBeforeDurvalumabAsACourseWithoutTechnique()
    {
        var course = Assert.Single(Extract("e3c-EN111112.txt").Radiotherapy);
        Assert.Null(course.Technique);
        Assert.Equal(TreatmentStatus.Given, course.Status);
    }

    private static void AssertEvidence(CaseRecord record, Evidence evidence)
    {
        var text = record.Document.Text!;
        Assert.Equal(evidence.Text, text[evidence.Start..evidence.End]);
    }
}
