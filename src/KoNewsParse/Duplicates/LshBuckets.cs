using System.Runtime.InteropServices;

namespace KoNewsParse.Duplicates;

/// <summary>
/// LSH buckets: band key → the entries (non-negative ints) filed under it, stored contiguously so a query reads a bucket
/// as one run of memory instead of chasing a linked list (a chain of dependent cache misses that dominated large corpora).
/// A bucket with one entry lives inline in the key map; from the second entry it gets its own growable array whose
/// first element is its length. Not thread-safe (the owner locks).
/// </summary>
internal sealed class LshBuckets
{
    private const ulong ListFlag = 1UL << 63;

    private readonly UInt64Map _heads = new();
    private readonly List<int[]> _lists = [];
    private long _listBytes;

    /// <summary>Bytes allocated: the key map plus the arrays of multi-entry buckets.</summary>
    public long AllocatedBytes => _heads.AllocatedBytes + _listBytes + (_lists.Capacity * 8L);

    /// <summary>The number of distinct keys.</summary>
    public int KeyCount => _heads.Count;

    /// <summary>Files <paramref name="entry"/> under <paramref name="key"/> (a non-zero band key).</summary>
    public void Add(ulong key, int entry)
    {
        int single = 0;
        _ = GetThenAdd(key, entry, ref single);
    }

    /// <summary>
    /// The entries filed under <paramref name="key"/> before this call (as <see cref="Get"/>), then files
    /// <paramref name="entry"/> there too, with one probe of the key map. The span stays valid: a grown bucket is copied,
    /// and the entries it shows are never overwritten.
    /// </summary>
    public ReadOnlySpan<int> GetThenAdd(ulong key, int entry, ref int single)
    {
        ref ulong head = ref _heads.GetValueRefOrAddDefault(key, out bool exists);
        if (!exists)
        {
            head = (ulong)(uint)entry;
            return [];
        }

        if ((head & ListFlag) == 0)
        {
            var list = new int[4];
            list[0] = 2;
            list[1] = (int)(uint)head;
            list[2] = entry;
            head = ListFlag | (uint)_lists.Count;
            _lists.Add(list);
            _listBytes += 24 + (4 * list.Length);
            single = list[1];
            return MemoryMarshal.CreateReadOnlySpan(ref single, 1);
        }

        int index = (int)(uint)head;
        int[] items = _lists[index];
        int count = items[0];
        ReadOnlySpan<int> before = items.AsSpan(1, count);
        if (count + 1 == items.Length)
        {
            int[] bigger = new int[items.Length * 2];
            Array.Copy(items, bigger, items.Length);
            _listBytes += 4L * items.Length;
            _lists[index] = items = bigger;
        }

        items[count + 1] = entry;
        items[0] = count + 1;
        return before;
    }

    /// <summary>
    /// The entries filed under <paramref name="key"/>, in insertion order (empty when none). A single entry is returned
    /// through <paramref name="single"/>, which must outlive the span.
    /// </summary>
    public ReadOnlySpan<int> Get(ulong key, ref int single)
    {
        if (!_heads.TryGetValue(key, out ulong head))
        {
            return [];
        }

        if ((head & ListFlag) == 0)
        {
            single = (int)(uint)head;
            return MemoryMarshal.CreateReadOnlySpan(ref single, 1);
        }

        int[] items = _lists[(int)(uint)head];
        return items.AsSpan(1, items[0]);
    }
}
