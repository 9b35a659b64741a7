using CaseIngest.Core;
using Microsoft.Extensions.Logging;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>The function app's handler in memory with a chosen engine, extra settings and optionally a log provider.</summary>
public sealed class PipelineFactory(
    IReadOnlyDictionary<string, string?>? settings = null,
    CaseEngine? engine = null,
    ILoggerProvider? logs = null) : AppFactory<Program>(settings, engine, logs);
