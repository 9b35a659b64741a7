using CaseIngest.Core.Model;
using CaseIngest.TextAnalytics.Client;
using CaseIngest.TextAnalytics.Tests.Double;

namespace CaseIngest.TextAnalytics.Tests.Mapping;

/// <summary>How the service's entities, relations and assertions become facts beside the rules' facts.</summary>
public sealed class TextAnalyticsStepTests
{
    private readonly ModelReader _reader = new();
    private readonly StepEngine _engine;

    public TextAnalyticsStepTests()
    {
        _engine = new StepEngine(_reader);
    }

    private CaseRecord Read(string text, HealthModel model)
    {
        _reader.Model = model;
        var record = _engine.Extract(text);
        AssertEvidenceIsExact(record);
        return record;
    }

    internal static void AssertEvidenceIsExact(CaseRecord record)
    {
        var text = record.Document.Text!;
        IEnumerable<Evidence> evidence = [.. record.Diagnoses.Select(d => d.Evidence), .. record.Drugs.Select(d => d.Evidence), .. record.Markers.Select(m => m.Evidence), .. record.AdverseEvents.Select(a => a.Evidence)];
        Assert.All(evidence, e => Assert.Equal(e.Text, text.Substring(e.Start, e.End - e.Start)));
    }

    [Fact]
    public void AMedicationBothReadersFoundCarriesBothSourcesAndTheServicesLinks()
    {
        const string text = "A 67-year-old man with lung adenocarcinoma received pembrolizumab 200 mg intravenously every 3 weeks.";
        var record = Read(text, new HealthModel([Terms.Medication("pembrolizumab"), new Term("200 mg", "Dosage")], [new Relation("DosageOfMedication", "Dosage", "200 mg", "Medication", "pembrolizumab")]));

        var drug = Assert.Single(record.Drugs);
        Assert.Equal("pembrolizumab", drug.Name);
        Assert.Equal(FactSource.RulesAndTextAnalytics, drug.Source);
        Assert.Contains(new VocabularyLink("RxNorm", "1547545"), drug.Links!);
        Assert.Contains(new VocabularyLink("UMLS", "C3658706"), drug.Links!);
        Assert.DoesNotContain(drug.Links!, l => l.System == "CHV");
        var drugs = record.ReaderComparison!.Categories.Single(c => c.Category == "drugs");
        Assert.Equal((1, 0, 0), (drugs.Both, drugs.RulesOnly, drugs.SecondReaderOnly));
    }

    [Fact]
    public void AMedicationOnlyTheServiceFoundIsAddedWithItsDosageRouteAndFrequency()
    {
        const string text = "The patient received zoltrix 40 mg orally twice daily for her lymphoma.";
        var record = Read(text, new HealthModel(
            [Terms.Medication("zoltrix", rxnorm: "99999"), new Term("40 mg", "Dosage"), new Term("orally", "MedicationRoute"), new Term("twice daily", "Frequency")],
            [new Relation("DosageOfMedication", "Dosage", "40 mg", "Medication", "zoltrix"), new Relation("RouteOfMedication", "Medication", "zoltrix", "Route", "orally"), new Relation("FrequencyOfMedication", "Medication", "zoltrix", "Frequency", "twice daily")]));

        var drug = Assert.Single(record.Drugs, d => d.Name == "zoltrix");
        Assert.Equal(FactSource.TextAnalytics, drug.Source);
        Assert.Equal(TreatmentStatus.Given, drug.Status);
        Assert.Equal(new Dose(40, "mg"), drug.Dose);
        Assert.Equal("oral", drug.Route);
        Assert.Equal(new Frequency(0.5, "day"), drug.Frequency);
        Assert.Equal("zoltrix", drug.Evidence.Text);
        Assert.Equal([new VocabularyLink("UMLS", "C3658706"), new VocabularyLink("RxNorm", "99999")], drug.Links);
        Assert.Equal(1, record.ReaderComparison!.Categories.Single(c => c.Category == "drugs").SecondReaderOnly);
    }

    [Fact]
    public void ANegatedMedicationIsNotGivenAndAHypotheticalOnePlanned()
    {
        const string text = "Zoltrix was not started. If the rash returns, quorbex will be given.";
        var record = Read(text, new HealthModel([Terms.Medication("Zoltrix", "zoltrix") with { Assertion = Terms.Negated }, Terms.Medication("quorbex") with { Assertion = Terms.Hypothetical }]));

        Assert.Equal(TreatmentStatus.NotGiven, Assert.Single(record.Drugs, d => d.Name == "zoltrix").Status);
        Assert.Equal(TreatmentStatus.Planned, Assert.Single(record.Drugs, d => d.Name == "quorbex").Status);
    }

    [Fact]
    public void DiagnosesOfSomeoneElseOrNegatedOrUncertainAreDropped()
    {
        const string text = "A 50-year-old woman had hypertension. Her mother had glaucoma. There was no sarcoidosis. Possible vasculitis was considered.";
        var record = Read(text, new HealthModel(
        [
            new Term("hypertension", "Diagnosis", Links: [("UMLS", "C0020538"), ("SNOMEDCT_US", "38341003")]),
            new Term("glaucoma", "Diagnosis", Assertion: Terms.SomeoneElse),
            new Term("sarcoidosis", "Diagnosis", Assertion: Terms.Negated),
            new Term("vasculitis", "Diagnosis", Assertion: new System.Text.Json.Nodes.JsonObject { ["certainty"] = "positivePossible" }),
        ]));

        var added = record.Diagnoses.Where(d => d.Source is not null).ToList();
        var diagnosis = Assert.Single(added);
        Assert.Equal("hypertension", diagnosis.Name);
        Assert.Equal(FactSource.TextAnalytics, diagnosis.Source);
        Assert.Equal([new VocabularyLink("UMLS", "C0020538"), new VocabularyLink("SNOMED CT", "38341003")], diagnosis.Links);
    }

    [Fact]
    public void ASymptomTheSentenceAttributesToAGivenMedicationIsAnAdverseEvent()
    {
        const string text = "She received zoltrix for lymphoma. Zoltrix-induced blurry vision resolved. On day 9 she had grade 3 myalgia after zoltrix.";
        var record = Read(text, new HealthModel(
            [Terms.Medication("zoltrix"), Terms.Medication("Zoltrix", "zoltrix"), new Term("blurry vision", "SymptomOrSign"), new Term("myalgia", "SymptomOrSign"), new Term("grade 3", "ConditionScale")],
            [new Relation("ScaleOfCondition", "Scale", "grade 3", "Condition", "myalgia")]));

        var events = record.AdverseEvents.Where(a => a.Source is not null).OrderBy(a => a.Evidence.Start).ToList();
        Assert.Equal(["blurry vision", "myalgia"], events.Select(a => a.Term));
        Assert.Equal(FactSource.TextAnalytics, events[0].Source);
        Assert.Equal(["zoltrix"], events[0].Therapy);
        Assert.Null(events[0].Grade);
        Assert.Equal(3, events[1].Grade);
    }

    [Fact]
    public void ASymptomWithoutAttributionOrOfThePastIsNoAdverseEvent()
    {
        const string text = "She had a cough. She received zoltrix. She had fatigue and took zoltrix. Zoltrix-related alopecia was noted years ago.";
        var record = Read(text, new HealthModel(
            [Terms.Medication("zoltrix"), Terms.Medication("Zoltrix", "zoltrix"), new Term("cough", "SymptomOrSign"), new Term("fatigue", "SymptomOrSign"), new Term("alopecia", "SymptomOrSign", Assertion: Terms.Past)]));

        Assert.DoesNotContain(record.AdverseEvents, a => a.Source is not null);
    }

    [Fact]
    public void AGeneWithAVariantIsAMarkerWithItsApprovedSymbol()
    {
        const string text = "Sequencing of the lung adenocarcinoma showed KRAS G12C and the tumour was SOX10 positive.";
        var record = Read(text, new HealthModel(
            [new Term("KRAS", "GeneOrProtein", Links: [("HGNC", "HGNC:6407")]), new Term("G12C", "Variant"), new Term("SOX10", "GeneOrProtein"), new Term("positive", "Expression")],
            [new Relation("VariantOfGene", "Gene", "KRAS", "Variant", "G12C"), new Relation("ExpressionOfGene", "Gene", "SOX10", "Expression", "positive")]));

        var kras = Assert.Single(record.Markers, m => m.Gene == "KRAS");
        Assert.NotNull(kras.Source);
        Assert.Contains(new VocabularyLink("HGNC", "HGNC:6407"), kras.Links!);
        Assert.Single(record.Markers, m => m.Gene == "SOX10" && m.Source is not null);
        var markers = record.ReaderComparison!.Categories.Single(c => c.Category == "markers");
        Assert.Equal(2, markers.Both + markers.SecondReaderOnly);
    }

    [Fact]
    public void TextOutsideTheCaseYieldsNoFactOfTheService()
    {
        const string text = "Case presentation\nA 60-year-old man received cisplatin for lung cancer.\n\nReferences\n1. Smith J. Zoltrix in lung cancer. J Onc. 2020.";
        var record = Read(text, new HealthModel([Terms.Medication("Zoltrix", "zoltrix")]));

        Assert.DoesNotContain(record.Drugs, d => d.Name == "zoltrix");
    }

    [Fact]
    public void WhenTheServiceFailsTheRecordKeepsTheRulesFactsAndSaysWhy()
    {
        const string text = "A 67-year-old man with lung adenocarcinoma received pembrolizumab 200 mg every 3 weeks.";
        _reader.Failure = new TextAnalyticsException("timeout", "The Text Analytics job did not finish within 120 s (last status: running).");
        var withFailure = _engine.Extract(text);
        var rulesOnly = new StepEngine(new NoReader()).Extract(text);

        Assert.Equal(rulesOnly.Drugs, withFailure.Drugs);
        Assert.Equal(rulesOnly.Diagnoses, withFailure.Diagnoses);
        Assert.StartsWith("timeout: ", withFailure.ReaderComparison!.Error, StringComparison.Ordinal);
        Assert.Empty(withFailure.ReaderComparison.Categories);
    }

    [Fact]
    public void ADocumentThatReportsNoCaseIsNotSent()
    {
        const string text = "Background: In this retrospective cohort study, 212 patients with melanoma were enrolled and treated with nivolumab.";
        _reader.Model = new HealthModel([Terms.Medication("nivolumab")]);

        var record = _engine.Extract(text);

        Assert.False(record.Article.IsCaseReport);
        Assert.Equal(0, _reader.Calls);
        Assert.Empty(record.Drugs);
        Assert.Equal(0, record.ReaderComparison!.DocumentsSent);
    }

    private sealed class NoReader : TextAnalytics.Reading.IHealthcareReader
    {
        public TextAnalytics.Reading.HealthcareReading Read(string text, IReadOnlyList<Core.Parsing.Section> sections, IReadOnlyList<Core.Text.Sentence> sentences, CancellationToken cancellationToken = default) =>
            new() { DocumentsSent = 1, CharactersSent = text.Length };
    }
}
