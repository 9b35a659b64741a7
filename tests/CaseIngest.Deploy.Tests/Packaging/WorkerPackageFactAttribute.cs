namespace CaseIngest.Deploy.Tests.Packaging;

/// <summary>A fact about the isolated worker's package; skipped while the function app project is not an isolated worker.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WorkerPackageFactAttribute : FactAttribute
{
    public WorkerPackageFactAttribute()
    {
        if (!FunctionsProject.IsIsolatedWorker)
        {
            Skip = $"{FunctionsProject.ProjectFile} does not reference Microsoft.Azure.Functions.Worker.Sdk yet, so there is no worker package to check.";
        }
    }
}
