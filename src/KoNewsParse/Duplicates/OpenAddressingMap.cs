using System.Numerics;
using System.Runtime.CompilerServices;

namespace KoNewsParse.Duplicates;

/// <summary>
/// A compact open-addressing hash map from non-zero keys (already well mixed) to values of the same width, 64 or 32 bits
/// (<typeparamref name="T"/> is <see cref="ulong"/> or <see cref="uint"/>; the JIT compiles each width on its own, so the
/// generic costs nothing): one array of interleaved key/value pairs (so a probe touches one cache line, not one in each of
/// two arrays), 16 or 8 bytes per slot, linear probing, at most 85% full, grown by 1.5× (so between 57% and 85% full:
/// 19–28 bytes per 64-bit key, half that per 32-bit key). A key's home slot is its position in the key range scaled to
/// the table (the high bits of key × slots), so a growth rehash walks the old table and writes the new one in order.
/// Not thread-safe (the owner locks).
/// </summary>
/// <typeparam name="T">The key and value type.</typeparam>
internal sealed class OpenAddressingMap<T>
    where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
{
    private const double MaxLoad = 0.85;

    // Slot i: key at [2i], value at [2i + 1]; key 0 = empty.
    private T[] _slots;
    private int _limit;

    public OpenAddressingMap(int capacity = 16)
    {
        int slots = Math.Max(16, (int)Math.Ceiling(capacity / MaxLoad) + 1);
        _slots = new T[slots * 2];
        _limit = (int)(slots * MaxLoad);
    }

    public int Count { get; private set; }

    public long AllocatedBytes => (long)_slots.Length * Unsafe.SizeOf<T>();

    private static int Slot(T key, int slotCount)
    {
        // The key as the high bits of a 64-bit fraction of the range (a no-op shift for 64-bit keys).
        ulong fraction = ulong.CreateTruncating(key) << (64 - (8 * Unsafe.SizeOf<T>()));
        return (int)Math.BigMul(fraction, (ulong)slotCount, out _);
    }

    public bool TryGetValue(T key, out T value)
    {
        T[] slots = _slots;
        int i = Find(slots, key);
        bool found = slots[2 * i] == key;
        value = found ? slots[(2 * i) + 1] : T.Zero;
        return found;
    }

    /// <summary>
    /// The slot of <paramref name="key"/> in <paramref name="slots"/>, or the empty slot where its probe sequence ends (the
    /// one probe loop that lookups, inserts and the growth rehash share).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Find(T[] slots, T key)
    {
        int n = slots.Length >> 1;
        int i = Slot(key, n);
        while (true)
        {
            T k = slots[2 * i];
            if (k == key || k == T.Zero)
            {
                return i;
            }

            if (++i == n)
            {
                i = 0;
            }
        }
    }

    /// <summary>
    /// Prefetches (<see cref="CacheHint"/>) the first slot that a lookup of <paramref name="key"/> will read, so that a
    /// caller who knows its next keys can bring their cache lines in together, without waiting for any of them.
    /// </summary>
    public void Prefetch(T key)
    {
        T[] slots = _slots;
        CacheHint.Prefetch(slots, 2 * Slot(key, slots.Length >> 1));
    }

    /// <summary>Finds the slot of <paramref name="key"/>, inserting it with <paramref name="valueIfNew"/> if absent.</summary>
    /// <returns>Whether the key was added.</returns>
    public bool GetOrAdd(T key, T valueIfNew, out T existing)
    {
        ref T value = ref GetValueRefOrAddDefault(key, out bool exists);
        if (!exists)
        {
            value = valueIfNew;
        }

        existing = value;
        return !exists;
    }

    /// <summary>A reference to the value of <paramref name="key"/>, added with value 0 when absent (one probe sequence).</summary>
    public ref T GetValueRefOrAddDefault(T key, out bool exists)
    {
        if (Count >= _limit)
        {
            Grow();
        }

        T[] slots = _slots;
        int i = Find(slots, key);
        exists = slots[2 * i] == key;
        if (!exists)
        {
            slots[2 * i] = key;
            Count++;
        }

        return ref slots[(2 * i) + 1];
    }

    /// <summary>Sets the value of a key (adding it when absent).</summary>
    public void Set(T key, T value) => GetValueRefOrAddDefault(key, out _) = value;

    public IEnumerable<KeyValuePair<T, T>> Entries()
    {
        for (int i = 0; i < _slots.Length; i += 2)
        {
            if (_slots[i] != T.Zero)
            {
                yield return new KeyValuePair<T, T>(_slots[i], _slots[i + 1]);
            }
        }
    }

    private void Grow()
    {
        T[] old = _slots;
        int n = checked((int)Math.Min(Array.MaxLength / 2, ((long)(old.Length >> 1) * 3 / 2) + 1));
        var slots = new T[n * 2];
        _limit = (int)(n * MaxLoad);
        for (int j = 0; j < old.Length; j += 2)
        {
            T key = old[j];
            if (key == T.Zero)
            {
                continue;
            }

            int i = Find(slots, key); // not in the new table yet: its first free slot
            slots[2 * i] = key;
            slots[(2 * i) + 1] = old[j + 1];
        }

        _slots = slots;
    }
}
