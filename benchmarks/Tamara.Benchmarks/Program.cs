using BenchmarkDotNet.Running;
using Tamara.Benchmarks;

// dotnet run -c Release --project benchmarks/Tamara.Benchmarks -- --filter '*'   (see docs/benchmarks.md)
if (args.Contains("--reconciliation-coverage"))
{
    await ReconciliationCoverage.PrintAsync(args.Contains("--large") ? [1_000, 10_000] : [1_000]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, new BenchmarkConfig());
