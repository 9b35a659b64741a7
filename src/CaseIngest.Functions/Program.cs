using CaseIngest.Application;
using CaseIngest.Functions.CustomHandler;
using CaseIngest.Http;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"] is { Length: > 0 } port)
{
    builder.WebHost.UseUrls("http://127.0.0.1:" + port);
}

builder.Services.AddCaseIngest(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "CaseIngest API";
    document.Info.Description = "Case records extracted from medical case reports: query by drug, marker, outcome, diagnosis, DOI and PMID.";
    return Task.CompletedTask;
}));

await using var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapCustomHandler();
app.MapCaseApi();
app.MapOpenApi("/" + ApiRoutes.Prefix + "/" + ApiRoutes.OpenApi);
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
