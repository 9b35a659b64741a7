using System.Runtime.CompilerServices;
using System.Text;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Engine;

/// <summary>
/// Per-thread scratch buffers are reused from one document to the next, but a thread that goes idle after a
/// document must not keep that document (or buffers sized for it) alive: a worker pool would otherwise hold the
/// largest documents it ever read.
/// </summary>
public sealed class ThreadMemoryTests
{
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

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ExtractAndForget()
    {
        var report = new StringBuilder();
        for (var i = 0; report.Length < 300_000; i++)
        {
            report.Append("A 64-year-old man with melanoma received pembrolizumab 200 mg every 3 weeks; PD-L1 was 80 %. ");
            report.Append("After four cycles a partial response was seen, and grade 2 colitis was treated with prednisone.\n");
        }

        var record = Engines.Default.Process("large.txt", Encoding.UTF8.GetBytes(report.ToString()), includeText: true).Record!;
        Assert.NotEmpty(record.Drugs);
        return new WeakReference(record.Document.Text);
    }
}
