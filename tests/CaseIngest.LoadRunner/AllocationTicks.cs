using System.Diagnostics.Tracing;

namespace CaseIngest.LoadRunner;

/// <summary>
/// The runtime's allocation sampling in process: a <c>GCAllocationTick</c> event about every 100 KB allocated, naming
/// the type of the object that crossed the mark, with its time and thread. A sample stands for the bytes allocated
/// since the one before it on that heap, so summed by type it estimates where allocation goes, without a profiler.
/// </summary>
internal sealed class AllocationTicks : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;
    private readonly Lock _lock = new();
    private readonly List<(DateTime Time, ulong Thread, string Type, long Bytes)> _samples = [];

    public List<(DateTime Time, ulong Thread, string Type, long Bytes)> Samples()
    {
        lock (_lock)
        {
            return [.. _samples];
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var type = "?";
        var bytes = 0L;
        for (var i = 0; i < names.Count; i++)
        {
            switch (names[i])
            {
                case "TypeName":
                    type = eventData.Payload?[i] as string ?? "?";
                    break;
                case "AllocationAmount64":
                    bytes = Convert.ToInt64(eventData.Payload?[i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "AllocationAmount" when bytes == 0:
                    bytes = Convert.ToInt64(eventData.Payload?[i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }

        lock (_lock)
        {
            _samples.Add((eventData.TimeStamp, (ulong)eventData.OSThreadId, type, bytes));
        }
    }
}
