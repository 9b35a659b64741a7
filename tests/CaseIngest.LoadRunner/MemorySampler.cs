namespace CaseIngest.LoadRunner;

/// <summary>Samples the resident memory of a process twice a second until disposed.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private double _peakApp;

    public MemorySampler(int appProcessId)
    {
        _timer = new Timer(
            _ =>
            {
                var app = ProcessMemory.ResidentMegabytes(appProcessId);
                if (app > _peakApp)
                {
                    _peakApp = app;
                }
            },
            null,
            TimeSpan.Zero,
            TimeSpan.FromMilliseconds(500));
    }

    public double PeakApp => _peakApp;

    public void Dispose() => _timer.Dispose();
}
