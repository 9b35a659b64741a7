namespace CaseIngest.Worker.Tests.Support;

/// <summary>The tests share one Azurite, one host double and its worker, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class WorkerCollection : ICollectionFixture<WorkerHostFixture>
{
    public const string Name = "worker";
}
