using System.Globalization;
using System.Text.RegularExpressions;
using CaseIngest.Core.Tests.Support;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>The first patient's age and sex against the MACCROBAT annotations (Age and Sex entities) of all 200 documents.</summary>
public sealed partial class MaccrobatAgeSexTests(ITestOutputHelper output)
{
    [Fact]
    public void AgeAndSexOfTheFirstPatientMatchTheAnnotationsInNineOfTenDocuments()
    {
        int ageTotal = 0, ageRight = 0, sexTotal = 0, sexRight = 0, documents = 0;
        var misses = new List<string>();
        foreach (var annotations in Corpus.Files(Path.Combine("maccrobat", "MACCROBAT2020"), "*.ann"))
        {
            var textPath = Path.ChangeExtension(annotations, ".txt");
            if (!File.Exists(textPath))
            {
                continue;
            }

            documents++;
            var (age, sex) = FirstAnnotated(File.ReadAllLines(annotations));
            var record = Engines.Default.Process(Path.GetFileName(textPath), File.ReadAllBytes(textPath)).Record;
            Assert.NotNull(record);
            var patient = record.Patients.FirstOrDefault(p => p.Id == "P1");
            var name = Path.GetFileNameWithoutExtension(textPath);
            if (age is { } years)
            {
                ageTotal++;
                if (patient?.AgeYears is { } found && Math.Abs(found - years) < 0.01)
                {
                    ageRight++;
                }
                else
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
                else
                {
                    misses.Add($"{name} sex: expected {sex}, found {patient?.Sex ?? "null"}");
                }
            }
        }

        var ageAccuracy = (double)ageRight / ageTotal;
        var sexAccuracy = (double)sexRight / sexTotal;
        output.WriteLine($"documents {documents}; age {ageRight}/{ageTotal} = {ageAccuracy:P1}; sex {sexRight}/{sexTotal} = {sexAccuracy:P1}");
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
        Assert.Equal(expected, ParseAge(annotated));

    /// <summary>The first Age and Sex spans by offset, read into years and "male"/"female"; null when absent or vague.</summary>
    private static (double? Age, string? Sex) FirstAnnotated(string[] lines)
    {
        (int Start, string Text)? age = null, sex = null;
        foreach (var line in lines)
        {
            var match = EntityRegex().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
            var text = match.Groups["text"].Value;
            if (match.Groups["type"].Value == "Age" && (age is null || start < age.Value.Start))
            {
                age = (start, text);
            }
            else if (match.Groups["type"].Value == "Sex" && (sex is null || start < sex.Value.Start))
            {
                sex = (start, text);
            }
        }

        return (age is { } a ? ParseAge(a.Text) : null, sex is { } s ? ParseSex(s.Text) : null);
    }

    private static double? ParseAge(string text)
    {
        if (text.Contains("newborn", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var match = AgeRegex().Match(text);
        if (!match.Success || DecadeRegex().IsMatch(text))
        {
            return null;
        }

        var value = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["half"].Success)
        {
            value += 0.5;
        }

        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            var u when u.StartsWith('m') => Math.Round(value / 12, 2),
            var u when u.StartsWith('w') => Math.Round(value / 52, 2),
            var u when u.StartsWith('d') => Math.Round(value / 365, 2),
            _ => value,
        };
    }

    private static string? ParseSex(string text) => text.ToLowerInvariant() switch
    {
        "man" or "male" or "boy" or "gentleman" or "m" => "male",
        "woman" or "female" or "girl" or "lady" or "f" or "primipara" => "female",
        _ => null,
    };

    [GeneratedRegex(@"\d0'?s\b")]
    private static partial Regex DecadeRegex();

    [GeneratedRegex(@"^T\d+\t(?<type>Age|Sex) (?<start>\d+) \d+\t(?<text>.*)$")]
    private static partial Regex EntityRegex();

    [GeneratedRegex(@"(?<n>\d+)(?<half> and a half)?(?:\D*?(?<unit>year|yr|month|week|day))?", RegexOptions.IgnoreCase)]
    private static partial Regex AgeRegex();
}
