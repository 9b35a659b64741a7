using System.Globalization;
using Azure;

namespace CaseIngest.TextAnalytics.Client;

/// <summary>The wait an answer asks for: <c>retry-after-ms</c>, else <c>Retry-After</c> in seconds or as an HTTP date.</summary>
internal static class RetryAfter
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

    public static TimeSpan? Of(Response response)
    {
        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return Bound(TimeSpan.FromMilliseconds(milliseconds));
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return Bound(TimeSpan.FromSeconds(seconds));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Bound(at - DateTimeOffset.UtcNow)
            : null;
    }

    private static TimeSpan Bound(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > Longest ? Longest : wait;
}
