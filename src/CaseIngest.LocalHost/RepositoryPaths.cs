namespace CaseIngest.LocalHost;

/// <summary>Finds the repository root (the folder holding tools/azurite/package.json) above the working folder or the binaries.</summary>
public static class RepositoryPaths
{
    public static string? FindRoot(string marker)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, marker, "package.json")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    /// <summary><paramref name="path"/> as is when absolute, else under <paramref name="root"/> (or the working folder).</summary>
    public static string Resolve(string? root, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(root ?? Directory.GetCurrentDirectory(), path));
}
