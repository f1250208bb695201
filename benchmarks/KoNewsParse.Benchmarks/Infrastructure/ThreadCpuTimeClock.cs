using Perfolizer.Horology;

namespace KoNewsParse.Benchmarks.Infrastructure;

/// <summary>
/// A BenchmarkDotNet clock that reads the benchmark thread's CPU time instead of wall-clock time (<c>--cpu-clock</c>).
/// On a machine shared with other busy processes, wall-clock time includes the time the benchmark thread waits for a core;
/// CPU time does not, so the figures approach what one dedicated core would do. It is used with the in-process toolchain,
/// where the engine reads the clock on the thread that runs the workload.
/// </summary>
public sealed class ThreadCpuTimeClock : IClock
{
    /// <inheritdoc/>
    public string Title => "ThreadCpuTime";

    /// <inheritdoc/>
    public bool IsAvailable => ThreadCpuClock.IsThreadCpuTime;

    /// <inheritdoc/>
    public Frequency Frequency => Frequency.GHz;

    /// <inheritdoc/>
    public long GetTimestamp() => ThreadCpuClock.NowNanoseconds();
}
