using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Extraction.Markers;
using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Tests.Engine;

/// <summary>A snapshot that cannot be used is reported in one line and not read; the caller builds from the tables.</summary>
public sealed class LexiconSnapshotFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"snapshot-{Guid.NewGuid():N}");
    private readonly StringWriter _log = new();

    public LexiconSnapshotFileTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _log.Dispose();
    }

    [Fact]
    public void TheSnapshotOfThisBuildIsReadWithoutALogLine()
    {
        var file = FileWith(Shipped());

        Assert.NotNull(file.TryRead(bytes => LexiconSnapshot.DeserializeMarkers(bytes)));
        Assert.NotNull(file.TryRead(bytes => LexiconSnapshot.DeserializeDiagnoses(bytes)));
        Assert.Empty(_log.ToString());
    }

    [Fact]
    public void ASnapshotOfAnotherBuildFallsBackWithOneLogLine()
    {
        var stale = Shipped();
        stale[10] ^= 0xFF;
        var file = FileWith(stale);

        Assert.Null(file.TryRead(bytes => LexiconSnapshot.DeserializeMarkers(bytes)));
        Assert.Null(file.TryRead(bytes => LexiconSnapshot.DeserializeDiagnoses(bytes)));
        Assert.Contains("another build", Assert.Single(Lines()), StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedSnapshotFallsBackWithOneLogLine()
    {
        var shipped = Shipped();
        var file = FileWith(shipped.AsSpan(0, shipped.Length - 100).ToArray());

        Assert.Null(file.TryRead(bytes => LexiconSnapshot.DeserializeDiagnoses(bytes)));
        Assert.Null(file.TryRead(bytes => LexiconSnapshot.DeserializeMarkers(bytes)));
        Assert.Contains("cannot be read", Assert.Single(Lines()), StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingSnapshotFallsBackWithOneLogLine()
    {
        var file = new LexiconSnapshotFile(Path.Combine(_folder, "none.bin"), _log);

        Assert.Null(file.TryRead(bytes => LexiconSnapshot.DeserializeDiagnoses(bytes)));
        Assert.Contains("missing", Assert.Single(Lines()), StringComparison.Ordinal);
    }

    [Fact]
    public void TheLexiconsBuiltWhenTheSnapshotIsNotUsedAreTheShippedOnes()
    {
        // what a fallback gives: the lexicons built from the tables serialize to the very bytes shipped
        Assert.Equal(Shipped(), LexiconSnapshot.Serialize(MarkerLexicon.Build(), DiagnosisLexicon.Build()));
    }

    private static byte[] Shipped() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, LexiconSnapshot.FileName));

    private LexiconSnapshotFile FileWith(byte[] bytes)
    {
        var path = Path.Combine(_folder, LexiconSnapshot.FileName);
        File.WriteAllBytes(path, bytes);
        return new LexiconSnapshotFile(path, _log);
    }

    private string[] Lines() => _log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
