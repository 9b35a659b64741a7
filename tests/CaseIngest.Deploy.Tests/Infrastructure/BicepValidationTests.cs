using CaseIngest.Deploy.Tests.Support;

namespace CaseIngest.Deploy.Tests.Infrastructure;

public sealed class BicepValidationTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void MainTemplateBuildsWithoutWarnings()
    {
        var result = compiled.Build;

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Empty(BicepCli.Diagnostics(result));
        Assert.StartsWith("{", result.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MainTemplateLintsWithoutWarnings()
    {
        var result = await BicepCli.LintAsync(CompiledTemplate.MainBicep);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Empty(BicepCli.Diagnostics(result));
    }

    [Fact]
    public async Task LintReportsAProblemAsAWarningLine()
    {
        var directory = Directory.CreateTempSubdirectory("caseingest-bicep-");
        try
        {
            var file = Path.Combine(directory.FullName, "unused.bicep");
            await File.WriteAllTextAsync(file, "param unused string\n");

            var result = await BicepCli.LintAsync(file);

            Assert.Contains(BicepCli.Diagnostics(result), line => line.Contains("no-unused-params", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
