using System.Text.Json;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Engine;

public sealed class SchemaVersionTests
{
    private const string VersionOneRecord = """
        {"schemaVersion":"1","extractorVersion":"1.0.0","id":"0123456789abcdef0123456789abcdef",
         "document":{"name":"a.txt","format":"text","sha256":"00","length":40},
         "article":{"title":"T","journal":null,"year":2024,"pmid":null,"pmcid":null,"doi":null,"authors":[],"keywords":[],"publicationTypes":[]},
         "patients":[{"id":"P1","ageYears":60,"sex":"female"}],
         "diagnoses":[{"patient":"P1","name":"melanoma","evidence":{"start":0,"end":8,"text":"melanoma","section":"Case presentation"}}],
         "drugs":[],"radiotherapy":[],"markers":[],"outcomes":[],
         "adverseEvents":[{"patient":"P1","term":"colitis","grade":3,"evidence":{"start":20,"end":27,"text":"colitis","section":"Case presentation"}}]}
        """;

    [Fact]
    public void AVersionOneRecordReadsWithTheNewFieldsEmpty()
    {
        var record = CaseJson.DeserializeRecord(VersionOneRecord);

        Assert.NotNull(record);
        Assert.Equal("1", record.SchemaVersion);
        Assert.Null(record.Article.IsCaseReport);
        Assert.Null(Assert.Single(record.Diagnoses).Oncotree);
        var adverse = Assert.Single(record.AdverseEvents);
        Assert.Equal(("colitis", 3), (adverse.Term, adverse.Grade));
        Assert.Null(adverse.CtcaeTerm);
        Assert.Null(adverse.MeddraCode);
        Assert.Empty(adverse.Therapy);
    }

    [Fact]
    public void NewRecordsAreVersionTwoAndWriteTheVersionTwoFields()
    {
        var record = new CaseRecord
        {
            ExtractorVersion = "1.0.0",
            Id = "0123456789abcdef0123456789abcdef",
            Document = new DocumentInfo { Name = "a.txt", Format = "text", Sha256 = "00", Length = 1 },
        };

        using var json = JsonDocument.Parse(CaseJson.Serialize(record));

        Assert.Equal("2", json.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("article").GetProperty("isCaseReport").ValueKind);
    }
}
