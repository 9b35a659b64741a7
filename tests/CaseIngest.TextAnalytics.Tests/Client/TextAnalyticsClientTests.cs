using System.Diagnostics;
using System.Text.Json;
using CaseIngest.TextAnalytics.Client;
using CaseIngest.TextAnalytics.Tests.Double;

namespace CaseIngest.TextAnalytics.Tests.Client;

/// <summary>The client against the local double of the analyze-text jobs API: submission, polling, results and failures.</summary>
public sealed class TextAnalyticsClientTests
{
    private const string Report = "She received pembrolizumab 200 mg intravenously every 3 weeks.";

    private static HealthModel Model() => new(
        [Terms.Medication("pembrolizumab"), new Term("200 mg", "Dosage"), new Term("intravenously", "MedicationRoute"), new Term("every 3 weeks", "Frequency")],
        [new Relation("DosageOfMedication", "Dosage", "200 mg", "Medication", "pembrolizumab"), new Relation("RouteOfMedication", "Medication", "pembrolizumab", "Route", "intravenously")]);

    [Fact]
    public async Task SubmitsAHealthcareJobPollsItsOperationLocationAndReadsTheResults()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.Model = Model();
        service.RunningPolls = 2;

        var result = await TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]);

        var submission = Assert.Single(service.Submissions);
        Assert.Equal("/language/analyze-text/jobs?api-version=2024-11-01", submission.PathAndQuery);
        using var body = JsonDocument.Parse(submission.Body);
        var task = body.RootElement.GetProperty("tasks")[0];
        Assert.Equal("Healthcare", task.GetProperty("kind").GetString());
        Assert.Equal("Utf16CodeUnit", task.GetProperty("parameters").GetProperty("stringIndexType").GetString());
        Assert.Equal(Report, body.RootElement.GetProperty("analysisInput").GetProperty("documents")[0].GetProperty("text").GetString());
        Assert.Equal(3, service.Polls.Count());

        var document = Assert.Single(result.Documents);
        Assert.Equal(["pembrolizumab", "200 mg", "intravenously", "every 3 weeks"], document.Entities.Select(e => e.Text));
        var medication = document.Entities[0];
        Assert.Equal(Report.IndexOf("pembrolizumab", StringComparison.Ordinal), medication.Offset);
        Assert.Contains(medication.Links, l => l.DataSource == "RXNORM" && l.Id == "1547545");
        Assert.Equal(["DosageOfMedication", "RouteOfMedication"], document.Relations.Select(r => r.RelationType));
        Assert.Equal(0, document.Relations[0].Entities.Single(e => e.Role == "Medication").EntityIndex());
        Assert.Equal("2023-04-15", result.ModelVersion);
    }

    [Fact]
    public async Task TheSynchronousPathGivesTheSameResults()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.Model = Model();
        service.RunningPolls = 1;
        var client = TestClients.WithKey(service);

        var result = await Task.Run(() => client.AnalyzeHealthcare([new HealthcareInput("0", Report)]));

        Assert.Equal(4, Assert.Single(result.Documents).Entities.Count);
    }

    [Fact]
    public async Task AFailedJobRaisesTheServiceErrorCodeAndMessage()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.RunningPolls = 1;
        service.FailJob = ("InternalServerError", "The model could not process the documents.");

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]));

        Assert.Equal("InternalServerError", error.Code);
        Assert.Contains("failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("The model could not process the documents.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARejectedSubmissionRaisesTheErrorOfTheBodyWithoutRetrying()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.SubmitFaults.Enqueue(new Fault(400, Code: "InvalidDocument", Message: "Document text is empty."));

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]));

        Assert.Equal("InvalidDocument", error.Code);
        Assert.Equal(400, error.Status);
        Assert.Single(service.Submissions);
    }

    [Fact]
    public async Task AThrottledSubmissionIsRetriedAfterTheWaitRetryAfterAsksFor()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.Model = Model();
        service.SubmitFaults.Enqueue(new Fault(429, RetryAfter: "1", Code: "TooManyRequests"));

        var watch = Stopwatch.StartNew();
        var result = await TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]);

        var submissions = service.Submissions.ToList();
        Assert.Equal(2, submissions.Count);
        Assert.True(submissions[1].At - submissions[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(submissions[1].At - submissions[0].At).TotalMilliseconds} ms");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Single(result.Documents);
    }

    [Fact]
    public async Task ServerErrorsAreRetriedThenTheJobSucceeds()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.Model = Model();
        service.SubmitFaults.Enqueue(new Fault(503));
        service.PollFaults.Enqueue(new Fault(500, Code: "InternalServerError"));
        service.PollFaults.Enqueue(new Fault(502, Code: "BadGateway"));

        var result = await TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]);

        Assert.Equal(2, service.Submissions.Count());
        Assert.Equal(3, service.Polls.Count());
        Assert.Equal(4, Assert.Single(result.Documents).Entities.Count);
    }

    [Fact]
    public async Task ServerErrorsBeyondTheRetriesRaiseTheLastError()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            service.SubmitFaults.Enqueue(new Fault(503));
        }

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]));

        Assert.Equal("ServiceUnavailable", error.Code);
        Assert.Equal(503, error.Status);
        Assert.Equal(4, service.Submissions.Count());
    }

    [Fact]
    public async Task PollingWaitsAsLongAsTheRunningJobsRetryAfterSays()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.Model = Model();
        service.RunningPolls = 1;
        service.RunningRetryAfter = "1";

        await TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]);

        var polls = service.Polls.ToList();
        Assert.Equal(2, polls.Count);
        Assert.True(polls[1].At - polls[0].At >= TimeSpan.FromMilliseconds(900), $"polled again after {(polls[1].At - polls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task AJobThatOutlivesTheTimeoutFailsWithACleanTimeoutError()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.RunningPolls = int.MaxValue;
        var client = TestClients.WithKey(service, o => o.JobTimeout = TimeSpan.FromMilliseconds(400));

        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => client.AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]));

        Assert.Equal("timeout", error.Code);
        Assert.Contains("did not finish within 0.4 s", error.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.True(service.Polls.Count() >= 2);
    }

    [Fact]
    public async Task AnAnswerWithoutOperationLocationIsAnInvalidResponse()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.SubmitFaults.Enqueue(new Fault(202, Code: "Accepted", Message: "no location"));

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]));

        Assert.Equal("invalid-response", error.Code);
    }

    [Fact]
    public async Task AnUnreachableServiceIsOneClearErrorAfterTheRetries()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new TextAnalyticsClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxRetries = 1;
        var client = new TextAnalyticsClient(new Uri($"http://127.0.0.1:{port}/"), TestClients.Key, options);

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => client.AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]));

        Assert.Equal("unreachable", error.Code);
        Assert.DoesNotContain(TestClients.Key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJobThatHasExpiredOnTheServiceIsReportedAsGone()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.PollFaults.Enqueue(new Fault(404, Code: "NotFound", Message: "The job does not exist or has expired."));

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", Report)]));

        Assert.Equal("NotFound", error.Code);
        Assert.Equal(404, error.Status);
        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsTheAnswerWritesAsNullReadAsEmpty()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.Model = new HealthModel([new Term("fever", "SymptomOrSign")]);
        service.Transform = document => document["relations"] = null;

        var result = await TestClients.WithKey(service).AnalyzeHealthcareAsync([new HealthcareInput("0", "She had fever.")]);

        var document = Assert.Single(result.Documents);
        Assert.Empty(document.Relations);
        Assert.Empty(Assert.Single(document.Entities).Links);
    }
}
