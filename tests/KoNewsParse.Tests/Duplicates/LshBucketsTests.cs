using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Tests.Duplicates;

public class LshBucketsTests
{
    [Fact]
    public void Get_ReturnsEntriesInInsertionOrder_ForSingleAndGrownBuckets()
    {
        var buckets = new LshBuckets();
        int single = 0;
        Assert.True(buckets.Get(42, ref single).Ids.IsEmpty);
        buckets.Add(42, 7);
        Assert.Equal([7], buckets.Get(42, ref single).Ids.ToArray());
        for (int i = 0; i < 20; i++)
        {
            buckets.Add(42, 100 + i);
        }

        buckets.Add(43, 1);
        Assert.Equal([7, .. Enumerable.Range(100, 20)], buckets.Get(42, ref single).Ids.ToArray());
        Assert.Equal([1], buckets.Get(43, ref single).Ids.ToArray());
        Assert.Equal(2, buckets.KeyCount);
    }

    [Fact]
    public void Prefetch_ReturnsTheCurrentHead_AndToleratesStaleOrGarbageHeads()
    {
        const int RecordWords = 8;
        var records = new ulong[64 * RecordWords];
        var buckets = new LshBuckets(RecordWords, 16, 0, null);
        int single = 0;
        Assert.Equal(0U, buckets.PrefetchContents(9, records)); // absent key
        buckets.Add(9, 3, records);
        uint singleHead = buckets.PrefetchContents(9, records);
        Assert.NotEqual(0U, singleHead);
        buckets.Add(9, 4, records);
        uint listHead = buckets.PrefetchContents(9, records);
        Assert.NotEqual(singleHead, listHead);
        for (int i = 5; i < 40; i++)
        {
            buckets.Add(9, i, records); // the list grows, then the bucket turns dense: the heads above are stale
        }

        // Hints only: stale heads, heads of another kind and arbitrary words neither throw nor change a bucket.
        foreach (uint head in new[] { singleHead, listHead, buckets.PrefetchContents(9, records), uint.MaxValue, 1U << 31, (1U << 31) | 0x3FFF_FFFF })
        {
            buckets.PrefetchListRecords(head, records, 16);
        }

        Assert.Equal(37, buckets.Get(9, ref single).Records.Length / RecordWords);
    }

    [Fact]
    public void GetThenAdd_ReturnsWhatWasThereBefore_AndTheSpanSurvivesGrowth()
    {
        var buckets = new LshBuckets();
        int single = 0;
        Assert.True(buckets.GetThenAdd(5, 0, [], ref single).Ids.IsEmpty);
        Assert.Equal([0], buckets.GetThenAdd(5, 1, [], ref single).Ids.ToArray()); // single → list
        Assert.Equal([0, 1], buckets.GetThenAdd(5, 2, [], ref single).Ids.ToArray());
        ReadOnlySpan<int> before = buckets.GetThenAdd(5, 3, [], ref single).Ids; // 3 entries + count fill the first array: grows
        Assert.Equal([0, 1, 2], before.ToArray());
        Assert.Equal([0, 1, 2, 3], buckets.Get(5, ref single).Ids.ToArray());
    }

    [Fact]
    public void KeysWithTheSameTag_ShareOneBucket_WhateverTheOrder()
    {
        // The key map keeps a 32-bit tag per key (its halves folded): these keys differ but fold to the same tag, so they
        // share a bucket in either order (extra candidates, rejected downstream), while a third key stays apart.
        const ulong A = 0x1234_5678_9ABC_DEF0UL;
        const ulong B = 0x0F0F_0F0F_8787_8787UL; // high ^ low equals A's
        Assert.Equal(unchecked((uint)(A >> 32) ^ (uint)A), unchecked((uint)(B >> 32) ^ (uint)B));
        int single = 0;
        foreach ((ulong first, ulong second) in new[] { (A, B), (B, A) })
        {
            var buckets = new LshBuckets();
            buckets.Add(first, 1);
            buckets.Add(second, 2);
            buckets.Add(A ^ 1, 3);
            Assert.Equal([1, 2], buckets.Get(A, ref single).Ids.ToArray());
            Assert.Equal([1, 2], buckets.Get(B, ref single).Ids.ToArray());
            Assert.Equal([3], buckets.Get(A ^ 1, ref single).Ids.ToArray());
        }
    }

    [Fact]
    public void AnEntryBeyondTheHeadsRange_IsRefused()
    {
        var buckets = new LshBuckets();
        buckets.Add(5, LshBuckets.MaxEntry);
        Assert.Throws<InvalidOperationException>(() => buckets.Add(5, LshBuckets.MaxEntry + 1));
        int single = 0;
        Assert.Equal([LshBuckets.MaxEntry], buckets.Get(5, ref single).Ids.ToArray());
    }

    [Property(MaxTest = 100)]
    public void Buckets_MatchADictionaryOfLists(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var buckets = new LshBuckets();
        var reference = new Dictionary<ulong, List<int>>();
        for (int i = 0; i < 500; i++)
        {
            ulong key = (ulong)random.Next(1, 40) * 0x9E3779B97F4A7C15UL;
            int single = 0;
            int[] before = buckets.GetThenAdd(key, i, [], ref single).Ids.ToArray();
            List<int> list = reference.TryGetValue(key, out List<int>? l) ? l : reference[key] = [];
            Assert.Equal(list, before);
            list.Add(i);
        }

        foreach ((ulong key, List<int> list) in reference)
        {
            int single = 0;
            Assert.Equal(list, buckets.Get(key, ref single).Ids.ToArray());
        }

        Assert.Equal(reference.Count(kv => kv.Value.Count >= 2), buckets.ListCount);
    }
}

public class DenseLshBucketsTests
{
    private const int Words = 3;

    /// <summary>Records of 3 words: word 0 = entry * 10 (low half), then entry + 1000, entry + 2000.</summary>
    private static ulong[] Records(int count) =>
        [.. Enumerable.Range(0, count).SelectMany(e => new[] { (ulong)(e * 10), (ulong)(e + 1000), (ulong)(e + 2000) })];

    private static int[] IdsOf(LshBuckets.Bucket bucket)
    {
        if (!bucket.Ids.IsEmpty)
        {
            return bucket.Ids.ToArray();
        }

        var ids = new List<int>();
        for (int r = 0; r < bucket.Records.Length; r += Words)
        {
            ids.Add((int)(bucket.Records[r] >> 32));
        }

        return [.. ids];
    }

    [Fact]
    public void ABucketTurnsDenseAtTheThreshold_AndKeepsEachMembersRecordWithItsId()
    {
        ulong[] records = Records(40);
        var buckets = new LshBuckets(Words, denseAt: 4, unionWords: 0, orWide: null);
        int single = 0;
        for (int e = 0; e < 3; e++)
        {
            buckets.Add(7, e, records);
        }

        Assert.Equal(0, buckets.DenseCount);
        Assert.Equal([0, 1, 2], buckets.Get(7, ref single).Ids.ToArray());
        Assert.Equal([0, 1, 2], IdsOf(buckets.GetThenAdd(7, 3, records, ref single))); // the 4th entry makes it dense
        Assert.Equal(1, buckets.DenseCount);
        LshBuckets.Bucket dense = buckets.Get(7, ref single);
        Assert.True(dense.Ids.IsEmpty);
        Assert.Equal([0, 1, 2, 3], IdsOf(dense));
        for (int e = 0; e < 4; e++)
        {
            ReadOnlySpan<ulong> record = dense.Records.Slice(e * Words, Words);
            Assert.Equal((ulong)(uint)(e * 10) | ((ulong)(uint)e << 32), record[0]);
            Assert.Equal((ulong)(e + 1000), record[1]);
            Assert.Equal((ulong)(e + 2000), record[2]);
        }
    }

    [Property(MaxTest = 100)]
    public void DenseBuckets_ListTheSameEntriesAsPlainOnes(PositiveInt seed, PositiveInt threshold)
    {
        var random = new Random(seed.Get);
        ulong[] records = Records(600);
        var plain = new LshBuckets();
        var dense = new LshBuckets(Words, 2 + (threshold.Get % 10), 0, null);
        for (int i = 0; i < 600; i++)
        {
            ulong key = (ulong)random.Next(1, 25) * 0x9E3779B97F4A7C15UL;
            int a = 0, b = 0;
            Assert.Equal(plain.GetThenAdd(key, i, [], ref a).Ids.ToArray(), IdsOf(dense.GetThenAdd(key, i, records, ref b)));
        }

        for (int k = 1; k < 25; k++)
        {
            ulong key = (ulong)k * 0x9E3779B97F4A7C15UL;
            int a = 0, b = 0;
            Assert.Equal(plain.Get(key, ref a).Ids.ToArray(), IdsOf(dense.Get(key, ref b)));
        }
    }
}

public class DenseBucketUnionTests
{
    private const int Words = 3;

    // Entry e's "wide bitmap" has bits e % 128 and (e * 7) % 128 of two words.
    private static void OrWide(int entry, Span<ulong> union)
    {
        foreach (int bit in (int[])[entry % 128, entry * 7 % 128])
        {
            union[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    [Property(MaxTest = 100)]
    public void EachBlockUnion_IsTheOrOfItsMembersBitmaps_ThroughGrowth(PositiveInt seed, PositiveInt threshold)
    {
        var random = new Random(seed.Get);
        ulong[] records = new ulong[500 * Words];
        var buckets = new LshBuckets(Words, 2 + (threshold.Get % 20), 2, OrWide);
        for (int i = 0; i < 500; i++)
        {
            int single = 0;
            ulong key = (ulong)random.Next(1, 6) * 0x9E3779B97F4A7C15UL;
            LshBuckets.Bucket before = buckets.GetThenAdd(key, i, records, ref single);
            AssertUnionsCover(before);
        }

        for (int k = 1; k < 6; k++)
        {
            int single = 0;
            LshBuckets.Bucket bucket = buckets.Get((ulong)k * 0x9E3779B97F4A7C15UL, ref single);
            if (!bucket.Records.IsEmpty)
            {
                AssertUnionsExact(bucket);
            }
        }
    }

    private static ulong[] Expected(LshBuckets.Bucket bucket)
    {
        int members = bucket.Records.Length / Words;
        var expected = new ulong[(members + LshBuckets.BlockSize - 1) / LshBuckets.BlockSize * 2];
        for (int m = 0; m < members; m++)
        {
            OrWide((int)(bucket.Records[m * Words] >> 32), expected.AsSpan(m / LshBuckets.BlockSize * 2, 2));
        }

        return expected;
    }

    private static void AssertUnionsExact(LshBuckets.Bucket bucket) => Assert.Equal(Expected(bucket), bucket.Unions.ToArray());

    // What a query sees before an entry is filed: every member's bits are in its block's union (the union may already hold the
    // new entry's bits too, which only loosens the bound).
    private static void AssertUnionsCover(LshBuckets.Bucket bucket)
    {
        ulong[] expected = Expected(bucket);
        Assert.Equal(expected.Length, bucket.Unions.Length);
        for (int w = 0; w < expected.Length; w++)
        {
            Assert.Equal(expected[w], expected[w] & bucket.Unions[w]);
        }
    }
}

public class OpenAddressingMapTests
{
    [Property(MaxTest = 100)]
    public void Map64_MatchesADictionary_ThroughGrowth(PositiveInt seed) =>
        MatchesADictionary(seed.Get, k => (ulong)k * 0xBF58476D1CE4E5B9UL | 1, r => (ulong)r.NextInt64());

    [Property(MaxTest = 100)]
    public void Map32_MatchesADictionary_ThroughGrowth(PositiveInt seed) =>
        MatchesADictionary(seed.Get, k => (uint)k * 0x9E3779B9U | 1, r => (uint)r.Next());

    private static void MatchesADictionary<T>(int seed, Func<int, T> key, Func<Random, T> value)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>, System.Numerics.IUnsignedNumber<T>
    {
        var random = new Random(seed);
        var map = new OpenAddressingMap<T>();
        var reference = new Dictionary<T, T>();
        for (int i = 0; i < 2_000; i++)
        {
            T k = key(random.Next(1, 1_500));
            T v = value(random);
            switch (random.Next(3))
            {
                case 0:
                    bool added = map.GetOrAdd(k, v, out T existing);
                    Assert.Equal(!reference.ContainsKey(k), added);
                    reference.TryAdd(k, v);
                    Assert.Equal(reference[k], existing);
                    break;
                case 1:
                    map.Set(k, v);
                    reference[k] = v;
                    break;
                default:
                    Assert.Equal(reference.TryGetValue(k, out T expected), map.TryGetValue(k, out T actual));
                    Assert.Equal(expected, actual);
                    break;
            }
        }

        Assert.Equal(reference.Count, map.Count);
        Assert.Equal(reference.OrderBy(e => e.Key), map.Entries().OrderBy(e => e.Key));
    }
}
