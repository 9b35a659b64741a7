using System.Text;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;
using CaseIngest.TextAnalytics.Client;
using CaseIngest.TextAnalytics.Reading;
using CaseIngest.TextAnalytics.Tests.Double;

namespace CaseIngest.TextAnalytics.Tests.Reading;

/// <summary>A document over the service's limits is split, sent in several jobs, and every entity maps back exactly.</summary>
public sealed class HealthcareReaderTests
{
    private static readonly HealthcareLimits SmallLimits = new() { MaxCharactersPerDocument = 160, MaxDocumentsPerRequest = 2, MaxCharactersPerRequest = 320 };

    private static string LongReport()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 12; i++)
        {
            text.Append("On day ").Append(i * 7).Append(" the patient (Zoë, \U0001F9EA lab) received pembrolizumab and developed grade 2 pneumonitis. ");
        }

        return text.ToString();
    }

    [Fact]
    public async Task ADocumentOverThePerDocumentLimitIsSplitAndEveryOffsetPointsAtItsText()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.MaxCharactersPerDocument = SmallLimits.MaxCharactersPerDocument;
        service.MaxDocumentsPerRequest = SmallLimits.MaxDocumentsPerRequest;
        service.Model = new HealthModel([Terms.Medication("pembrolizumab"), new Term("pneumonitis", "SymptomOrSign"), new Term("grade 2", "ConditionScale")],
            [new Relation("ScaleOfCondition", "Scale", "grade 2", "Condition", "pneumonitis")]);
        var text = LongReport();
        Assert.True(text.Length > 4 * SmallLimits.MaxCharactersPerDocument);
        var reader = new HealthcareReader(TestClients.WithKey(service), SmallLimits);

        var reading = await Task.Run(() => reader.Read(text, [new Section("Case", SectionKind.Case, 0, text.Length)], SentenceSplitter.Split(text)));

        Assert.True(service.Submissions.Count() >= 3, $"{service.Submissions.Count()} jobs");
        Assert.Equal(36, reading.Entities.Count);
        Assert.All(reading.Entities, e => Assert.Equal(e.Entity.Text, text.Substring(e.Start, e.End - e.Start)));
        Assert.Equal(12, reading.Relations.Count);
        Assert.All(reading.Relations, r => Assert.Equal(["grade 2", "pneumonitis"], r.Members.Select(m => reading.Entities[m.Entity].Entity.Text)));
        Assert.Equal(0, reading.Dropped);
        Assert.Equal(text.TrimEnd().Length, reading.CharactersSent);
    }

    [Fact]
    public void AnEntityWhoseOffsetsDoNotPointAtItsTextIsDropped()
    {
        const string text = "Header. She received nivolumab.";
        var chunk = new TextChunk(8, text.Length);
        var document = new HealthcareDocumentResult
        {
            Id = "0",
            Entities =
            [
                new HealthcareEntity { Text = "nivolumab", Category = "MedicationName", Offset = 13, Length = 9 },
                new HealthcareEntity { Text = "nivolumab", Category = "MedicationName", Offset = 3, Length = 9 },
                new HealthcareEntity { Text = "received", Category = "Course", Offset = 4, Length = 40 },
            ],
        };
        var entities = new List<PlacedEntity>();

        var dropped = HealthcareReader.Place(text, chunk, document, entities, []);

        Assert.Equal(2, dropped);
        var placed = Assert.Single(entities);
        Assert.Equal("nivolumab", text[placed.Start..placed.End]);
    }
}
