namespace CaseIngest.LocalHost;

/// <summary>
/// What the local host says while it starts, before logging is set up: installing Azurite, starting storage,
/// where it listens. One plain line each, so a first start that installs packages is not a long silence.
/// </summary>
public sealed class StartupMessages(TextWriter output)
{
    public static StartupMessages None { get; } = new(TextWriter.Null);

    public void Installing(string packageDirectory) =>
        Say($"installing Azurite (npm ci in {packageDirectory}; the first start takes a minute or two)...");

    public void StartingStorage(bool inMemory, string? dataDirectory) =>
        Say(inMemory ? "starting storage (Azurite, in memory: nothing is kept)..." : $"starting storage (Azurite, data in {dataDirectory})...");

    public void StorageReady(int blobPort, int queuePort, int tablePort) =>
        Say($"storage ready (Azurite: blob {blobPort}, queue {queuePort}, table {tablePort})");

    public void SharingEmulator(int blobPort) =>
        Say($"using the storage emulator already listening on port {blobPort}");

    public void ConfiguredStorage() => Say("using the configured storage (CaseIngest:StorageConnectionString or service URIs)");

    public void Listening(IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            Say($"listening on {url.TrimEnd('/')} (case browser at /, API page at /api/docs)");
        }
    }

    private void Say(string line)
    {
        output.WriteLine(line);
        output.Flush();
    }
}
