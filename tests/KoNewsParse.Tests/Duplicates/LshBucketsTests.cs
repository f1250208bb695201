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
        Assert.True(buckets.Get(42, ref single).IsEmpty);
        buckets.Add(42, 7);
        Assert.Equal([7], buckets.Get(42, ref single).ToArray());
        for (int i = 0; i < 20; i++)
        {
            buckets.Add(42, 100 + i);
        }

        buckets.Add(43, 1);
        Assert.Equal([7, .. Enumerable.Range(100, 20)], buckets.Get(42, ref single).ToArray());
        Assert.Equal([1], buckets.Get(43, ref single).ToArray());
        Assert.Equal(2, buckets.KeyCount);
    }

    [Fact]
    public void GetThenAdd_ReturnsWhatWasThereBefore_AndTheSpanSurvivesGrowth()
    {
        var buckets = new LshBuckets();
        int single = 0;
        Assert.True(buckets.GetThenAdd(5, 0, ref single).IsEmpty);
        Assert.Equal([0], buckets.GetThenAdd(5, 1, ref single).ToArray()); // single → list
        Assert.Equal([0, 1], buckets.GetThenAdd(5, 2, ref single).ToArray());
        ReadOnlySpan<int> before = buckets.GetThenAdd(5, 3, ref single); // 3 entries + count fill the first array: grows
        Assert.Equal([0, 1, 2], before.ToArray());
        Assert.Equal([0, 1, 2, 3], buckets.Get(5, ref single).ToArray());
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
            int[] before = buckets.GetThenAdd(key, i, ref single).ToArray();
            List<int> list = reference.TryGetValue(key, out List<int>? l) ? l : reference[key] = [];
            Assert.Equal(list, before);
            list.Add(i);
        }

        foreach ((ulong key, List<int> list) in reference)
        {
            int single = 0;
            Assert.Equal(list, buckets.Get(key, ref single).ToArray());
        }
    }
}

public class UInt64MapTests
{
    [Property(MaxTest = 100)]
    public void Map_MatchesADictionary_ThroughGrowth(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var map = new UInt64Map();
        var reference = new Dictionary<ulong, ulong>();
        for (int i = 0; i < 2_000; i++)
        {
            ulong key = ((ulong)random.Next(1, 1_500) * 0xBF58476D1CE4E5B9UL) | 1;
            ulong value = (ulong)random.NextInt64();
            switch (random.Next(3))
            {
                case 0:
                    bool added = map.GetOrAdd(key, value, out ulong existing);
                    Assert.Equal(!reference.ContainsKey(key), added);
                    reference.TryAdd(key, value);
                    Assert.Equal(reference[key], existing);
                    break;
                case 1:
                    map.Set(key, value);
                    reference[key] = value;
                    break;
                default:
                    Assert.Equal(reference.TryGetValue(key, out ulong expected), map.TryGetValue(key, out ulong actual));
                    Assert.Equal(expected, actual);
                    break;
            }
        }

        Assert.Equal(reference.Count, map.Count);
        Assert.Equal(reference.OrderBy(e => e.Key), map.Entries().OrderBy(e => e.Key));
    }
}
