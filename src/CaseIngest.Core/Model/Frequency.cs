namespace CaseIngest.Core.Model;

/// <summary>"every 3 weeks" is Every = 3, Unit = "week". Unit: hour | day | week | month.</summary>
public sealed record Frequency(double Every, string Unit);
