using CaseIngest.Core;
using CaseIngest.Core.Model;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>Hand-built records for storage and query tests.</summary>
internal static class TestRecords
{
    public static CaseRecord Make(
        string name,
        string[]? drugs = null,
        string? status = null,
        string[]? markers = null,
        string[]? outcomes = null,
        string[]? diagnoses = null,
        string? doi = null,
        string? pmid = null,
        string? pmcid = null)
    {
        var evidence = new Evidence(0, 4, "case", "Case presentation");
        return new CaseRecord
        {
            ExtractorVersion = CaseEngine.ExtractorVersion,
            Id = RecordIds.FromName(name),
            Document = new DocumentInfo { Name = name, Format = "text", Sha256 = RecordIds.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(name)), Length = 4 },
            Article = new ArticleInfo { Title = "Title of " + name, Doi = doi, Pmid = pmid, Pmcid = pmcid },
            Patients = [new Patient { Id = "P1", AgeYears = 57, Sex = "male" }],
            Drugs = [.. (drugs ?? []).Select(d => new DrugFact { Patient = "P1", Name = d, Mention = d, Status = status ?? TreatmentStatus.Given, Evidence = evidence })],
            Markers = [.. (markers ?? []).Select(m => new MarkerFact { Patient = "P1", Name = m, Evidence = evidence })],
            Outcomes = [.. (outcomes ?? []).Select(o => new OutcomeFact { Patient = "P1", Kind = o, Evidence = evidence })],
            Diagnoses = [.. (diagnoses ?? []).Select(d => new Diagnosis { Patient = "P1", Name = d, Evidence = evidence })],
        };
    }

    /// <summary>A diagnosis as extraction gives it: the name and, when it has one, its OncoTree node.</summary>
    public static Diagnosis Diagnosis(string name, string? code) => new()
    {
        Patient = "P1",
        Name = name,
        Oncotree = code is null ? null : new OncoTreeNode { Code = code, Name = Core.Vocabulary.QueryVocabulary.Default.OncoTreeName(code) ?? code },
        Evidence = new Evidence(0, 4, "case", "Case presentation"),
    };

    /// <summary>A value unique to one test run, so tests sharing one Azurite do not see each other's records.</summary>
    public static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];
}
