namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// A schedule for one actor that runs other writers' work at fixed points of its requests, so a race between them
/// happens the same way every run: ordered steps, each run once before the first request after the previous step that
/// matches it (a step without work only marks a point), and standing rules, run before every request that matches
/// them. The work runs while the actor's request waits, through clients that do not pass this schedule.
/// </summary>
internal sealed class ScriptedRequests : ITableSchedule
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<(Func<string, bool> Match, Func<Task>? Work)> _steps = [];
    private readonly List<(Func<string, bool> Match, Func<Task> Work)> _rules = [];
    private int _next;

    /// <summary>How many of the ordered steps took place.</summary>
    public int StepsTaken => Volatile.Read(ref _next);

    /// <summary>How many times a standing rule ran.</summary>
    public int RulesRun { get; private set; }

    /// <summary>Adds an ordered step: <paramref name="work"/> (if any) runs before the first matching request.</summary>
    public ScriptedRequests Then(Func<string, bool> match, Func<Task>? work = null)
    {
        _steps.Add((match, work));
        return this;
    }

    /// <summary>Adds a standing rule: <paramref name="work"/> runs before every matching request.</summary>
    public ScriptedRequests Always(Func<string, bool> match, Func<Task> work)
    {
        _rules.Add((match, work));
        return this;
    }

    public async Task BeforeAsync(string actor, string request)
    {
        await _gate.WaitAsync();
        try
        {
            if (_next < _steps.Count && _steps[_next].Match(request))
            {
                var work = _steps[_next].Work;
                Volatile.Write(ref _next, _next + 1);
                if (work is not null)
                {
                    await work();
                }
            }

            foreach (var (match, work) in _rules.Where(r => r.Match(request)))
            {
                RulesRun++;
                await work();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void After(string actor, string request, bool succeeded)
    {
    }
}
