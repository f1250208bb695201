namespace KoNewsParse.Duplicates;

/// <summary>
/// A compact open-addressing hash map from non-zero 64-bit keys (already well mixed) to 64-bit values: one array of
/// interleaved key/value pairs (so a probe touches one cache line, not one in each of two arrays), 16 bytes per slot,
/// linear probing, at most 85% full, grown by 1.5× (so between 57% and 85% full: 19–28 bytes per key).
/// Not thread-safe (the owner locks).
/// </summary>
internal sealed class UInt64Map
{
    private const double MaxLoad = 0.85;

    // Slot i: key at [2i], value at [2i + 1]; key 0 = empty.
    private ulong[] _slots;
    private int _limit;

    public UInt64Map(int capacity = 16)
    {
        int slots = Math.Max(16, (int)Math.Ceiling(capacity / MaxLoad) + 1);
        _slots = new ulong[slots * 2];
        _limit = (int)(slots * MaxLoad);
    }

    public int Count { get; private set; }

    public long AllocatedBytes => (long)_slots.Length * 8;

    private static int Slot(ulong key, int slotCount) => (int)Math.BigMul(key, (ulong)slotCount, out _);

    public bool TryGetValue(ulong key, out ulong value)
    {
        ulong[] slots = _slots;
        int n = slots.Length >> 1;
        int i = Slot(key, n);
        while (true)
        {
            ulong k = slots[2 * i];
            if (k == key)
            {
                value = slots[(2 * i) + 1];
                return true;
            }

            if (k == 0)
            {
                value = 0;
                return false;
            }

            if (++i == n)
            {
                i = 0;
            }
        }
    }

    /// <summary>
    /// Reads the first slot that a lookup of <paramref name="key"/> will read, so that a caller who knows its next keys can
    /// bring their cache lines in together (their misses overlap) before the lookups, whose branches would serialize them.
    /// </summary>
    /// <returns>The word read (to be folded into a value the caller keeps, so the read is not elided).</returns>
    public ulong Peek(ulong key)
    {
        ulong[] slots = _slots;
        return slots[2 * Slot(key, slots.Length >> 1)];
    }

    /// <summary>Finds the slot of <paramref name="key"/>, inserting it with <paramref name="valueIfNew"/> if absent.</summary>
    /// <returns>Whether the key was added.</returns>
    public bool GetOrAdd(ulong key, ulong valueIfNew, out ulong existing)
    {
        ref ulong value = ref GetValueRefOrAddDefault(key, out bool exists);
        if (!exists)
        {
            value = valueIfNew;
        }

        existing = value;
        return !exists;
    }

    /// <summary>A reference to the value of <paramref name="key"/>, added with value 0 when absent (one probe sequence).</summary>
    public ref ulong GetValueRefOrAddDefault(ulong key, out bool exists)
    {
        if (Count >= _limit)
        {
            Grow();
        }

        ulong[] slots = _slots;
        int n = slots.Length >> 1;
        int i = Slot(key, n);
        while (true)
        {
            ulong k = slots[2 * i];
            if (k == key)
            {
                exists = true;
                return ref slots[(2 * i) + 1];
            }

            if (k == 0)
            {
                slots[2 * i] = key;
                Count++;
                exists = false;
                return ref slots[(2 * i) + 1];
            }

            if (++i == n)
            {
                i = 0;
            }
        }
    }

    /// <summary>Sets the value of a key (adding it when absent).</summary>
    public void Set(ulong key, ulong value) => GetValueRefOrAddDefault(key, out _) = value;

    public IEnumerable<KeyValuePair<ulong, ulong>> Entries()
    {
        for (int i = 0; i < _slots.Length; i += 2)
        {
            if (_slots[i] != 0)
            {
                yield return new KeyValuePair<ulong, ulong>(_slots[i], _slots[i + 1]);
            }
        }
    }

    private void Grow()
    {
        ulong[] old = _slots;
        int n = checked((int)Math.Min(Array.MaxLength / 2, ((long)(old.Length >> 1) * 3 / 2) + 1));
        var slots = new ulong[n * 2];
        _limit = (int)(n * MaxLoad);
        for (int j = 0; j < old.Length; j += 2)
        {
            ulong key = old[j];
            if (key == 0)
            {
                continue;
            }

            int i = Slot(key, n);
            while (slots[2 * i] != 0)
            {
                if (++i == n)
                {
                    i = 0;
                }
            }

            slots[2 * i] = key;
            slots[(2 * i) + 1] = old[j + 1];
        }

        _slots = slots;
    }
}
