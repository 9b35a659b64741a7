namespace CaseIngest.LoadRunner;

/// <summary>
/// One process of the cli mode: CPU time (user + system), wall time, time to its first output line and its CPU time
/// by then (from <c>/proc</c>, which a loaded machine disturbs less than the wall time), lines printed.
/// </summary>
internal readonly record struct CliRun(double CpuMs, double WallMs, double FirstLineMs, double FirstLineCpuMs, int Lines);
