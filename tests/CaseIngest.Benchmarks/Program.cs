using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CaseIngest.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
