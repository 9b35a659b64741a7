using CaseIngest.Deploy.Tests.Support;

namespace CaseIngest.Deploy.Tests.Packaging;

/// <summary>The function app project that eng/publish.sh packages.</summary>
internal static class FunctionsProject
{
    public static string ProjectFile => Repository.File("src", "CaseIngest.Functions", "CaseIngest.Functions.csproj");

    public static bool Exists => File.Exists(ProjectFile);
}
