using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KoNewsParse.Benchmarks.Infrastructure;

/// <summary>
/// The CPU time consumed by the calling thread (Linux/macOS <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so the smoke
/// ratios are not inflated when other processes compete for the cores. Falls back to wall-clock time elsewhere.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeLinux = 3;
    private const int ClockThreadCpuTimeMac = 16;

    /// <summary>Whether thread CPU time is available (else wall-clock time is used).</summary>
    public static bool IsThreadCpuTime { get; } = Probe();

    /// <summary>Seconds of CPU time of the current thread (or wall-clock seconds when unavailable).</summary>
    public static double Now() => NowNanoseconds() / 1e9;

    /// <summary>Nanoseconds of CPU time of the current thread (or wall-clock nanoseconds when unavailable).</summary>
    public static long NowNanoseconds()
    {
        return TryRead(ClockId, out long ns) ? ns : (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    /// <summary>
    /// CPU time of the whole process (every thread, so the garbage collector's too) in nanoseconds, from
    /// <c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c> where thread CPU time is available: <see cref="Process.TotalProcessorTime"/>
    /// on Linux counts whole clock ticks (10 ms), too coarse for runs of tens of milliseconds.
    /// </summary>
    public static long ProcessNanoseconds()
    {
        int id = OperatingSystem.IsMacOS() ? ClockProcessCpuTimeMac : ClockProcessCpuTimeLinux;
        return TryRead(id, out long ns) ? ns : Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100;
    }

    /// <summary>Reads a <c>clock_gettime</c> clock in nanoseconds, when the probe found the call available.</summary>
    private static bool TryRead(int clockId, out long nanoseconds)
    {
        nanoseconds = 0;
        if (!IsThreadCpuTime || NativeMethods.clock_gettime(clockId, out Timespec ts) != 0)
        {
            return false;
        }

        nanoseconds = (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds;
        return true;
    }

    private const int ClockProcessCpuTimeLinux = 2;
    private const int ClockProcessCpuTimeMac = 12;

    private static int ClockId => OperatingSystem.IsMacOS() ? ClockThreadCpuTimeMac : ClockThreadCpuTimeLinux;

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        try
        {
            return NativeMethods.clock_gettime(ClockId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
#pragma warning disable SYSLIB1054 // a plain DllImport keeps the project free of unsafe code
        [DllImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clockId, out Timespec time);
#pragma warning restore SYSLIB1054
    }
}
