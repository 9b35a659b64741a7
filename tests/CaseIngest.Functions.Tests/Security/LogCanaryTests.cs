using System.Text;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Functions.Tests.Reliability;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Security;

/// <summary>
/// Documents holding a unique canary string and requests carrying a fake function key go through every path (blob
/// trigger, duplicate delivery, missing blob, rejection, engine fault, queue messages, query API, error answers, container watcher, drop folder) while
/// all log output is captured: neither the canary nor the key appears in any log line, and no answer echoes the key.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class LogCanaryTests(AzuriteFixture azurite)
{
    private static readonly CaseEngine Engine =
        new(pipeline: DefaultPipeline.Create(new EngineOptions()).With(new KeywordStep()).With(new FailingStep()));

    [Fact]
    public async Task NeitherDocumentTextNorKeysReachTheLogsOrTheAnswers()
    {
        _ = azurite.ConnectionString;
        var canary = "CANARY" + Guid.NewGuid().ToString("N");
        var key = "fakeKey" + Guid.NewGuid().ToString("N");
        var drop = Path.Combine(Path.GetTempPath(), TestRecords.Unique("canary-drop"));
        Directory.CreateDirectory(drop);
        var logs = new CapturedLogs();
        var answers = new List<string>();
        try
        {
            await using var factory = new LocalHostFactory(
                new Dictionary<string, string?>
                {
                    ["CaseIngest:Local:Watch"] = "true",
                    ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
                    ["CaseIngest:Local:DropDirectory"] = drop,
                    ["Logging:LogLevel:CaseIngest"] = "Trace",
                },
                Engine,
                logs);
            await using var handler = new FunctionApp(new Dictionary<string, string?> { ["Logging:LogLevel:CaseIngest"] = "Trace" }, Engine, logs);
            var client = factory.CreateClient();
            var handlerClient = handler.CreateClient();
            handlerClient.DefaultRequestHeaders.Add("x-functions-key", key);
            client.DefaultRequestHeaders.Add("x-functions-key", key);
            var prefix = TestRecords.Unique("canary");
            var readable = Encoding.UTF8.GetBytes($"Case presentation\nA man with sarcoma ({canary}) received pembrolizumab. {canary}");
            var malformed = Encoding.UTF8.GetBytes($"%PDF-1.7\n{canary}\n%%EOF");
            var failing = Encoding.UTF8.GetBytes($"A man with sarcoma. {canary} {FailingStep.Trigger}");
            await handler.UploadAsync(prefix + "/readable.txt", readable);
            await handler.UploadAsync(prefix + "/malformed.xml", malformed);
            await handler.UploadAsync(prefix + "/failing.txt", failing);

            async Task SendAsync(Func<Task<HttpResponseMessage>> request)
            {
                var response = await request();
                answers.Add($"{(int)response.StatusCode} {response.Headers} {response.Content.Headers} {await response.Content.ReadAsStringAsync()}");
            }

            async Task TriggerAsync(string name)
            {
                try
                {
                    await handler.TriggerAsync(name);
                }
                catch (InvalidOperationException ex)
                {
                    answers.Add(ex.ToString());
                }
            }

            await TriggerAsync(prefix + "/readable.txt");
            await TriggerAsync(prefix + "/readable.txt");
            await TriggerAsync(prefix + "/malformed.xml");
            for (var attempt = 0; attempt < 3; attempt++)
            {
                await TriggerAsync(prefix + "/failing.txt");
            }

            // Ingest logs name the blob (sanitized) once per outcome, so the canary stays out of names.
            await TriggerAsync(prefix + "/gone.txt");
            await handler.DequeueAsync("not json " + canary);
            await handler.DequeueAsync(ReprocessQueue.Serialize(new ReprocessMessage(prefix + "/readable.txt")));
            var id = RecordIds.FromName(prefix + "/readable.txt");
            foreach (var url in new[]
            {
                $"/api/cases?drug=pembrolizumab&code={key}",
                $"/api/cases?drug={canary}&code={key}",
                $"/api/cases?top=0&code={key}",
                $"/api/cases?status={key}&code={key}",
                $"/api/cases?continuationToken={key}&code={key}",
                $"/api/cases/{id}?code={key}",
                $"/api/cases/{id}?includeText=true&code={key}",
                $"/api/cases/0123456789abcdef0123456789abcdef?code={key}",
                $"/api/facets/drug?code={key}",
                $"/api/facets/nothing?code={key}",
                $"/api/rejections?code={key}",
                $"/api/rejections?top={key}&code={key}",
                $"/api/health?code={key}",
                $"/api/nowhere?code={key}",
            })
            {
                await SendAsync(() => client.GetAsync(new Uri(url, UriKind.Relative)));
                await SendAsync(() => handlerClient.GetAsync(new Uri(url, UriKind.Relative)));
            }

            var documents = factory.Services.GetRequiredService<DocumentStore>();
            await documents.UploadAsync(prefix + "/watched.txt", new MemoryStream(readable));
            await File.WriteAllBytesAsync(Path.Combine(drop, "dropped-" + prefix + ".txt"), readable);
            var store = factory.Services.GetRequiredService<CaseStore>();
            await ApiJson.WaitUntilAsync(async () =>
                await store.GetSummaryAsync(RecordIds.FromName(prefix + "/watched.txt")) is not null
                && await store.GetSummaryAsync(RecordIds.FromName("dropped-" + prefix + ".txt")) is not null, 30);

            Assert.NotNull(await store.GetSummaryAsync(id));
            Assert.True((await store.GetStateAsync(RecordIds.FromName(prefix + "/malformed.xml")))!.Rejected);
            Assert.True((await store.GetStateAsync(RecordIds.FromName(prefix + "/failing.txt")))!.Rejected);
        }
        finally
        {
            Directory.Delete(drop, recursive: true);
        }

        Assert.NotEmpty(logs.Entries);
        Assert.Contains(logs.Entries, e => e.Contains("Ingested record", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Contains("Rejected document", StringComparison.Ordinal));
        var all = logs.All;
        Assert.DoesNotContain(canary, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(azurite.ConnectionString.Split("AccountKey=")[1].Split(';')[0], all, StringComparison.Ordinal);
        Assert.All(answers, a => Assert.DoesNotContain(key, a, StringComparison.OrdinalIgnoreCase));
    }
}
