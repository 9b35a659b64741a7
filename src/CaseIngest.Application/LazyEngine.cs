using CaseIngest.Core;

namespace CaseIngest.Application;

/// <summary>
/// The engine, built on first use: the services that ingest and answer queries can be created (and the host can serve
/// <c>GET /</c>) before the lexicons are loaded. Thread-safe; the factory is expected to hand every caller the same
/// engine (the service container's singleton), and a failed build is tried again by the next caller.
/// </summary>
public sealed class LazyEngine
{
    private readonly Lazy<CaseEngine> _engine;

    public LazyEngine(Func<CaseEngine> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        _engine = new Lazy<CaseEngine>(create, LazyThreadSafetyMode.PublicationOnly);
    }

    public LazyEngine(CaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = new Lazy<CaseEngine>(engine);
    }

    /// <summary>The engine, built now if it was not yet.</summary>
    public CaseEngine Value => _engine.Value;

    /// <summary>Whether the engine has been built.</summary>
    public bool IsBuilt => _engine.IsValueCreated;
}
