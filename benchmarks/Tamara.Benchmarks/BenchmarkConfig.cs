using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Tamara.Benchmarks;

/// <summary>Memory per operation, categories, GitHub tables; the jobs come from each class's attribute.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(CategoriesColumn.Default);
        AddLogger(ConsoleLogger.Default);
        AddExporter(MarkdownExporter.GitHub);
        WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared));
    }
}

/// <summary>
/// BenchmarkDotNet's ShortRun (3 warm-ups, 3 iterations) in the benchmark's own process: no generated project to build
/// on a shared 2-core machine.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShortInProcessJobAttribute : JobConfigBaseAttribute
{
    public ShortInProcessJobAttribute()
        : base(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
    {
    }
}

/// <summary>
/// For operations of seconds that change what they work on: each iteration is one operation after its own set-up
/// (1 warm-up, 3 measured), in process.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OneShotInProcessJobAttribute : JobConfigBaseAttribute
{
    public OneShotInProcessJobAttribute()
        : base(Job.Dry.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance).WithId("OneShot-InProcess"))
    {
    }
}
