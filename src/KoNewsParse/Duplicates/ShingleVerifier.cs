using System.Numerics;

namespace KoNewsParse.Duplicates;

/// <summary>
/// Counts, exactly, how many of one text's distinct character 5-gram shingles occur in other texts. The text's shingles
/// (each packs its five UTF-16 units into 80 bits, so equality is exact) sit in a small open-addressing table that fits in
/// L1/L2; the other text is scanned once with a rolling pack, and the scan stops as soon as the count can no longer reach
/// what the caller needs. Reusable: <see cref="Reset"/> loads a new text without allocating when the arrays are big
/// enough. It also answers a cheaper question first: an upper bound of the common count (never below it) from a
/// <see cref="BitmapWords"/>-word bitmap of the other text's shingles (<see cref="FillBitmap"/>, <see cref="UpperBound(ReadOnlySpan{ulong}, int)"/>).
/// Not thread-safe.
/// </summary>
internal sealed class ShingleVerifier
{
    /// <summary>The number of 64-bit words of a shingle bitmap (448 bits: with one more word it fills a cache line).</summary>
    public const int BitmapWords = 7;

    /// <summary>
    /// The number of 64-bit words of a wide shingle bitmap (2,048 bits): sparse enough that the union of a few unrelated
    /// texts' wide bitmaps still rejects a query (<see cref="WideUpperBound"/>).
    /// </summary>
    public const int WideWords = (1 << WideShift) / 64;

    private const int WideShift = 11;

    private const int BitmapBits = BitmapWords * 64;

    private ulong[] _lows = [];
    private ulong[] _layers = new ulong[BitmapWords];
    private readonly ushort[] _bitCounts = new ushort[BitmapWords * 64];
    private readonly ulong[] _wide = new ulong[WideWords];
    private int _wideBeyond;
    private int _layerCount;
    private int _beyondFirst;
    private bool _saturated;
    private ushort[] _highs = [];
    private int[] _table = [];
    private int[] _stamps = [];
    private int _mask;
    private int _generation;

    /// <summary>Creates an empty verifier (call <see cref="Reset"/>).</summary>
    public ShingleVerifier()
    {
    }

    /// <summary>Creates a verifier for one canonical text.</summary>
    public ShingleVerifier(string canonical) => Reset(canonical);

    /// <summary>The number of distinct shingles of the loaded text.</summary>
    public int Count { get; private set; }

    /// <summary>Loads <paramref name="canonical"/> as the text whose shingles are counted.</summary>
    public void Reset(string canonical)
    {
        int n = Math.Max(0, canonical.Length - ParagraphFingerprint.ShingleLength + 1);
        int size = 16;
        while (size < n * 2)
        {
            size <<= 1;
        }

        if (_table.Length < size)
        {
            _table = new int[size];
        }
        else
        {
            Array.Clear(_table, 0, size);
        }

        if (_lows.Length < n)
        {
            int capacity = Math.Max(n, _lows.Length * 2);
            _lows = new ulong[capacity];
            _highs = new ushort[capacity];
            _stamps = new int[capacity];
        }
        else
        {
            Array.Clear(_stamps, 0, n);
        }

        Array.Clear(_layers, 0, _layerCount * BitmapWords);
        Array.Clear(_bitCounts);
        _layerCount = 0;
        _saturated = false;
        _generation = 0;
        _mask = size - 1;
        Count = 0;
        for (var shingles = new Roller(canonical); shingles.MoveNext();)
        {
            (ushort high, ulong low) = (shingles.High, shingles.Low);
            if (Find(high, low, out int slot) == 0)
            {
                _lows[Count] = low;
                _highs[Count] = high;
                AddToLayers(Bit(high, low));
                _table[slot] = ++Count;
            }
        }

        int firstLayerBits = 0;
        for (int w = 0; w < BitmapWords; w++)
        {
            firstLayerBits += BitOperations.PopCount(_layers[w]);
        }

        _beyondFirst = Count - firstLayerBits;
        _wideBeyond = -1;
    }

    /// <summary>The wide bitmap (<see cref="WideWords"/> words) of the loaded text, as <see cref="OrWideBitmap"/> sets it.</summary>
    public ReadOnlySpan<ulong> WideBitmap
    {
        get
        {
            EnsureWide();
            return _wide;
        }
    }

    /// <summary>How many of the loaded text's distinct shingles occur in <paramref name="other"/>.</summary>
    public int CountCommon(string other) => CountCommon(other, 0);

    /// <summary>
    /// How many of the loaded text's distinct shingles occur in <paramref name="other"/>; when the count cannot reach
    /// <paramref name="needed"/> the scan stops early and returns a smaller count (so the result is exact whenever it is at
    /// least <paramref name="needed"/>, and below it otherwise).
    /// </summary>
    public int CountCommon(string other, int needed)
    {
        if (Count == 0)
        {
            return 0;
        }

        if (++_generation == int.MaxValue)
        {
            Array.Clear(_stamps, 0, Count);
            _generation = 1;
        }

        int generation = _generation;
        int positions = other.Length - ParagraphFingerprint.ShingleLength + 1;
        int common = 0;
        for (var shingles = new Roller(other); shingles.MoveNext();)
        {
            if (common + (positions - shingles.Position) < needed)
            {
                return common; // even if every remaining shingle matched, the count would stay below what is needed
            }

            int entry = Find(shingles.High, shingles.Low, out _);
            if (entry != 0 && _stamps[entry - 1] != generation)
            {
                _stamps[entry - 1] = generation;
                common++;
            }
        }

        return common;
    }

    /// <summary>
    /// Sets, in <paramref name="bitmap"/> (<see cref="BitmapWords"/> words, cleared by the caller), one bit per shingle of
    /// <paramref name="canonical"/>.
    /// </summary>
    public static void FillBitmap(string canonical, Span<ulong> bitmap)
    {
        for (var shingles = new Roller(canonical); shingles.MoveNext();)
        {
            int bit = Bit(shingles.High, shingles.Low);
            bitmap[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>
    /// Sets, in <paramref name="wide"/> (<see cref="WideWords"/> words), one bit per shingle of <paramref name="canonical"/>,
    /// keeping the bits already set: OR-ing several texts into one bitmap gives the bitmap of their union.
    /// </summary>
    public static void OrWideBitmap(string canonical, Span<ulong> wide)
    {
        for (var shingles = new Roller(canonical); shingles.MoveNext();)
        {
            int bit = WideBit(shingles.High, shingles.Low);
            wide[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>
    /// An upper bound of <see cref="CountCommon(string)"/> for every text whose shingles all have their bit set in
    /// <paramref name="union"/> (a wide bitmap, possibly of several texts, <see cref="OrWideBitmap"/>): the loaded text's
    /// distinct shingles whose wide bit is set there. The shingles sharing a wide bit with another of the loaded text's are
    /// counted as if they all matched, so the bound never undercounts.
    /// </summary>
    public int WideUpperBound(ReadOnlySpan<ulong> union)
    {
        EnsureWide();
        ReadOnlySpan<ulong> other = union[..WideWords];
        ReadOnlySpan<ulong> mine = _wide;
        int bound = _wideBeyond;
        for (int w = 0; w < WideWords; w++)
        {
            bound += BitOperations.PopCount(mine[w] & other[w]);
        }

        return bound;
    }

    /// <summary>
    /// An upper bound of <see cref="CountCommon(string)"/> for the text whose bitmap is <paramref name="bitmap"/>
    /// (<see cref="FillBitmap"/>): the number of the loaded text's distinct shingles whose bit is set there. Every common
    /// shingle has its bit set, so the bound never undercounts; other shingles add to it only when their bit collides.
    /// Computed with popcounts over the loaded text's bit layers (layer k holds the bits that k or more of its shingles
    /// map to), so the cost does not depend on the text's length.
    /// </summary>
    public int UpperBound(ReadOnlySpan<ulong> bitmap) => UpperBound(bitmap, 0);

    /// <summary>
    /// As <see cref="UpperBound(ReadOnlySpan{ulong})"/>, but may stop after the first bit layer and return a larger value that
    /// is still an upper bound when that value is already below <paramref name="needed"/> (the usual case for unrelated text).
    /// </summary>
    public int UpperBound(ReadOnlySpan<ulong> bitmap, int needed)
    {
        if (_saturated)
        {
            return int.MaxValue;
        }

        ReadOnlySpan<ulong> other = bitmap[..BitmapWords];
        ReadOnlySpan<ulong> first = _layers.AsSpan(0, BitmapWords);
        int bound = 0;
        for (int w = 0; w < BitmapWords; w++)
        {
            bound += BitOperations.PopCount(first[w] & other[w]);
        }

        // The later layers can add at most their number of set bits (Count minus the first layer's).
        if (_beyondFirst == 0 || bound + _beyondFirst < needed)
        {
            return bound + _beyondFirst;
        }

        ReadOnlySpan<ulong> layers = _layers.AsSpan(BitmapWords, (_layerCount - 1) * BitmapWords);
        for (int start = 0; start < layers.Length; start += BitmapWords)
        {
            ReadOnlySpan<ulong> layer = layers.Slice(start, BitmapWords);
            for (int w = 0; w < BitmapWords; w++)
            {
                bound += BitOperations.PopCount(layer[w] & other[w]);
            }
        }

        return bound;
    }

    private void AddToLayers(int bit)
    {
        int layer = _bitCounts[bit];
        if (layer == ushort.MaxValue)
        {
            _saturated = true; // a text of tens of millions of shingles: UpperBound gives up bounding
            return;
        }

        _bitCounts[bit] = (ushort)(layer + 1);

        if (layer == _layerCount)
        {
            _layerCount++;
            if (_layers.Length < _layerCount * BitmapWords)
            {
                Array.Resize(ref _layers, _layers.Length * 2);
            }
        }

        _layers[(layer * BitmapWords) + (bit >> 6)] |= 1UL << (bit & 63);
    }

    private static ushort Bit(ushort high, ulong low)
    {
        ulong h = ((low * 0xC2B2AE3D27D4EB4FUL) ^ high) * 0x9E3779B97F4A7C15UL;
        return (ushort)(((h >> 32) * BitmapBits) >> 32);
    }

    /// <summary>Computes the loaded text's wide bitmap from its stored shingles, once per <see cref="Reset"/> (few queries need it).</summary>
    private void EnsureWide()
    {
        if (_wideBeyond >= 0)
        {
            return;
        }

        Array.Clear(_wide);
        for (int i = 0; i < Count; i++)
        {
            int bit = WideBit(_highs[i], _lows[i]);
            _wide[bit >> 6] |= 1UL << (bit & 63);
        }

        int bits = 0;
        foreach (ulong word in _wide)
        {
            bits += BitOperations.PopCount(word);
        }

        _wideBeyond = Count - bits;
    }

    private static int WideBit(ushort high, ulong low)
    {
        ulong h = ((low * 0x9E3779B97F4A7C15UL) ^ ((ulong)high << 40)) * 0xBF58476D1CE4E5B9UL;
        h ^= h >> 31;
        return (int)((h * 0x94D049BB133111EBUL) >> (64 - WideShift));
    }

    /// <summary>
    /// The entry (1-based) of the shingle <paramref name="high"/>/<paramref name="low"/> in the table, or 0 when absent;
    /// <paramref name="slot"/> is where it is, or the empty slot where it would go.
    /// </summary>
    private int Find(ushort high, ulong low, out int slot)
    {
        slot = Slot(high, low);
        while (true)
        {
            int entry = _table[slot];
            if (entry == 0 || (_lows[entry - 1] == low && _highs[entry - 1] == high))
            {
                return entry;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(ushort high, ulong low)
    {
        ulong h = (low ^ ((ulong)high << 7)) * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 32) & _mask;
    }

    /// <summary>
    /// The character 5-gram shingles of a text, each packed exactly as its first UTF-16 unit (<see cref="High"/>) and the
    /// other four (<see cref="Low"/>), rolled one character at a time. The one place that defines the packing, so the
    /// table, the counts and the bitmaps always agree on what a shingle is.
    /// </summary>
    private ref struct Roller(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;
        private ulong _window;

        /// <summary>The first unit of the current shingle.</summary>
        public ushort High { get; private set; }

        /// <summary>The other four units of the current shingle.</summary>
        public ulong Low { get; private set; }

        /// <summary>The index where the current shingle starts.</summary>
        public readonly int Position => _next - ParagraphFingerprint.ShingleLength;

        /// <summary>Moves to the next shingle.</summary>
        public bool MoveNext()
        {
            while (_next < _text.Length)
            {
                ushort high = (ushort)(_window >> 48);
                _window = (_window << 16) | _text[_next++];
                if (_next >= ParagraphFingerprint.ShingleLength)
                {
                    High = high;
                    Low = _window;
                    return true;
                }
            }

            return false;
        }
    }
}
