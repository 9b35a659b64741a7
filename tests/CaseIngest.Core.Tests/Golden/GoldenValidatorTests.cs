namespace CaseIngest.Core.Tests.Golden;

public sealed class GoldenValidatorTests : IDisposable
{
    private const string Valid = """
        {
          "source": "cases-io/medrbench-PMC11433725.txt",
          "article": { "title": "T", "authors": [] },
          "patients": [ { "id": "P1", "ageYears": 56, "sex": "male" } ],
          "diagnoses": [ { "patient": "P1", "name": "hepatocellular carcinoma" } ],
          "drugs": [ { "patient": "P1", "name": "atezolizumab", "status": "given", "dose": { "value": 1200, "unit": "mg" }, "frequency": { "every": 3, "unit": "week" } } ],
          "radiotherapy": [],
          "markers": [ { "patient": "P1", "name": "PD-L1", "result": "positive", "unit": "%" } ],
          "outcomes": [ { "patient": "P1", "kind": "partial-response", "therapy": ["atezolizumab"] } ],
          "adverseEvents": [ { "patient": "P1", "term": "colitis", "grade": 3 } ]
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("golden").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AcceptsAWellFormedRecord() => Assert.Empty(Validate(Valid));

    [Theory]
    [InlineData("\"status\": \"given\"", "\"status\": \"gave\"", "status \"gave\" is not in the contract vocabulary")]
    [InlineData("\"name\": \"atezolizumab\"", "\"name\": \"Atezolizumab\"", "name \"Atezolizumab\" is not lower case")]
    [InlineData("\"unit\": \"mg\"", "\"unit\": \"milligram\"", "unit \"milligram\" is not in the contract vocabulary")]
    [InlineData("\"unit\": \"week\"", "\"unit\": \"fortnight\"", "unit \"fortnight\" is not in the contract vocabulary")]
    [InlineData("\"kind\": \"partial-response\"", "\"kind\": \"pr\"", "kind \"pr\" is not in the contract vocabulary")]
    [InlineData("\"result\": \"positive\"", "\"result\": \"+\"", "result \"+\" is not in the contract vocabulary")]
    [InlineData("\"sex\": \"male\"", "\"sex\": \"m\"", "sex \"m\" is not in the contract vocabulary")]
    [InlineData("\"patient\": \"P1\", \"term\"", "\"patient\": \"P2\", \"term\"", "patient P2 is not listed in patients")]
    [InlineData("\"grade\": 3", "\"grade\": 3, \"severity\": 3", "unknown property severity")]
    [InlineData("PMC11433725.txt", "PMC00000000.txt", "is not in the corpus")]
    [InlineData("\"therapy\": [\"atezolizumab\"]", "\"therapy\": [\"Atezolizumab\"]", "therapy names must be lower-case strings")]
    public void ReportsAFaultOfTheFormat(string original, string replacement, string problem)
    {
        Assert.Contains(original, Valid, StringComparison.Ordinal);
        var problems = Validate(Valid.Replace(original, replacement, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsInvalidJson() => Assert.Contains("not valid JSON", Assert.Single(Validate("{ \"source\": ")), StringComparison.Ordinal);

    private List<string> Validate(string json)
    {
        var path = Path.Combine(_folder, "medrbench-PMC11433725" + GoldenFiles.Suffix);
        File.WriteAllText(path, json);
        return GoldenValidator.Validate(path);
    }
}
