using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;

namespace KoNewsParse.Benchmarks.Infrastructure;

/// <summary>The configuration every suite runs with: memory diagnoser, MB/s and items/s columns, brief JSON export
/// (read by <c>benchmarks/scripts/bench_tables.py</c>).</summary>
public static class BenchConfig
{
    /// <summary>Creates the configuration.</summary>
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new ThroughputColumn(items: false), new ThroughputColumn(items: true))
        .AddExporter(JsonExporter.Brief);
}
