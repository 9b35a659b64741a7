using System.Diagnostics;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using CaseIngest.TextAnalytics.Client.Wire;

namespace CaseIngest.TextAnalytics.Client;

/// <summary>
/// A client of Azure AI Language's analyze-text jobs for the Healthcare task (Text Analytics for Health), built on
/// Azure.Core's pipeline: retries of 429 and 5xx answers honouring <c>Retry-After</c>, a bearer token with the
/// Cognitive Services scope or a resource key. <see cref="AnalyzeHealthcare"/> submits a job, polls its
/// <c>Operation-Location</c> until it ends and returns the results. Thread-safe; create one per endpoint.
/// </summary>
public sealed class TextAnalyticsClient
{
    private static readonly ResponseClassifier Classifier = new StatusCodeClassifier([200, 202]);

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly TextAnalyticsClientOptions _options;

    /// <summary>A client that authenticates with a bearer token from <paramref name="credential"/> (a managed identity, say).</summary>
    public TextAnalyticsClient(Uri endpoint, TokenCredential credential, TextAnalyticsClientOptions? options = null)
        : this(endpoint, options, new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), TextAnalyticsClientOptions.Scope))
    {
    }

    /// <summary>A client that sends the resource key in <c>Ocp-Apim-Subscription-Key</c>.</summary>
    public TextAnalyticsClient(Uri endpoint, string key, TextAnalyticsClientOptions? options = null)
        : this(endpoint, options, new SubscriptionKeyPolicy(string.IsNullOrWhiteSpace(key) ? throw new ArgumentException("The key is empty.", nameof(key)) : key))
    {
    }

    private TextAnalyticsClient(Uri endpoint, TextAnalyticsClientOptions? options, HttpPipelinePolicy authentication)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The endpoint must be an absolute URI.", nameof(endpoint));
        }

        _endpoint = endpoint;
        _options = options ?? new TextAnalyticsClientOptions();
        _pipeline = HttpPipelineBuilder.Build(_options, [], [authentication], Classifier);
    }

    public TextAnalyticsClientOptions Options => _options;

    public HealthcareJobResult AnalyzeHealthcare(IReadOnlyList<HealthcareInput> documents, CancellationToken cancellationToken = default) =>
        AnalyzeCore(documents, async: false, cancellationToken).AsTask().GetAwaiter().GetResult();

    public Task<HealthcareJobResult> AnalyzeHealthcareAsync(IReadOnlyList<HealthcareInput> documents, CancellationToken cancellationToken = default) =>
        AnalyzeCore(documents, async: true, cancellationToken).AsTask();

    private async ValueTask<HealthcareJobResult> AnalyzeCore(IReadOnlyList<HealthcareInput> documents, bool async, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return new HealthcareJobResult([], null);
        }

        var started = Stopwatch.StartNew();
        var operation = await SubmitAsync(documents, async, cancellationToken).ConfigureAwait(false);
        var state = await PollAsync(operation, started, async, cancellationToken).ConfigureAwait(false);
        return await ResultsAsync(state, async, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Uri> SubmitAsync(IReadOnlyList<HealthcareInput> documents, bool async, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath("/language/analyze-text/jobs", escape: false);
        request.Uri.AppendQuery("api-version", _options.ApiVersion);
        request.Headers.SetValue("Content-Type", "application/json");
        request.Headers.SetValue("Accept", "application/json");
        request.Content = RequestContent.Create(JobRequest.Create(documents, _options.Language, _options.ModelVersion));
        await SendAsync(message, async, cancellationToken).ConfigureAwait(false);

        var response = message.Response;
        if (response.Status != 202)
        {
            throw Failure(response, "The service did not accept the job");
        }

        if (!response.Headers.TryGetValue("Operation-Location", out var location) || !Uri.TryCreate(location, UriKind.Absolute, out var operation))
        {
            throw new TextAnalyticsException("invalid-response", "The service accepted the job without an Operation-Location header.", response.Status);
        }

        return operation;
    }

    private async ValueTask<JobState> PollAsync(Uri operation, Stopwatch started, bool async, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (state, retryAfter) = await GetStateAsync(operation, async, cancellationToken).ConfigureAwait(false);
            switch (state.Status)
            {
                case "succeeded" or "partiallyCompleted":
                    return state;
                case "failed" or "cancelled":
                    var error = state.Errors.FirstOrDefault();
                    throw new TextAnalyticsException(
                        error?.Code ?? state.Status,
                        $"The Text Analytics job {state.Status}: {error?.Code ?? "no error code"}: {error?.Message ?? "no message"}");
            }

            var remaining = _options.JobTimeout - started.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TextAnalyticsException(
                    "timeout",
                    $"The Text Analytics job did not finish within {_options.JobTimeout.TotalSeconds:0.#} s (last status: {state.Status ?? "none"}).");
            }

            var delay = retryAfter ?? _options.PollInterval;
            await DelayAsync(delay < remaining ? delay : remaining, async, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<HealthcareJobResult> ResultsAsync(JobState first, bool async, CancellationToken cancellationToken)
    {
        var documents = new List<HealthcareDocumentResult>();
        string? modelVersion = null;
        var state = first;
        var pages = 0;
        while (true)
        {
            foreach (var task in state.Tasks?.Items ?? [])
            {
                if (task.Status is not "succeeded" || task.Results is null)
                {
                    throw new TextAnalyticsException("task-failed", $"The Healthcare task of the job ended as {task.Status ?? "unknown"}: {state.Errors.FirstOrDefault()?.Message ?? "no message"}");
                }

                if (task.Results.Errors.FirstOrDefault() is { } rejected)
                {
                    throw new TextAnalyticsException(
                        rejected.Error?.Code ?? "document-error",
                        $"The service could not read document {rejected.Id}: {rejected.Error?.Code}: {rejected.Error?.Message}");
                }

                documents.AddRange(task.Results.Documents);
                modelVersion ??= task.Results.ModelVersion;
            }

            if (state.NextLink is not { Length: > 0 } next || ++pages > 100 || !Uri.TryCreate(next, UriKind.Absolute, out var nextUri))
            {
                return new HealthcareJobResult(documents, modelVersion);
            }

            (state, _) = await GetStateAsync(nextUri, async, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<(JobState State, TimeSpan? RetryAfter)> GetStateAsync(Uri uri, bool async, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Get;
        message.Request.Uri.Reset(uri);
        message.Request.Headers.SetValue("Accept", "application/json");
        await SendAsync(message, async, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.Status != 200)
        {
            throw Failure(response, response.Status == 404 ? "The job is gone (expired or unknown)" : "The service did not answer the job's status");
        }

        try
        {
            var state = JsonSerializer.Deserialize<JobState>(response.Content.ToMemory().Span, WireJson.Options);
            return state?.Status is { Length: > 0 }
                ? (state, RetryAfter.Of(response))
                : throw new TextAnalyticsException("invalid-response", "The job's status answer has no status.", response.Status);
        }
        catch (JsonException ex)
        {
            throw new TextAnalyticsException("invalid-response", "The job's status answer is not the documented JSON.", response.Status, ex);
        }
    }

    /// <summary>Sends through the pipeline; a service that stays unreachable after the retries is one clear error.</summary>
    private async ValueTask SendAsync(HttpMessage message, bool async, CancellationToken cancellationToken)
    {
        try
        {
            if (async)
            {
                await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                _pipeline.Send(message, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new TextAnalyticsException("unreachable", "The Text Analytics service could not be reached (network failure or timeout, after the retries).", null, ex);
        }
    }

    private static async ValueTask DelayAsync(TimeSpan delay, bool async, CancellationToken cancellationToken)
    {
        if (async)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            cancellationToken.WaitHandle.WaitOne(delay);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The service's error code and message from an error answer; the request (and its key) is never quoted.</summary>
    private static TextAnalyticsException Failure(Response response, string what)
    {
        ServiceMessage? error = null;
        try
        {
            error = response.Content.ToMemory().Length > 0 ? JsonSerializer.Deserialize<ErrorResponse>(response.Content.ToMemory().Span, WireJson.Options)?.Error : null;
        }
        catch (JsonException)
        {
            // Not the documented error body: the status alone says what failed.
        }

        var code = error?.Code ?? (response.Headers.TryGetValue("x-ms-error-code", out var header) ? header : null) ?? $"http-{response.Status}";
        return new TextAnalyticsException(code, $"{what}: HTTP {response.Status} {code}: {error?.Message ?? response.ReasonPhrase}", response.Status);
    }
}
