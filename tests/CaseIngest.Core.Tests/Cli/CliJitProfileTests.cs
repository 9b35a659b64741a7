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
        Assert.Equal("extract.jitprofile", CliJitProfile.ProfileName(["extract", "a.txt"]));
        Assert.Equal("query.jitprofile", CliJitProfile.ProfileName(["query", "--drug", "x"]));
        Assert.Null(CliJitProfile.ProfileName(["--help"]));
        Assert.Null(CliJitProfile.ProfileName(["../extract"]));
        Assert.Null(CliJitProfile.ProfileName([]));
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal)).Value;
}
