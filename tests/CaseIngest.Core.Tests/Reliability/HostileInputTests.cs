using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Engine;
using CaseIngest.Core.Tests.Support;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Reliability;

/// <summary>
/// Over a thousand generated hostile inputs: each becomes a record or a rejection with a stable code, never an
/// exception; evidence spans stay valid; no input takes unbounded time.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> StableCodes =
    [
        ErrorCodes.Empty, ErrorCodes.UnsupportedFormat, ErrorCodes.MalformedXml, ErrorCodes.MalformedHtml,
        ErrorCodes.TooLarge, ErrorCodes.InvalidEncoding, ErrorCodes.NoArticle, ErrorCodes.Unreadable,
    ];

    [Fact]
    public void EveryHostileInputBecomesARecordOrAStableRejection()
    {
        var engine = Engines.Default;
        var tried = 0;
        var records = 0;
        var rejections = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var slowest = (Name: string.Empty, Time: TimeSpan.Zero);
        var failures = new List<string>();
        foreach (var input in HostileInputs.All())
        {
            tried++;
            var cpuBefore = ThreadCpu.Now();
            EngineResult result;
            try
            {
                result = engine.Process(input.Name, input.Bytes, includeText: true);
            }
            catch (Exception ex)
            {
                failures.Add($"{input.Family}/{input.Name}: {ex.GetType().Name}");
                continue;
            }

            var cpu = ThreadCpu.Now() - cpuBefore;
            if (cpu > slowest.Time)
            {
                slowest = (input.Name, cpu);
            }

            if (result.Record is { } record)
            {
                records++;
                var text = record.Document.Text!;
                foreach (var evidence in EvidenceSpanTests.AllEvidence(record))
                {
                    if (evidence.End > text.Length || text[evidence.Start..evidence.End] != evidence.Text)
                    {
                        failures.Add($"{input.Family}/{input.Name}: bad span [{evidence.Start},{evidence.End})");
                    }
                }
            }
            else
            {
                var code = result.Rejection!.Error.Code;
                rejections[code] = rejections.GetValueOrDefault(code) + 1;
                if (!StableCodes.Contains(code) || string.IsNullOrWhiteSpace(result.Rejection.Error.Message))
                {
                    failures.Add($"{input.Family}/{input.Name}: unknown code '{code}'");
                }
            }
        }

        output.WriteLine($"inputs tried: {tried}; records: {records}; rejections: {string.Join(", ", rejections.Select(r => $"{r.Key} {r.Value}"))}; crashes: {failures.Count}");
        output.WriteLine($"slowest: {slowest.Name} {slowest.Time.TotalMilliseconds:F0} ms of CPU");
        Assert.True(tried >= 1000, $"only {tried} hostile inputs were generated");
        Assert.Empty(failures);

        // a guard against catastrophic backtracking or quadratic scans, not a speed target: the densest input (a 10 MB
        // line with a drug, dose, frequency and marker every 46 characters) is the slowest. The thread's CPU time, not
        // the wall clock, so a machine busy with other work does not trip it.
        Assert.True(slowest.Time < TimeSpan.FromSeconds(120), $"{slowest.Name} took {slowest.Time} of CPU");
    }

    [Theory]
    [InlineData(new byte[0], ErrorCodes.Empty)]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, ErrorCodes.Empty)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, ErrorCodes.UnsupportedFormat)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, ErrorCodes.UnsupportedFormat)]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x00 }, ErrorCodes.UnsupportedFormat)]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28 }, ErrorCodes.InvalidEncoding)]
    public void UnreadableBytesGetTheirStableCode(byte[] bytes, string code)
    {
        var result = Engines.Default.Process("x", bytes);
        Assert.False(result.Succeeded);
        Assert.Equal(code, result.Rejection!.Error.Code);
    }

    [Fact]
    public void ADocumentOverTheSizeLimitIsRejectedBeforeParsing()
    {
        var engine = new CaseEngine(new EngineOptions { MaxDocumentBytes = 1024 });
        var result = engine.Process("big.txt", new byte[2048]);
        Assert.Equal(ErrorCodes.TooLarge, result.Rejection!.Error.Code);
    }
}
