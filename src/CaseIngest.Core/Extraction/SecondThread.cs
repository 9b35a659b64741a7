using System.Runtime.ExceptionServices;

namespace CaseIngest.Core.Extraction;

/// <summary>
/// Work run on a new thread of its own while the caller goes on, and its result collected with <see cref="Result"/>.
/// A new thread rather than a thread-pool one: it starts with the scheduling priority of the thread that creates it
/// (a Linux thread's nice value is inherited), so work started from a lowered background thread stays lowered.
/// </summary>
internal sealed class SecondThread<T>
{
    private readonly Thread _thread;
    private T? _result;
    private ExceptionDispatchInfo? _failure;

    internal SecondThread(Func<T> work, string name)
    {
        _thread = new Thread(() =>
        {
            try
            {
                _result = work();
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        })
        {
            IsBackground = true,
            Name = name,
        };
        _thread.Start();
    }

    /// <summary>Waits for the work and returns its result, or throws its exception as it was thrown.</summary>
    public T Result()
    {
        _thread.Join();
        _failure?.Throw();
        return _result!;
    }
}
