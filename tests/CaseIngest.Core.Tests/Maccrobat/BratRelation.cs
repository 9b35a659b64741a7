namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>A binary relation (a brat "R" line) between two entities, with events already resolved to their trigger entities.</summary>
internal sealed record BratRelation(string Type, string Arg1, string Arg2);
