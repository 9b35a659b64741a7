namespace CaseIngest.Core.Formats;

/// <summary>A word broken by a hyphen at <see cref="At"/> and a line break, going on at <see cref="TailStart"/>, and the word it joins to.</summary>
internal readonly record struct HyphenatedBreak(int At, int TailStart, string Joined);
