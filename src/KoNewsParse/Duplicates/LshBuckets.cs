using System.Numerics;
using System.Runtime.InteropServices;

namespace KoNewsParse.Duplicates;

/// <summary>
/// LSH buckets: band key → the entries (non-negative ints) filed under it, stored contiguously so a query reads a bucket
/// as one run of memory instead of chasing a linked list (a chain of dependent cache misses that dominated large corpora).
/// A bucket with one entry lives inline in the key map; from the second entry it gets its own growable array whose
/// first element is its length. With <c>recordWords</c> &gt; 0, a bucket that reaches <c>denseAt</c> entries becomes
/// <i>dense</i>: it keeps a copy of each entry's fixed-size record (taken from the caller's record table, entry id in the
/// high half of the record's first word), so that a query reads the records of a large bucket sequentially instead of
/// one cache miss per entry. A dense bucket also keeps, per block of <see cref="BlockSize"/> consecutive members, the union
/// of their wide shingle bitmaps (<c>unionWords</c> words, OR-ed in by the owner's <see cref="WideUnion"/>), so that a
/// query can reject a whole block with one bound (ShingleVerifier.WideUpperBound).
/// <para>
/// The key map stores 32 bits per key and 32 per head (8 bytes a slot, half of a 64-bit map: it is the index's largest
/// table, one key per band of every distinct text): the key is folded to a 32-bit tag, so two keys with the same tag
/// (about one pair in 2^32) share one bucket. That only adds candidates, which the caller's bounds and exact check reject
/// like any other LSH false positive; the tag is a function of the key, so the merge is the same in every order. A head is
/// an inline entry, or a flag with a list's offset (in units of four ints, the smallest block) or a dense bucket's number.
/// Entries must be below 2^30 (<see cref="MaxEntry"/>). Not thread-safe (the owner locks).
/// </para>
/// </summary>
internal sealed class LshBuckets
{
    /// <summary>The number of consecutive dense-bucket members that share one union bitmap.</summary>
    public const int BlockSize = 8;

    private const uint ListFlag = 1U << 31;
    private const uint DenseFlag = 1U << 30;
    private const uint PayloadMask = DenseFlag - 1;

    /// <summary>The largest entry (entries share a head's 32 bits with two flags).</summary>
    public const int MaxEntry = (int)PayloadMask;

    private readonly OpenAddressingMap<uint> _heads;
    // Multi-entry buckets' lists: blocks of a power-of-two number of ints in one pool array, [count, entries...], recycled
    // through one free list per size (linked through the block's first int), so that a million small lists are not a
    // million heap objects for every full garbage collection to mark. A list's head holds its offset; its size class
    // follows from its count (SizeClass).
    private int[] _pool = new int[64];
    private int _poolUsed;
    private readonly int[] _free = new int[32];
    private int _listCount;
    private readonly List<ulong[]> _dense = [];
    private readonly List<ulong[]> _unions = [];
    private readonly int _recordWords;
    private readonly int _denseAt;
    private readonly int _unionWords;
    private readonly WideUnion? _orWide;
    private long _arrayBytes;

    /// <summary>Creates buckets of entry ids only.</summary>
    public LshBuckets()
        : this(0, int.MaxValue, 0, null)
    {
    }

    /// <summary>
    /// Creates buckets that turn dense at <paramref name="denseAt"/> entries (records of <paramref name="recordWords"/>
    /// words), with block unions of <paramref name="unionWords"/> words filled by <paramref name="orWide"/> (0 and
    /// <see langword="null"/>: no unions); the key map holds <paramref name="keyCapacity"/> keys before it first grows.
    /// </summary>
    public LshBuckets(int recordWords, int denseAt, int unionWords, WideUnion? orWide, int keyCapacity = 16)
    {
        _heads = new OpenAddressingMap<uint>(keyCapacity);
        _recordWords = recordWords;
        _denseAt = recordWords > 0 ? Math.Max(2, denseAt) : int.MaxValue;
        _unionWords = orWide is null ? 0 : unionWords;
        _orWide = orWide;
    }

    /// <summary>ORs the wide bitmap of <paramref name="entry"/> into <paramref name="union"/>.</summary>
    public delegate void WideUnion(int entry, Span<ulong> union);

    /// <summary>Bytes allocated: the key map plus the arrays of multi-entry buckets.</summary>
    public long AllocatedBytes => _heads.AllocatedBytes + _arrayBytes + (4L * _pool.Length) + ((_dense.Capacity + _unions.Capacity) * 8L);

    /// <summary>The number of distinct keys.</summary>
    public int KeyCount => _heads.Count;

    /// <summary>The number of dense buckets.</summary>
    public int DenseCount => _dense.Count;

    /// <summary>The number of buckets with a list of entries (neither a single inline entry nor dense).</summary>
    public int ListCount => _listCount;

    /// <summary>Prefetches the key map's slot for <paramref name="key"/> ahead of a lookup (<see cref="OpenAddressingMap{T}.Prefetch"/>).</summary>
    public void PrefetchHead(ulong key) => _heads.Prefetch(Tag(key));

    /// <summary>The 32-bit tag a key is filed under: its two halves folded (non-zero, as the map requires).</summary>
    private static uint Tag(ulong key)
    {
        uint tag = (uint)(key >> 32) ^ (uint)key;
        return tag == 0 ? 1 : tag;
    }

    /// <summary>
    /// Prefetches (<see cref="CacheHint"/>) what reading the bucket of <paramref name="key"/> touches after the key map: a
    /// single entry's record in <paramref name="records"/>, a list's first entries, a dense bucket's first records and
    /// block unions (the rest of a dense bucket is read sequentially, which the hardware prefetcher follows).
    /// </summary>
    /// <returns>The bucket's head as it is now (0 when the key is absent), for <see cref="PrefetchListRecords"/>.</returns>
    public uint PrefetchContents(ulong key, ulong[] records)
    {
        if (!_heads.TryGetValue(Tag(key), out uint head))
        {
            return 0;
        }

        int index = (int)(head & PayloadMask);
        if ((head & ListFlag) == 0)
        {
            CacheHint.Prefetch(records, index * _recordWords);
        }
        else if ((head & DenseFlag) == 0)
        {
            CacheHint.Prefetch(_pool, ListOffset(head));
        }
        else if (index < _dense.Count)
        {
            CacheHint.Prefetch(_dense[index], 0);
            CacheHint.Prefetch(_unions[index], 0);
        }

        return head;
    }

    /// <summary>
    /// Prefetches the records of the first <paramref name="max"/> entries of a list bucket, given the head that
    /// <see cref="PrefetchContents"/> returned (its list should be in the cache by now). A head that has since changed
    /// only makes the hints useless: every index read here is range-checked.
    /// </summary>
    public void PrefetchListRecords(uint head, ulong[] records, int max)
    {
        if ((head & (ListFlag | DenseFlag)) != ListFlag)
        {
            return;
        }

        int offset = ListOffset(head);
        if ((uint)offset >= (uint)_pool.Length)
        {
            return;
        }

        int end = Math.Min(_pool.Length - 1, offset + Math.Min(max, _pool[offset]));
        for (int e = offset + 1; e <= end; e++)
        {
            CacheHint.Prefetch(records, _pool[e] * _recordWords);
        }
    }

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
    /// record at <c>entry * recordWords</c> (unused without dense buckets). The spans stay valid until the next call that
    /// files an entry: a grown bucket is copied, and the block it leaves is reused only by a later call.
    /// </summary>
    public Bucket GetThenAdd(ulong key, int entry, ulong[] records, ref int single)
    {
        if ((uint)entry > MaxEntry)
        {
            throw new InvalidOperationException($"LSH bucket entries must be at most {MaxEntry}.");
        }

        ref uint head = ref _heads.GetValueRefOrAddDefault(Tag(key), out bool exists);
        if (!exists)
        {
            head = (uint)entry;
            return default;
        }

        if ((head & ListFlag) == 0)
        {
            int offset = Allocate(2);
            _pool[offset] = 2;
            _pool[offset + 1] = single = (int)head;
            _pool[offset + 2] = entry;
            head = ListHead(offset);
            _listCount++;
            return new Bucket(MemoryMarshal.CreateReadOnlySpan(ref single, 1), default, default);
        }

        if ((head & DenseFlag) != 0)
        {
            return AppendRecord((int)(head & PayloadMask), entry, records);
        }

        int index = ListOffset(head);
        int count = _pool[index];
        int sizeClass = SizeClass(count);
        ReadOnlySpan<int> before = _pool.AsSpan(index + 1, count);
        if (count + 1 >= _denseAt)
        {
            // Turn dense: copy every member's record (the list's block is freed; only its first int, the count, is
            // overwritten before a later call allocates again, so the span above still reads the entries).
            var dense = new ulong[1 + (Math.Max(8, (count + 1) * 2) * _recordWords)];
            foreach (int member in before)
            {
                CopyRecord(dense, member, records);
            }

            CopyRecord(dense, entry, records);
            ulong[] unions = new ulong[Blocks(dense) * _unionWords];
            for (int i = 0; i <= count; i++)
            {
                OrInto(unions, i, i < count ? before[i] : entry);
            }

            Free(index, sizeClass);
            _listCount--;
            _arrayBytes += 48 + (8L * (dense.Length + unions.Length));
            head = ListFlag | DenseFlag | (uint)_dense.Count;
            _dense.Add(dense);
            _unions.Add(unions);
            return new Bucket(before, default, default);
        }

        if (count + 1 == 1 << sizeClass)
        {
            // Grow into a block twice the size (the pool may be reallocated: the span above keeps reading the old array).
            int bigger = Allocate(sizeClass + 1);
            Array.Copy(_pool, index, _pool, bigger, count + 1);
            Free(index, sizeClass);
            index = bigger;
            head = ListHead(index);
        }

        _pool[index + count + 1] = entry;
        _pool[index] = count + 1;
        return new Bucket(before, default, default);
    }

    /// <summary>
    /// The entries filed under <paramref name="key"/>, in insertion order (empty when none): ids, or for a dense bucket the
    /// members' records. A single entry is returned through <paramref name="single"/>, which must outlive the span.
    /// </summary>
    public Bucket Get(ulong key, ref int single)
    {
        if (!_heads.TryGetValue(Tag(key), out uint head))
        {
            return default;
        }

        if ((head & ListFlag) == 0)
        {
            single = (int)head;
            return new Bucket(MemoryMarshal.CreateReadOnlySpan(ref single, 1), default, default);
        }

        if ((head & DenseFlag) != 0)
        {
            return DenseBucket((int)(head & PayloadMask));
        }

        int offset = ListOffset(head);
        return new Bucket(_pool.AsSpan(offset + 1, _pool[offset]), default, default);
    }

    /// <summary>A dense bucket's members as a query reads them (records and the unions of their blocks).</summary>
    private Bucket DenseBucket(int index)
    {
        ulong[] dense = _dense[index];
        int count = (int)dense[0];
        return new Bucket(default, dense.AsSpan(1, count * _recordWords), _unions[index].AsSpan(0, BlocksOf(count) * _unionWords));
    }

    private Bucket AppendRecord(int index, int entry, ulong[] records)
    {
        Bucket before = DenseBucket(index);
        ulong[] dense = _dense[index];
        int count = (int)dense[0];
        if (1 + ((count + 1) * _recordWords) > dense.Length)
        {
            ulong[] bigger = new ulong[1 + (count * 2 * _recordWords)];
            Array.Copy(dense, bigger, 1 + (count * _recordWords));
            ulong[] unions = new ulong[Blocks(bigger) * _unionWords];
            _unions[index].CopyTo(unions, 0);
            _arrayBytes += 8L * (bigger.Length - dense.Length + unions.Length - _unions[index].Length);
            _dense[index] = dense = bigger;
            _unions[index] = unions;
        }

        CopyRecord(dense, entry, records);
        OrInto(_unions[index], count, entry);
        return before;
    }

    // A list block holds [count, entries...] in the smallest power of two of at least 4 ints that has room, so its size
    // class follows from its count, and every block starts at a multiple of 4 ints (offsets up to 2^32 ints fit a head).
    private static uint ListHead(int offset) => ListFlag | ((uint)offset >> 2);

    private static int ListOffset(uint head) => (int)((head & PayloadMask) << 2);

    /// <summary>The size class of a list block holding <paramref name="count"/> entries: the smallest s with 2^s ≥ count + 1.</summary>
    private static int SizeClass(int count) => 32 - BitOperations.LeadingZeroCount((uint)count);

    /// <summary>A block of 2^<paramref name="sizeClass"/> ints of the pool: a freed one of that size, or new at the end.</summary>
    private int Allocate(int sizeClass)
    {
        int offset = _free[sizeClass] - 1;
        if (offset >= 0)
        {
            _free[sizeClass] = _pool[offset];
            return offset;
        }

        int size = 1 << sizeClass;
        if (_poolUsed + size > _pool.Length)
        {
            Array.Resize(ref _pool, checked((int)Math.Min(Array.MaxLength, Math.Max(_poolUsed + size, (long)_pool.Length * 2))));
        }

        offset = _poolUsed;
        _poolUsed += size;
        return offset;
    }

    private void Free(int offset, int sizeClass)
    {
        _pool[offset] = _free[sizeClass];
        _free[sizeClass] = offset + 1;
    }

    private static int BlocksOf(int members) => (members + BlockSize - 1) / BlockSize;

    /// <summary>The number of blocks a dense array has room for.</summary>
    private int Blocks(ulong[] dense) => BlocksOf((dense.Length - 1) / _recordWords);

    /// <summary>ORs the wide bitmap of <paramref name="entry"/>, member <paramref name="position"/> of a dense bucket, into its block's union.</summary>
    private void OrInto(ulong[] unions, int position, int entry)
    {
        if (_orWide is not null)
        {
            _orWide(entry, unions.AsSpan(position / BlockSize * _unionWords, _unionWords));
        }
    }

    private void CopyRecord(ulong[] dense, int entry, ulong[] records)
    {
        int count = (int)dense[0];
        Span<ulong> target = dense.AsSpan(1 + (count * _recordWords), _recordWords);
        records.AsSpan(entry * _recordWords, _recordWords).CopyTo(target);
        target[0] = (target[0] & 0xFFFFFFFFUL) | ((ulong)(uint)entry << 32);
        dense[0] = (ulong)(count + 1);
    }

    /// <summary>What a bucket holds: entry ids, or (dense) the records of its entries and the unions of their blocks.</summary>
    /// <param name="ids">The entry ids (empty for a dense bucket).</param>
    /// <param name="records">The entries' records, <c>recordWords</c> each, entry id in the high half of the first word.</param>
    /// <param name="unions">Per block of <see cref="BlockSize"/> records, the union of their wide bitmaps (<c>unionWords</c> each; empty without unions).</param>
    public readonly ref struct Bucket(ReadOnlySpan<int> ids, ReadOnlySpan<ulong> records, ReadOnlySpan<ulong> unions)
    {
        /// <summary>The entry ids (empty for a dense bucket).</summary>
        public ReadOnlySpan<int> Ids { get; } = ids;

        /// <summary>The entries' records (dense buckets only).</summary>
        public ReadOnlySpan<ulong> Records { get; } = records;

        /// <summary>The block unions (dense buckets with unions only).</summary>
        public ReadOnlySpan<ulong> Unions { get; } = unions;
    }
}
