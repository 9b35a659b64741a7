using CaseIngest.Functions.Hosting;
using CaseIngest.Functions.Local;

var builder = WebApplication.CreateBuilder(RunMode.TranslateArguments(args));
await LocalMode.ConfigureAsync(builder);
builder.AddCaseIngest();

await using var app = builder.Build();
app.MapCaseIngest();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
