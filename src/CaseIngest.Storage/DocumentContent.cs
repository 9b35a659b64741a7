namespace CaseIngest.Storage;

/// <summary>The bytes of one blob and the ETag they were read at.</summary>
public sealed record DocumentContent(string Name, byte[] Bytes, string ETag);
