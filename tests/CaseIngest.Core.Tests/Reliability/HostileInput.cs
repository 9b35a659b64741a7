namespace CaseIngest.Core.Tests.Reliability;

/// <summary>One generated hostile document: a family name for reports, and its bytes.</summary>
internal sealed record HostileInput(string Family, string Name, byte[] Bytes);
