using Azure;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using CaseIngest.Storage;
using Microsoft.Extensions.Logging;

namespace CaseIngest.Functions.Tests.LocalHost;

/// <summary>Storage failures are logged once per outage, with the blob's name and a short reason, never a stack trace or a URL.</summary>
public sealed class StorageOutageTests
{
    [Fact]
    public void AnOutageIsLoggedOnceWithTheBlobNameAndItsEndOnce()
    {
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var outage = new StorageOutage(factory.CreateLogger<StorageOutage>());
        var restored = 0;
        outage.Restored += () => restored++;

        for (var i = 0; i < 60; i++)
        {
            outage.Failed("ingesting", $"reports/case-{i}.txt", Refused());
        }

        outage.Succeeded();
        outage.Succeeded();
        outage.Failed("listing the container", null, Refused());

        var lines = logs.Entries.ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("while ingesting reports/case-0.txt", lines[0], StringComparison.Ordinal);
        Assert.Contains("ConnectionError", lines[0], StringComparison.Ordinal);
        Assert.Contains("60 failed operation(s)", lines[1], StringComparison.Ordinal);
        Assert.Contains("while listing the container", lines[2], StringComparison.Ordinal);
        Assert.Equal(1, restored);
        Assert.True(outage.IsOngoing);
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain("sig=", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(503, true)]
    [InlineData(429, true)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    public void OnlyUnreachableOrOverloadedStorageCountsAsAnOutage(int status, bool outage)
    {
        Assert.Equal(outage, StorageFailures.IsUnavailable(new RequestFailedException(status, "failed")));
        Assert.Equal(outage, StorageFailures.IsUnavailable(new AggregateException(new RequestFailedException(status, "failed"))));
        Assert.False(StorageFailures.IsUnavailable(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void AContainerOrQueueGoneWithARestartedEmulatorIsCreatedAgainNotCountedAsAnOutage()
    {
        Assert.True(StorageFailures.IsMissingStore(new RequestFailedException(404, "gone", "QueueNotFound", null)));
        Assert.True(StorageFailures.IsMissingStore(new AggregateException(new RequestFailedException(404, "gone", "ContainerNotFound", null))));
        Assert.False(StorageFailures.IsMissingStore(new RequestFailedException(404, "gone", "BlobNotFound", null)));
        Assert.False(StorageFailures.IsUnavailable(new RequestFailedException(404, "gone", "QueueNotFound", null)));
    }

    private static RequestFailedException Refused() =>
        new(0, "Connection refused (127.0.0.1:10000) https://account/case-reports/x?sig=secret", new HttpRequestException(HttpRequestError.ConnectionError, "refused"));
}
