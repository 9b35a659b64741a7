using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaseIngest.TextAnalytics.Tests.Double;

/// <summary>
/// A local stand-in for Azure AI Language's analyze-text jobs on a free 127.0.0.1 port (HTTP, or HTTPS with a test
/// certificate), following the documented API: POST /language/analyze-text/jobs answers 202 with Operation-Location,
/// GET on that location answers the job state (notStarted, running, then succeeded with the Healthcare task's results,
/// or failed with the job's errors). It enforces the per-document and per-request limits (400 for the whole request,
/// as the asynchronous API does), checks the key when one is required, and answers scripted faults first.
/// </summary>
internal sealed class LanguageServiceDouble : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Job> _jobs = new();

    private LanguageServiceDouble(WebApplication app, X509Certificate2? certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public Uri Endpoint { get; private set; } = null!;
    public X509Certificate2? Certificate { get; }
    public HealthModel Model { get; set; } = new([]);
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public ConcurrentQueue<Fault> SubmitFaults { get; } = new();
    public ConcurrentQueue<Fault> PollFaults { get; } = new();
    /// <summary>Polls answered "running" before the job succeeds.</summary>
    public int RunningPolls { get; set; }
    /// <summary>Retry-After sent with a "running" answer.</summary>
    public string? RunningRetryAfter { get; set; }
    /// <summary>When set, the job ends as failed with this error.</summary>
    public (string Code, string Message)? FailJob { get; set; }
    public string? RequiredKey { get; set; }
    /// <summary>A change made to every document result before it is sent (to test unusual but valid answers).</summary>
    public Action<JsonObject>? Transform { get; set; }
    public int MaxCharactersPerDocument { get; set; } = 125_000;
    public int MaxDocumentsPerRequest { get; set; } = 25;

    public IEnumerable<RecordedRequest> Submissions => Requests.Where(r => r.Method == "POST");
    public IEnumerable<RecordedRequest> Polls => Requests.Where(r => r.Method == "GET");

    public static async Task<LanguageServiceDouble> StartAsync(bool https = false)
    {
        var certificate = https ? TestCertificate.Create() : null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l =>
        {
            if (certificate is not null)
            {
                l.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var service = new LanguageServiceDouble(app, certificate);
        app.MapPost("/language/analyze-text/jobs", service.SubmitAsync);
        app.MapGet("/language/analyze-text/jobs/{id}", service.PollAsync);
        await app.StartAsync();
        service.Endpoint = new Uri(app.Urls.First());
        return service;
    }

    private async Task SubmitAsync(HttpContext http)
    {
        var body = await Record(http);
        if (!Authorized(http) || await Faulted(http, SubmitFaults))
        {
            return;
        }

        JsonNode? input;
        try
        {
            input = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            await Error(http, 400, "InvalidRequest", "Invalid JSON.");
            return;
        }

        var documents = input?["analysisInput"]?["documents"]?.AsArray().Select(d => (Id: d!["id"]!.GetValue<string>(), Text: d["text"]!.GetValue<string>())).ToList() ?? [];
        var task = input?["tasks"]?[0];
        if (http.Request.Query["api-version"] != "2024-11-01" || task?["kind"]?.GetValue<string>() != "Healthcare"
            || task["parameters"]?["stringIndexType"]?.GetValue<string>() != "Utf16CodeUnit" || documents.Count == 0)
        {
            await Error(http, 400, "InvalidArgument", "Expected one Healthcare task with UTF-16 offsets over at least one document.");
            return;
        }

        if (documents.Count > MaxDocumentsPerRequest || documents.Any(d => d.Text.Length > MaxCharactersPerDocument))
        {
            await Error(http, 400, "InvalidDocumentBatch", "A document or the batch is over the limit.");
            return;
        }

        var id = Guid.NewGuid().ToString();
        _jobs[id] = new Job(documents);
        http.Response.StatusCode = 202;
        http.Response.Headers["Operation-Location"] = new Uri(Endpoint, $"/language/analyze-text/jobs/{id}?api-version=2024-11-01").ToString();
    }

    private async Task PollAsync(HttpContext http, string id)
    {
        await Record(http);
        if (!Authorized(http) || await Faulted(http, PollFaults))
        {
            return;
        }

        if (!_jobs.TryGetValue(id, out var job))
        {
            await Error(http, 404, "NotFound", "The job does not exist or has expired.");
            return;
        }

        var polls = Interlocked.Increment(ref job.Polls);
        var state = new JsonObject
        {
            ["jobId"] = id,
            ["createdDateTime"] = job.Created.ToString("O"),
            ["lastUpdatedDateTime"] = DateTimeOffset.UtcNow.ToString("O"),
            ["expirationDateTime"] = job.Created.AddDays(1).ToString("O"),
            ["displayName"] = "caseingest",
            ["errors"] = new JsonArray(),
        };
        if (polls <= RunningPolls)
        {
            state["status"] = polls == 1 ? "notStarted" : "running";
            state["tasks"] = Tasks(0, 0, 1, null);
            if (RunningRetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = RunningRetryAfter;
            }
        }
        else if (FailJob is { } failure)
        {
            state["status"] = "failed";
            state["errors"] = new JsonArray(new JsonObject { ["code"] = failure.Code, ["message"] = failure.Message });
            state["tasks"] = Tasks(0, 1, 0, new JsonObject { ["kind"] = "HealthcareLROResults", ["taskName"] = "health", ["status"] = "failed", ["lastUpdateDateTime"] = DateTimeOffset.UtcNow.ToString("O") });
        }
        else
        {
            state["status"] = "succeeded";
            state["tasks"] = Tasks(1, 0, 0, new JsonObject
            {
                ["kind"] = "HealthcareLROResults",
                ["taskName"] = "health",
                ["status"] = "succeeded",
                ["lastUpdateDateTime"] = DateTimeOffset.UtcNow.ToString("O"),
                ["results"] = new JsonObject
                {
                    ["documents"] = new JsonArray([.. job.Documents.Select((d, i) => (JsonNode)Transformed(Model.Read(d.Id, d.Text, i)))]),
                    ["errors"] = new JsonArray(),
                    ["modelVersion"] = "2023-04-15",
                },
            });
        }

        await Json(http, 200, state);
    }

    private JsonObject Transformed(JsonObject document)
    {
        Transform?.Invoke(document);
        return document;
    }

    private static JsonObject Tasks(int completed, int failed, int inProgress, JsonObject? item) => new()
    {
        ["completed"] = completed,
        ["failed"] = failed,
        ["inProgress"] = inProgress,
        ["total"] = 1,
        ["items"] = item is null ? new JsonArray() : new JsonArray(item),
    };

    private async Task<string> Record(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path + http.Request.QueryString, headers, body, DateTimeOffset.UtcNow));
        return body;
    }

    private bool Authorized(HttpContext http)
    {
        if (RequiredKey is null || http.Request.Headers["Ocp-Apim-Subscription-Key"] == RequiredKey)
        {
            return true;
        }

        http.Response.StatusCode = 401;
        return false;
    }

    private static async Task<bool> Faulted(HttpContext http, ConcurrentQueue<Fault> faults)
    {
        if (!faults.TryDequeue(out var fault))
        {
            return false;
        }

        if (fault.RetryAfter is not null)
        {
            http.Response.Headers.RetryAfter = fault.RetryAfter;
        }

        await Error(http, fault.Status, fault.Code, fault.Message);
        return true;
    }

    private static Task Error(HttpContext http, int status, string code, string message) =>
        Json(http, status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    private static async Task Json(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate?.Dispose();
    }

    private sealed class Job(List<(string Id, string Text)> documents)
    {
        public int Polls;

        public List<(string Id, string Text)> Documents { get; } = documents;

        public DateTimeOffset Created { get; } = DateTimeOffset.UtcNow;
    }
}
