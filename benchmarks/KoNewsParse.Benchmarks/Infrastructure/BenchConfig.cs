using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace KoNewsParse.Benchmarks.Infrastructure;

/// <summary>The configuration every suite runs with: memory diagnoser, MB/s and items/s columns, brief JSON export
/// (read by <c>benchmarks/scripts/bench_tables.py</c>).</summary>
public static class BenchConfig
{
    /// <summary>Creates the configuration.</summary>
    /// <param name="cpuClock">Add the <c>CpuClockShort</c> job: 3 warm-up and 5 measured iterations of about 250 ms, in-process, timed in
    /// thread CPU time (<see cref="ThreadCpuTimeClock"/>) instead of wall-clock time. Use it without <c>--job</c>.</param>
    public static IConfig Create(bool cpuClock = false)
    {
        IConfig config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new ThroughputColumn(items: false), new ThroughputColumn(items: true))
            .AddExporter(JsonExporter.Brief);
        return cpuClock
            ? config.AddJob(Job.ShortRun.WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(250)).WithClock(new ThreadCpuTimeClock()).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("CpuClockShort"))
            : config;
    }
}
