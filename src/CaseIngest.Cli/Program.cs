using System.CommandLine;
using CaseIngest.Cli;

// first, so that the code compiled for parsing the command line is in the profile too
CliJitProfile.Start(args);
ExtractCommand.PrepareEngine(args);
var root = new RootCommand("caseingest: medical case reports in, structured case records out.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(UploadCommand.Create());
root.Subcommands.Add(QueryCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ReprocessCommand.Create());
return await root.Parse(args).InvokeAsync();
