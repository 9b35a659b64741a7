namespace CaseIngest.Worker.Tests.Host;

/// <summary>The worker's event stream ended before it answered (the process exited or was killed).</summary>
internal sealed class WorkerGoneException(string workerId) : Exception($"Worker {workerId} closed its event stream before answering.");
