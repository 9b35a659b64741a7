using System.Text.RegularExpressions;

namespace CaseIngest.Worker.Tests.Support;

/// <summary>
/// Proxies in front of Azurite's blob, queue and table endpoints, and the connection string that names them: the
/// worker is given this one, so a test can make one service unavailable, or hold a request, while the worker runs.
/// </summary>
internal sealed partial class StorageProxy : IDisposable
{
    public StorageProxy(string connectionString)
    {
        Blobs = new EndpointProxy(PortOf(connectionString, "BlobEndpoint"));
        Queues = new EndpointProxy(PortOf(connectionString, "QueueEndpoint"));
        Tables = new EndpointProxy(PortOf(connectionString, "TableEndpoint"));
        ConnectionString = Endpoint().Replace(connectionString, m => m.Groups[1].Value + "=http://127.0.0.1:" + (m.Groups[1].Value switch
        {
            "BlobEndpoint" => Blobs.Port,
            "QueueEndpoint" => Queues.Port,
            _ => Tables.Port,
        }) + m.Groups[3].Value);
    }

    public string ConnectionString { get; }

    public EndpointProxy Blobs { get; }

    public EndpointProxy Queues { get; }

    public EndpointProxy Tables { get; }

    /// <summary>Every service passes every request again.</summary>
    public void Heal()
    {
        Blobs.Gate = null;
        Queues.Gate = null;
        Tables.Gate = null;
    }

    public void Dispose()
    {
        Blobs.Dispose();
        Queues.Dispose();
        Tables.Dispose();
    }

    private static int PortOf(string connectionString, string name)
    {
        var match = Endpoint().Matches(connectionString).FirstOrDefault(m => m.Groups[1].Value == name)
            ?? throw new InvalidOperationException($"The connection string has no {name}.");
        return int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(BlobEndpoint|QueueEndpoint|TableEndpoint)=http://127\.0\.0\.1:(\d+)(/[^;]*)")]
    private static partial Regex Endpoint();
}
