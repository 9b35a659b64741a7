using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// A table client policy that writes down each request one actor sends and its answer, in one sequence shared by all
/// actors: the method, the entity addressed (partition and row), its If-Match and the status; a transaction as the
/// list of its operations. Rows are named by <see cref="Names"/> (record ids to short names) so a failing run reads as
/// a schedule. With a <see cref="ITableSchedule"/>, each request waits for the schedule's leave before it is sent, and
/// the schedule hears each answer, so concurrent callers interleave in the order it sets.
/// </summary>
internal sealed partial class TableRequestLog(ITableSchedule? schedule = null)
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ITableSchedule? _schedule = schedule;
    private int _sequence;

    /// <summary>Short names for ids that appear in partitions and rows (record ids, article ids).</summary>
    public ConcurrentDictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>The policy one actor's table client sends through.</summary>
    public HttpPipelinePolicy For(string actor) => new Policy(this, actor);

    private string Shorten(string text)
    {
        foreach (var (id, name) in Names)
        {
            text = text.Replace(id, name, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    private void Add(string actor, string text) =>
        _lines.Enqueue($"{Interlocked.Increment(ref _sequence),4} {actor} {Shorten(text)}");

    /// <summary>The operations of a request: one for a point request, each change of a transaction.</summary>
    private static string Describe(HttpMessage message)
    {
        var request = message.Request;
        var path = Uri.UnescapeDataString(request.Uri.ToUri().PathAndQuery);
        if (!path.Contains("$batch", StringComparison.Ordinal))
        {
            var ifMatch = request.Headers.TryGetValue("If-Match", out var etag) ? " if " + Tag(etag) : "";
            return request.Method + " " + Entity(path) + ifMatch;
        }

        using var body = new MemoryStream();
        request.Content?.WriteTo(body, default);
        var parts = new List<string>();
        string? pending = null;
        foreach (var line in Encoding.UTF8.GetString(body.ToArray()).Split("\r\n"))
        {
            if (OperationLine().Match(line) is { Success: true } op)
            {
                if (pending is not null)
                {
                    parts.Add(pending);
                }

                pending = op.Groups[1].Value + " " + Entity(Uri.UnescapeDataString(op.Groups[2].Value));
            }
            else if (pending is not null && pending.StartsWith("POST", StringComparison.Ordinal) && InsertedKey().Matches(line) is { Count: > 0 } keys)
            {
                // An insert names its entity in its body, not its address.
                string Key(string name) => keys.FirstOrDefault(k => k.Groups[1].Value == name)?.Groups[2].Value ?? "";
                var table = pending.Split(' ')[1];
                pending = "POST " + table[(table.LastIndexOf('/') + 1)..] + "(" + Key("PartitionKey") + "," + Key("RowKey") + ")";
            }
            else if (pending is not null && line.StartsWith("If-Match:", StringComparison.OrdinalIgnoreCase))
            {
                pending += " if " + Tag(line["If-Match:".Length..].Trim());
            }
        }

        if (pending is not null)
        {
            parts.Add(pending);
        }

        return "BATCH[" + string.Join("; ", parts) + "]";
    }

    private static string Entity(string path) =>
        EntityPath().Match(path) is { Success: true } m ? m.Groups[1].Value + "(" + m.Groups[2].Value + "," + m.Groups[3].Value + ")" : path.Split('?')[0];

    private static string Tag(string etag) => etag == "*" ? "*" : "e" + (etag.GetHashCode(StringComparison.Ordinal) & 0xffff).ToString("x4");

    /// <summary>Whether the request (every change of a transaction) succeeded.</summary>
    private static bool Succeeded(HttpMessage message) =>
        message.HasResponse && message.Response.Status < 300
        && (message.Response.Headers.ContentType?.StartsWith("multipart", StringComparison.OrdinalIgnoreCase) != true
            || SubStatus().Matches(message.Response.Content.ToString()).All(m => m.Groups[1].Value[0] == '2'));

    private static string Answer(HttpMessage message)
    {
        if (!message.HasResponse)
        {
            return "no answer";
        }

        var response = message.Response;
        var etag = response.Headers.ETag is { } e ? " " + Tag(e.ToString()) : "";
        if (response.Headers.ContentType?.StartsWith("multipart", StringComparison.OrdinalIgnoreCase) == true)
        {
            var text = response.Content.ToString();
            var statuses = SubStatus().Matches(text).Select(m => m.Groups[1].Value);
            var tags = SubTag().Matches(text).Select(m => Tag(m.Groups[1].Value.Trim()));
            return response.Status + " [" + string.Join(",", statuses) + "] etags [" + string.Join(",", tags) + "]";
        }

        return response.Status + etag;
    }

    [GeneratedRegex(@"^(PUT|POST|DELETE|MERGE|PATCH) (\S+) HTTP/1\.1$")]
    private static partial Regex OperationLine();

    [GeneratedRegex(@"/(\w+)\(PartitionKey='([^']*)',RowKey='([^']*)'\)")]
    private static partial Regex EntityPath();

    [GeneratedRegex(@"""(PartitionKey|RowKey)"":""([^""]*)""")]
    private static partial Regex InsertedKey();

    [GeneratedRegex(@"HTTP/1\.1 (\d{3})")]
    private static partial Regex SubStatus();

    [GeneratedRegex(@"(?im)^ETag:(.*)$")]
    private static partial Regex SubTag();

    private sealed class Policy(TableRequestLog log, string actor) : HttpPipelinePolicy
    {
        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var what = Describe(message);
            if (log._schedule is { } schedule)
            {
                await schedule.BeforeAsync(actor, what);
            }

            try
            {
                await ProcessNextAsync(message, pipeline);
            }
            finally
            {
                log.Add(actor, what + " -> " + Answer(message));
                log._schedule?.After(actor, what, Succeeded(message));
            }
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
    }
}
