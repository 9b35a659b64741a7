using CaseIngest.Core;

namespace CaseIngest.Application;

/// <summary>
/// The engine, built on first use: the services that ingest and answer queries can be created (and the host can serve
/// <c>GET /</c>) before the lexicons are loaded. The options the engine is built from are known at once
/// (<see cref="Options"/>: the size limit without building anything), and the engine built must have been built from
/// them. Thread-safe; the factory is expected to hand every caller the same engine (the service container's
/// singleton), and a failed build is tried again by the next caller.
/// </summary>
public sealed class LazyEngine
{
    private readonly Lazy<CaseEngine> _engine;

    /// <summary>The engine <paramref name="create"/> builds from <paramref name="options"/>.</summary>
    public LazyEngine(EngineOptions options, Func<CaseEngine> create)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(create);
        Options = options;
        _engine = new Lazy<CaseEngine>(() => Checked(create(), options), LazyThreadSafetyMode.PublicationOnly);
    }

    public LazyEngine(CaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Options = engine.Options;
        _engine = new Lazy<CaseEngine>(engine);
    }

    /// <summary>The options the engine is built from: its size limit and vocabularies, known before it is built.</summary>
    public EngineOptions Options { get; }

    /// <summary>The engine, built now if it was not yet.</summary>
    public CaseEngine Value => _engine.Value;

    /// <summary>Whether the engine has been built.</summary>
    public bool IsBuilt => _engine.IsValueCreated;

    private static CaseEngine Checked(CaseEngine engine, EngineOptions options) =>
        engine.Options.MaxDocumentBytes == options.MaxDocumentBytes
            ? engine
            : throw new InvalidOperationException(
                $"The engine was built with a limit of {engine.Options.MaxDocumentBytes} bytes per document, but its options say {options.MaxDocumentBytes}: build the registered engine from the registered EngineOptions.");
}
