namespace KoNewsParse.Duplicates;

/// <summary>
/// A compact open-addressing hash map from non-zero 64-bit keys (already well mixed) to 64-bit values: two parallel arrays,
/// 16 bytes per slot, linear probing, at most 85% full, grown by 1.5× (so between 57% and 85% full: 19–28 bytes per key).
/// Not thread-safe (the owner locks).
/// </summary>
internal sealed class UInt64Map
{
    private const double MaxLoad = 0.85;
    private ulong[] _keys;
    private ulong[] _values;
    private int _limit;

    public UInt64Map(int capacity = 16)
    {
        int slots = Math.Max(16, (int)Math.Ceiling(capacity / MaxLoad) + 1);
        _keys = new ulong[slots];
        _values = new ulong[slots];
        _limit = (int)(slots * MaxLoad);
    }

    public int Count { get; private set; }

    public long AllocatedBytes => (long)_keys.Length * 16;

    private static int Slot(ulong key, int length) => (int)Math.BigMul(key, (ulong)length, out _);

    public bool TryGetValue(ulong key, out ulong value)
    {
        ulong[] keys = _keys;
        int i = Slot(key, keys.Length);
        while (true)
        {
            ulong k = keys[i];
            if (k == key)
            {
                value = _values[i];
                return true;
            }

            if (k == 0)
            {
                value = 0;
                return false;
            }

            if (++i == keys.Length)
            {
                i = 0;
            }
        }
    }

    /// <summary>Finds the slot of <paramref name="key"/>, inserting it with <paramref name="valueIfNew"/> if absent.</summary>
    /// <returns>Whether the key was added.</returns>
    public bool GetOrAdd(ulong key, ulong valueIfNew, out ulong existing)
    {
        if (Count >= _limit)
        {
            Grow();
        }

        ulong[] keys = _keys;
        int i = Slot(key, keys.Length);
        while (true)
        {
            ulong k = keys[i];
            if (k == key)
            {
                existing = _values[i];
                return false;
            }

            if (k == 0)
            {
                keys[i] = key;
                _values[i] = valueIfNew;
                Count++;
                existing = valueIfNew;
                return true;
            }

            if (++i == keys.Length)
            {
                i = 0;
            }
        }
    }

    /// <summary>A reference to the value of <paramref name="key"/>, added with value 0 when absent (one probe sequence).</summary>
    public ref ulong GetValueRefOrAddDefault(ulong key, out bool exists)
    {
        if (Count >= _limit)
        {
            Grow();
        }

        ulong[] keys = _keys;
        int i = Slot(key, keys.Length);
        while (true)
        {
            ulong k = keys[i];
            if (k == key)
            {
                exists = true;
                return ref _values[i];
            }

            if (k == 0)
            {
                keys[i] = key;
                Count++;
                exists = false;
                return ref _values[i];
            }

            if (++i == keys.Length)
            {
                i = 0;
            }
        }
    }

    /// <summary>Sets the value of an existing key.</summary>
    public void Set(ulong key, ulong value)
    {
        ulong[] keys = _keys;
        int i = Slot(key, keys.Length);
        while (keys[i] != key)
        {
            if (keys[i] == 0)
            {
                GetOrAdd(key, value, out _);
                return;
            }

            if (++i == keys.Length)
            {
                i = 0;
            }
        }

        _values[i] = value;
    }

    public IEnumerable<KeyValuePair<ulong, ulong>> Entries()
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                yield return new KeyValuePair<ulong, ulong>(_keys[i], _values[i]);
            }
        }
    }

    private void Grow()
    {
        ulong[] oldKeys = _keys, oldValues = _values;
        int slots = checked((int)Math.Min(Array.MaxLength, (long)oldKeys.Length * 3 / 2 + 1));
        _keys = new ulong[slots];
        _values = new ulong[slots];
        _limit = (int)(slots * MaxLoad);
        for (int j = 0; j < oldKeys.Length; j++)
        {
            ulong key = oldKeys[j];
            if (key == 0)
            {
                continue;
            }

            int i = Slot(key, slots);
            while (_keys[i] != 0)
            {
                if (++i == slots)
                {
                    i = 0;
                }
            }

            _keys[i] = key;
            _values[i] = oldValues[j];
        }
    }
}
