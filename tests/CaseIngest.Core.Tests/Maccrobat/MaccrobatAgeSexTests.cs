using System.Globalization;
using CaseIngest.Core.Tests.Support;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// The first patient's age and sex against the MACCROBAT annotations (the first Age and Sex entities) of all 200
/// documents. Figures cover both halves; misses are listed for the development half of the split only.
/// </summary>
public sealed class MaccrobatAgeSexTests(ITestOutputHelper output)
{
    [Fact]
    public void AgeAndSexOfTheFirstPatientMatchTheAnnotationsInNineOfTenDocuments()
    {
        int ageTotal = 0, ageRight = 0, sexTotal = 0, sexRight = 0, documents = 0;
        var misses = new List<string>();
        foreach (var textPath in Corpus.Files(Path.Combine("maccrobat", "MACCROBAT2020"), "*.txt"))
        {
            documents++;
            var name = Path.GetFileNameWithoutExtension(textPath);
            var development = MaccrobatSplit.Committed[name] == MaccrobatSplit.Development;
            var annotations = BratDocument.Load(Path.ChangeExtension(textPath, ".ann"));
            var age = annotations.OfType("Age").FirstOrDefault() is { } a ? MaccrobatValues.AgeYears(a.Text) : null;
            var sex = annotations.OfType("Sex").FirstOrDefault() is { } s ? MaccrobatValues.Sex(s.Text) : null;
            var record = Engines.Default.Process(Path.GetFileName(textPath), File.ReadAllBytes(textPath)).Record;
            Assert.NotNull(record);
            var patient = record.Patients.FirstOrDefault(p => p.Id == "P1");
            if (age is { } years)
            {
                ageTotal++;
                if (patient?.AgeYears is { } found && Math.Abs(found - years) < 0.01)
                {
                    ageRight++;
                }
                else if (development)
                {
                    misses.Add($"{name} age: expected {years}, found {patient?.AgeYears?.ToString(CultureInfo.InvariantCulture) ?? "null"}");
                }
            }

            if (sex is not null)
            {
                sexTotal++;
                if (patient?.Sex == sex)
                {
                    sexRight++;
                }
                else if (development)
                {
                    misses.Add($"{name} sex: expected {sex}, found {patient?.Sex ?? "null"}");
                }
            }
        }

        var ageAccuracy = (double)ageRight / ageTotal;
        var sexAccuracy = (double)sexRight / sexTotal;
        output.WriteLine($"documents {documents}; age {ageRight}/{ageTotal} = {ageAccuracy:P1}; sex {sexRight}/{sexTotal} = {sexAccuracy:P1}");
        output.WriteLine("Misses of the development half:");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.Equal(200, documents);
        Assert.True(ageAccuracy >= 0.9, $"age accuracy {ageAccuracy:P1}");
        Assert.True(sexAccuracy >= 0.9, $"sex accuracy {sexAccuracy:P1}");
    }

    [Theory]
    [InlineData("57-year-old", 57.0)]
    [InlineData("36- year- old", 36.0)]
    [InlineData("14-month-old", 1.17)]
    [InlineData("4 and a half years old", 4.5)]
    [InlineData("aged 31 years", 31.0)]
    [InlineData("newborn", 0.0)]
    [InlineData("60s", null)]
    [InlineData("child", null)]
    public void TheAnnotationReaderParsesAgesIndependently(string annotated, double? expected) =>
        Assert.Equal(expected, MaccrobatValues.AgeYears(annotated));

    [Theory]
    [InlineData("gentleman", "male")]
    [InlineData("Woman", "female")]
    [InlineData("primipara", "female")]
    [InlineData("patient", null)]
    public void TheAnnotationReaderParsesSex(string annotated, string? expected) => Assert.Equal(expected, MaccrobatValues.Sex(annotated));
}
