namespace CaseIngest.Core.Tests.Engine;

/// <summary>Tests that measure the managed heap run alone, with no other test allocating meanwhile.</summary>
[CollectionDefinition(ThreadMemoryTests.Alone, DisableParallelization = true)]
public sealed class ThreadMemoryCollection;
