using System.Net.Http.Json;
using System.Text.Json;
using CaseIngest.Storage;

namespace CaseIngest.Functions.Tests.Support;

internal static class ApiJson
{
    public static async Task<CasePage> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<CasePage>(JsonSerializerOptions.Web))!;
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls until <paramref name="condition"/> holds, at most <paramref name="seconds"/> seconds.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "The condition did not hold in time.");
            await Task.Delay(200);
        }
    }
}
