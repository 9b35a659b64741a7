using CaseIngest.Core;
using Microsoft.Extensions.Logging;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>The local host in memory (watchers, drop folder, API) against the fixture's Azurite.</summary>
public sealed class LocalHostFactory(
    IReadOnlyDictionary<string, string?>? settings = null,
    CaseEngine? engine = null,
    ILoggerProvider? logs = null) : AppFactory<CaseIngest.LocalHost.Program>(settings, engine, logs);
