namespace CaseIngest.Core.Text;

/// <summary>
/// Empties <see cref="LargeArrays"/> when a full collection finds the machine's memory load high (above 90 % of the
/// collector's high-load threshold), as the shared array pool trims itself: an object whose finalizer runs after each
/// collection of the generation it lives in (generation 2 once promoted) and registers itself again.
/// </summary>
internal sealed class LargeArrayTrim
{
    private LargeArrayTrim()
    {
    }

    public static void Start() => _ = new LargeArrayTrim();

    ~LargeArrayTrim()
    {
        if (Environment.HasShutdownStarted)
        {
            return;
        }

        var memory = GC.GetGCMemoryInfo();
        if (memory.MemoryLoadBytes >= memory.HighMemoryLoadThresholdBytes * 0.9)
        {
            LargeArrays.Clear();
        }

        GC.ReRegisterForFinalize(this);
    }
}
