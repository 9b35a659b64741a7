using System.CommandLine;
using CaseIngest.Cli;

var root = new RootCommand("caseingest: medical case reports in, structured case records out.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(UploadCommand.Create());
root.Subcommands.Add(QueryCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ReprocessCommand.Create());
return await root.Parse(args).InvokeAsync();
