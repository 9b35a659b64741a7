namespace CaseIngest.LoadRunner;

/// <summary>One program of the cli mode: how to start it on a list of files (paths relative to the corpus).</summary>
internal sealed record CliProgram(string Name, string Executable, IReadOnlyList<string> Leading, IReadOnlyDictionary<string, string> Environment);
