namespace CaseIngest.LoadRunner;

/// <summary>Documents per second of the storage floor and of the in-process pipeline over the same documents.</summary>
internal sealed record FloorResult(double FloorRate, double PipelineRate);
