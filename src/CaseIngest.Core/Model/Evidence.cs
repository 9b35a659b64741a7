namespace CaseIngest.Core.Model;

/// <summary>A span of the document's plain text: Text == text.Substring(Start, End - Start).</summary>
public sealed record Evidence(int Start, int End, string Text, string Section);
