using System.Runtime.CompilerServices;
using System.Text;
using CaseIngest.Core.Tests.Support;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

/// <summary>
/// Per-thread scratch buffers are reused from one document to the next, but a thread that goes idle after a
/// document must not keep that document (or buffers sized for it) alive: a worker pool would otherwise hold the
/// largest documents it ever read.
/// </summary>
[Collection(ThreadMemoryTests.Alone)]
public sealed class ThreadMemoryTests
{
    /// <summary>The heap measurement needs no other test allocating at the same time.</summary>
    public const string Alone = "thread memory, run alone";

    [Fact]
    public void AnIdleThreadDoesNotKeepItsLastDocumentAlive()
    {
        using var processed = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        WeakReference? text = null;
        var thread = new Thread(() =>
        {
            text = ExtractAndForget();
            processed.Set();
            release.Wait();
        });
        thread.Start();
        try
        {
            Assert.True(processed.Wait(TimeSpan.FromMinutes(2)));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            Assert.False(text!.IsAlive, "the idle thread still holds the text of its last document");
        }
        finally
        {
            release.Set();
            thread.Join();
        }
    }

    [Fact]
    public void NoBufferSizedForALargeDocumentOutlivesItBeyondWhatTheLargeArraysKeep()
    {
        _ = ExtractAndForget(1_000);
        LargeArrays.Clear();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        // 1.5 MB of text: its words take 2 MB, its lower-cased copy 3 MB; both may be kept for the next large document.
        _ = ExtractAndForget(1_500_000);
        var kept = LargeArrays.KeptBytes;
        var after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.InRange(kept, 0, LargeArrays.MaxKeptBytes);
        Assert.True(after - before - kept < 3 << 20, $"the managed heap grew by {(after - before) >> 20} MB after the document, {kept >> 20} MB of it kept for the next");
        LargeArrays.Clear();
        var cleared = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(cleared - before < 3 << 20, $"the managed heap is {(cleared - before) >> 20} MB above where it was with nothing kept");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ExtractAndForget(int length = 300_000)
    {
        var report = new StringBuilder();
        for (var i = 0; report.Length < length; i++)
        {
            report.Append("A 64-year-old man with melanoma received pembrolizumab 200 mg every 3 weeks; PD-L1 was 80 %. ");
            report.Append("After four cycles a partial response was seen, and grade 2 colitis was treated with prednisone.\n");
        }

        var record = Engines.Default.Process("large.txt", Encoding.UTF8.GetBytes(report.ToString()), includeText: true).Record!;
        Assert.NotEmpty(record.Drugs);
        return new WeakReference(record.Document.Text);
    }
}
