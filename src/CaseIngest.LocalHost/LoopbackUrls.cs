using System.Net;

namespace CaseIngest.LocalHost;

/// <summary>Whether every URL of a <c>urls</c> setting (separated by <c>;</c>) names a loopback address.</summary>
public static class LoopbackUrls
{
    public static bool AreLoopback(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var any = false;
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsLoopbackHost(uri.Host))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
