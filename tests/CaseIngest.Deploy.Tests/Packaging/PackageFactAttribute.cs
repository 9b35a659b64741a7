namespace CaseIngest.Deploy.Tests.Packaging;

/// <summary>A fact about the deployable package; skipped only when the function app project is not in the tree.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PackageFactAttribute : FactAttribute
{
    public PackageFactAttribute()
    {
        if (!FunctionsProject.Exists)
        {
            Skip = $"{FunctionsProject.ProjectFile} is not in this tree, so there is no package to build.";
        }
    }
}
