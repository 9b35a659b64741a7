using CaseIngest.Application;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddCaseIngest(builder.Configuration);
using var host = builder.Build();
await host.RunAsync();
