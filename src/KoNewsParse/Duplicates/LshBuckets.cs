using System.Runtime.InteropServices;

namespace KoNewsParse.Duplicates;

/// <summary>
/// LSH buckets: band key → the entries (non-negative ints) filed under it, stored contiguously so a query reads a bucket
/// as one run of memory instead of chasing a linked list (a chain of dependent cache misses that dominated large corpora).
/// A bucket with one entry lives inline in the key map; from the second entry it gets its own growable array whose
/// first element is its length. With <c>recordWords</c> &gt; 0, a bucket that reaches <c>denseAt</c> entries becomes
/// <i>dense</i>: it keeps a copy of each entry's fixed-size record (taken from the caller's record table, entry id in the
/// high half of the record's first word), so that a query reads the records of a large bucket sequentially instead of
/// one cache miss per entry. Not thread-safe (the owner locks).
/// </summary>
internal sealed class LshBuckets
{
    private const ulong ListFlag = 1UL << 63;
    private const ulong DenseFlag = 1UL << 62;

    private readonly UInt64Map _heads = new();
    private readonly List<int[]> _lists = [];
    private readonly List<ulong[]> _dense = [];
    private readonly int _recordWords;
    private readonly int _denseAt;
    private long _arrayBytes;

    /// <summary>Creates buckets of entry ids only.</summary>
    public LshBuckets()
        : this(0, int.MaxValue)
    {
    }

    /// <summary>Creates buckets that turn dense at <paramref name="denseAt"/> entries (records of <paramref name="recordWords"/> words).</summary>
    public LshBuckets(int recordWords, int denseAt)
    {
        _recordWords = recordWords;
        _denseAt = recordWords > 0 ? Math.Max(2, denseAt) : int.MaxValue;
    }

    /// <summary>Bytes allocated: the key map plus the arrays of multi-entry buckets.</summary>
    public long AllocatedBytes => _heads.AllocatedBytes + _arrayBytes + ((_lists.Capacity + _dense.Capacity) * 8L);

    /// <summary>The number of distinct keys.</summary>
    public int KeyCount => _heads.Count;

    /// <summary>The number of dense buckets.</summary>
    public int DenseCount => _dense.Count;

    /// <summary>Files <paramref name="entry"/> under <paramref name="key"/> (buckets without records).</summary>
    public void Add(ulong key, int entry) => Add(key, entry, []);

    /// <summary>Files <paramref name="entry"/> under <paramref name="key"/> (a non-zero band key).</summary>
    public void Add(ulong key, int entry, ulong[] records)
    {
        int single = 0;
        _ = GetThenAdd(key, entry, records, ref single);
    }

    /// <summary>
    /// The entries filed under <paramref name="key"/> before this call (as <see cref="Get"/>), then files
    /// <paramref name="entry"/> there too, with one probe of the key map. <paramref name="records"/> holds every entry's
    /// record at <c>entry * recordWords</c> (unused without dense buckets). The spans stay valid: a grown bucket is copied,
    /// and the entries they show are never overwritten.
    /// </summary>
    public Bucket GetThenAdd(ulong key, int entry, ulong[] records, ref int single)
    {
        ref ulong head = ref _heads.GetValueRefOrAddDefault(key, out bool exists);
        if (!exists)
        {
            head = (ulong)(uint)entry;
            return default;
        }

        if ((head & ListFlag) == 0)
        {
            var list = new int[4];
            list[0] = 2;
            list[1] = (int)(uint)head;
            list[2] = entry;
            head = ListFlag | (uint)_lists.Count;
            _lists.Add(list);
            _arrayBytes += 24 + (4 * list.Length);
            single = list[1];
            return new Bucket(MemoryMarshal.CreateReadOnlySpan(ref single, 1), default);
        }

        int index = (int)(uint)head;
        if ((head & DenseFlag) != 0)
        {
            return new Bucket(default, AppendRecord(index, entry, records));
        }

        int[] items = _lists[index];
        int count = items[0];
        ReadOnlySpan<int> before = items.AsSpan(1, count);
        if (count + 1 >= _denseAt)
        {
            // Turn dense: copy every member's record (the list array is dropped; the span above still reads it).
            var dense = new ulong[1 + (Math.Max(8, (count + 1) * 2) * _recordWords)];
            foreach (int member in before)
            {
                CopyRecord(dense, member, records);
            }

            CopyRecord(dense, entry, records);
            _lists[index] = [];
            _arrayBytes -= 24 + (4L * items.Length);
            _arrayBytes += 24 + (8L * dense.Length);
            head = ListFlag | DenseFlag | (uint)_dense.Count;
            _dense.Add(dense);
            return new Bucket(before, default);
        }

        if (count + 1 == items.Length)
        {
            int[] bigger = new int[items.Length * 2];
            Array.Copy(items, bigger, items.Length);
            _arrayBytes += 4L * items.Length;
            _lists[index] = items = bigger;
        }

        items[count + 1] = entry;
        items[0] = count + 1;
        return new Bucket(before, default);
    }

    /// <summary>
    /// The entries filed under <paramref name="key"/>, in insertion order (empty when none): ids, or for a dense bucket the
    /// members' records. A single entry is returned through <paramref name="single"/>, which must outlive the span.
    /// </summary>
    public Bucket Get(ulong key, ref int single)
    {
        if (!_heads.TryGetValue(key, out ulong head))
        {
            return default;
        }

        if ((head & ListFlag) == 0)
        {
            single = (int)(uint)head;
            return new Bucket(MemoryMarshal.CreateReadOnlySpan(ref single, 1), default);
        }

        if ((head & DenseFlag) != 0)
        {
            ulong[] dense = _dense[(int)(uint)head];
            return new Bucket(default, dense.AsSpan(1, (int)dense[0] * _recordWords));
        }

        int[] items = _lists[(int)(uint)head];
        return new Bucket(items.AsSpan(1, items[0]), default);
    }

    private ReadOnlySpan<ulong> AppendRecord(int index, int entry, ulong[] records)
    {
        ulong[] dense = _dense[index];
        int count = (int)dense[0];
        ReadOnlySpan<ulong> before = dense.AsSpan(1, count * _recordWords);
        if (1 + ((count + 1) * _recordWords) > dense.Length)
        {
            ulong[] bigger = new ulong[1 + (count * 2 * _recordWords)];
            Array.Copy(dense, bigger, 1 + (count * _recordWords));
            _arrayBytes += 8L * (bigger.Length - dense.Length);
            _dense[index] = dense = bigger;
        }

        CopyRecord(dense, entry, records);
        return before;
    }

    private void CopyRecord(ulong[] dense, int entry, ulong[] records)
    {
        int count = (int)dense[0];
        Span<ulong> target = dense.AsSpan(1 + (count * _recordWords), _recordWords);
        records.AsSpan(entry * _recordWords, _recordWords).CopyTo(target);
        target[0] = (target[0] & 0xFFFFFFFFUL) | ((ulong)(uint)entry << 32);
        dense[0] = (ulong)(count + 1);
    }

    /// <summary>What a bucket holds: entry ids, or (dense) the records of its entries.</summary>
    /// <param name="ids">The entry ids (empty for a dense bucket).</param>
    /// <param name="records">The entries' records, <c>recordWords</c> each, entry id in the high half of the first word.</param>
    public readonly ref struct Bucket(ReadOnlySpan<int> ids, ReadOnlySpan<ulong> records)
    {
        /// <summary>The entry ids (empty for a dense bucket).</summary>
        public ReadOnlySpan<int> Ids { get; } = ids;

        /// <summary>The entries' records (dense buckets only).</summary>
        public ReadOnlySpan<ulong> Records { get; } = records;
    }
}
