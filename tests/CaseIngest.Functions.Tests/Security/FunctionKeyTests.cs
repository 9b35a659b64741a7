using System.Text.Json;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CaseIngest.Functions.Tests.Security;

/// <summary>In Azure every HTTP function requires a function key; the local host listens on loopback only.</summary>
[Trait("Category", "Security")]
public sealed class FunctionKeyTests
{
    /// <summary>The only anonymous HTTP functions: the API docs page and the embedded css/js, neither of which returns data.</summary>
    private static readonly string[] AnonymousFunctions = ["ApiPage", "Asset"];

    [Fact]
    public void EveryHttpFunctionRequiresAFunctionKey()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionAppOutput.Directory, "functions.metadata")));
        var httpFunctions = 0;
        var anonymous = new List<string>();

        foreach (var function in metadata.RootElement.EnumerateArray())
        {
            var name = function.GetProperty("name").GetString();
            foreach (var binding in function.GetProperty("bindings").EnumerateArray())
            {
                if (binding.GetProperty("type").GetString() == "httpTrigger")
                {
                    httpFunctions++;
                    Assert.True(binding.TryGetProperty("authLevel", out var level), $"{name} has no authLevel (the default is function, but it must be explicit)");
                    if (level.GetString()?.ToLowerInvariant() == "anonymous")
                    {
                        anonymous.Add(name!);
                        continue;
                    }

                    Assert.True(level.GetString()?.ToLowerInvariant() is "function" or "admin", $"{name} is {level.GetString()}");
                }
            }
        }

        Assert.True(httpFunctions >= 6, $"only {httpFunctions} HTTP functions found");
        Assert.Equal(AnonymousFunctions.Order(StringComparer.Ordinal), anonymous.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:7071", true)]
    [InlineData("http://localhost:7071", true)]
    [InlineData("http://[::1]:7071", true)]
    [InlineData("http://127.0.0.1:7071;http://[::1]:7072", true)]
    [InlineData("http://0.0.0.0:7071", false)]
    [InlineData("http://*:7071", false)]
    [InlineData("http://+:7071", false)]
    [InlineData("http://[::]:7071", false)]
    [InlineData("http://192.168.1.10:7071", false)]
    [InlineData("http://127.0.0.1:7071;http://0.0.0.0:7072", false)]
    [InlineData("http://example.org:80", false)]
    [InlineData("", false)]
    public void OnlyLoopbackAddressesCountAsLoopback(string urls, bool loopback)
    {
        Assert.Equal(loopback, LoopbackUrls.AreLoopback(urls));
    }

    [Fact]
    public async Task LocalModeServesOnLoopbackByDefault()
    {
        var builder = WebApplication.CreateBuilder(["--CaseIngest:StorageConnectionString=UseDevelopmentStorage=true"]);

        await LocalMode.ConfigureAsync(builder);

        Assert.Equal(LocalMode.DefaultUrl, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
        Assert.StartsWith("http://127.0.0.1:", LocalMode.DefaultUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:7071")]
    [InlineData("http://*:7071")]
    [InlineData("http://127.0.0.1:7071;http://10.0.0.5:7071")]
    public async Task LocalModeRefusesToListenBeyondLoopback(string urls)
    {
        var builder = WebApplication.CreateBuilder(["--urls", urls, "--CaseIngest:StorageConnectionString=UseDevelopmentStorage=true"]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalMode.ConfigureAsync(builder));

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }
}
