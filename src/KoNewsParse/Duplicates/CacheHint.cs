using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace KoNewsParse.Duplicates;

/// <summary>
/// Software prefetch: asks the processor to bring the cache line of an array element in without waiting for it. Unlike a
/// load, a prefetch retires at once and never faults, so a query can announce what its next steps will read while it
/// works on the current one, and the DRAM latency of an index larger than the cache overlaps with useful work. A hint only:
/// a no-op where the instruction is not exposed (non-x86), and harmless when the element has moved or changed since.
/// </summary>
internal static class CacheHint
{
    /// <summary>Prefetches the line holding <c>array[index]</c> into all cache levels (ignored when out of range).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(T[] array, int index)
        where T : unmanaged
    {
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
        {
            // The address is only used as a hint: if the GC moves the array before the instruction runs, the processor
            // fetches a line nobody reads, nothing else.
            Sse.Prefetch0(Unsafe.AsPointer(ref array[index]));
        }
    }
}
