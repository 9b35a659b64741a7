using System.CommandLine;
using CaseIngest.Cli;

var root = new RootCommand("caseingest: medical case reports in, structured case records out.");
root.Subcommands.Add(ExtractCommand.Create());
return await root.Parse(args).InvokeAsync();
