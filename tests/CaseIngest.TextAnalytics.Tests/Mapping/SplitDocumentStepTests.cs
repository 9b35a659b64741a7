using System.Text;
using CaseIngest.TextAnalytics.Reading;
using CaseIngest.TextAnalytics.Tests.Double;

namespace CaseIngest.TextAnalytics.Tests.Mapping;

/// <summary>The whole path on a report longer than the per-document limit: split, sent in several jobs, facts with exact evidence.</summary>
public sealed class SplitDocumentStepTests
{
    [Fact]
    public async Task EveryFactOfASplitReportHasExactEvidence()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        var limits = new HealthcareLimits { MaxCharactersPerDocument = 200, MaxDocumentsPerRequest = 3, MaxCharactersPerRequest = 600 };
        service.MaxCharactersPerDocument = limits.MaxCharactersPerDocument;
        service.MaxDocumentsPerRequest = limits.MaxDocumentsPerRequest;
        service.Model = new HealthModel(
            [Terms.Medication("zoltrix"), new Term("40 mg", "Dosage"), new Term("myalgia", "SymptomOrSign"), new Term("grade 2", "ConditionScale"), new Term("hypertension", "Diagnosis")],
            [new Relation("DosageOfMedication", "Dosage", "40 mg", "Medication", "zoltrix"), new Relation("ScaleOfCondition", "Scale", "grade 2", "Condition", "myalgia")]);
        var text = new StringBuilder("A 58-year-old woman (Zoë) with follicular lymphoma and hypertension was seen. ");
        for (var week = 1; week <= 15; week++)
        {
            text.Append("In week ").Append(week).Append(" she received zoltrix 40 mg and had grade 2 myalgia \U0001F4AC. ");
        }

        var engine = new StepEngine(new HealthcareReader(TestClients.WithKey(service), limits));

        var record = await Task.Run(() => engine.Extract(text.ToString()));

        Assert.True(service.Submissions.Count() >= 2, $"{service.Submissions.Count()} jobs");
        Assert.True(record.ReaderComparison!.DocumentsSent > 3, $"{record.ReaderComparison.DocumentsSent} documents");
        Assert.Null(record.ReaderComparison.Error);
        TextAnalyticsStepTests.AssertEvidenceIsExact(record);
        var drug = Assert.Single(record.Drugs, d => d.Name == "zoltrix");
        Assert.Equal(new Core.Model.Dose(40, "mg"), drug.Dose);
        Assert.Contains(record.AdverseEvents, a => a.Term == "myalgia" && a.Source is not null);
        Assert.Contains(record.Diagnoses, d => d.Name == "hypertension" && d.Source is not null);
    }
}
