using CaseIngest.Cli;

namespace CaseIngest.Core.Tests.Cli;

/// <summary>Where the CLI keeps its multicore JIT profiles, and for which commands.</summary>
public sealed class CliJitProfileTests
{
    [Fact]
    public void ProfilesLiveInTheXdgCacheFolderWhenItIsSet()
    {
        var folder = CliJitProfile.Folder(Environment(("XDG_CACHE_HOME", "/var/cache/alice"), ("HOME", "/home/alice")));

        Assert.Equal(Path.Combine("/var/cache/alice", "caseingest"), folder);
    }

    [Fact]
    public void ProfilesLiveUnderTheHomeCacheFolderOtherwise()
    {
        Assert.Equal(Path.Combine("/home/alice", ".cache", "caseingest"), CliJitProfile.Folder(Environment(("HOME", "/home/alice"))));
        Assert.Equal(Path.Combine("/home/alice", ".cache", "caseingest"), CliJitProfile.Folder(Environment(("XDG_CACHE_HOME", "relative/cache"), ("HOME", "/home/alice"))));
    }

    [Fact]
    public void NoProfileWhenSwitchedOffOrWithoutAHome()
    {
        Assert.Null(CliJitProfile.Folder(Environment((CliJitProfile.SwitchVariable, "OFF"), ("HOME", "/home/alice"))));
        Assert.Null(CliJitProfile.Folder(Environment()));
    }

    [Fact]
    public void EachCommandHasItsOwnProfileAndHelpHasNone()
    {
        var extract = CliJitProfile.ProfileName(["extract", "a.txt"], "/opt/caseingest/");

        Assert.NotNull(extract);
        Assert.StartsWith("extract-", extract, StringComparison.Ordinal);
        Assert.EndsWith(".jitprofile", extract, StringComparison.Ordinal);
        Assert.StartsWith("query-", CliJitProfile.ProfileName(["query", "--drug", "x"], "/opt/caseingest/"), StringComparison.Ordinal);
        Assert.Null(CliJitProfile.ProfileName(["--help"], "/opt/caseingest/"));
        Assert.Null(CliJitProfile.ProfileName(["../extract"], "/opt/caseingest/"));
        Assert.Null(CliJitProfile.ProfileName([], "/opt/caseingest/"));
    }

    [Fact]
    public void TwoInstalledCopiesKeepSeparateProfilesAndOneCopyKeepsOne()
    {
        var first = CliJitProfile.ProfileName(["extract"], "/work/before/artifacts/cli/");
        var second = CliJitProfile.ProfileName(["extract"], "/work/after/artifacts/cli/");

        Assert.NotEqual(first, second);
        Assert.Equal(first, CliJitProfile.ProfileName(["extract", "b.txt"], "/work/before/artifacts/cli/"));
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal)).Value;
}
