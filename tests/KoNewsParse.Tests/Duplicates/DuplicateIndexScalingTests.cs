using KoNewsParse.Benchmarks.Corpus;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Tests.Duplicates;

/// <summary>
/// The index's work per paragraph must not grow with the corpus when the data's duplicate structure does not: on the
/// open-vocabulary corpus (a fixed share of exact repeats and rewrites, no growing density of similar paragraphs) the
/// counters of work done — bucket entries examined, exact verifications, index bytes — are compared per paragraph at 1×
/// and 10×. These are counts, not timings: they say the algorithm's cost is linear in the corpus; the time per paragraph
/// is measured by the <c>dup-scaling</c> benchmark.
/// </summary>
public class DuplicateIndexScalingTests
{
    private const int Small = 3_000;

    private static readonly Lazy<(DuplicateIndexStatistics Stats, int Near, int Exact)> OneX = new(() => Run(Small));

    private static readonly Lazy<(DuplicateIndexStatistics Stats, int Near, int Exact)> TenX = new(() => Run(10 * Small));

    private static (DuplicateIndexStatistics Stats, int Near, int Exact) Run(int paragraphs)
    {
        var index = new DuplicateIndex();
        int near = 0, exact = 0;
        foreach ((string id, string[] doc) in OpenVocabularyCorpus.Articles(paragraphs, perArticle: 10, seed: 11))
        {
            foreach (ParagraphDuplicate? d in index.Add(id, doc))
            {
                near += d is { IsExact: false } ? 1 : 0;
                exact += d is { IsExact: true } ? 1 : 0;
            }
        }

        return (index.GetStatistics(), near, exact);
    }

    public static TheoryData<string, double> WorkPerParagraph => new()
    {
        { "bucket entries examined", 1.15 },
        { "exact verifications", 1.15 },
        { "near-duplicate index bytes", 1.25 },
        { "exact index bytes", 1.25 },
    };

    [Theory]
    [MemberData(nameof(WorkPerParagraph))]
    public void WorkPerParagraph_DoesNotGrowFromOneToTenTimesTheCorpus(string counter, double bound)
    {
        double one = PerParagraph(OneX.Value.Stats, counter);
        double ten = PerParagraph(TenX.Value.Stats, counter);
        Assert.True(one > 0, $"{counter}: nothing counted at 1x, so the comparison proves nothing");
        Assert.True(ten / one <= bound, $"{counter} per paragraph: {one:F3} at 1x, {ten:F3} at 10x ({ten / one:F2}x)");
    }

    [Fact]
    public void DuplicatesFound_AreTheSameShareOfTheCorpusAtOneAndTenTimes()
    {
        // The corpus keeps its duplicate structure at every size, so an index that lost recall as it grew (buckets
        // truncated, candidates capped) or that found spurious pairs would show here as a changed share.
        (DuplicateIndexStatistics one, int nearOne, int exactOne) = OneX.Value;
        (DuplicateIndexStatistics ten, int nearTen, int exactTen) = TenX.Value;
        Assert.InRange((double)exactTen / ten.Paragraphs, 0.85 * exactOne / one.Paragraphs, 1.15 * exactOne / one.Paragraphs);
        Assert.InRange((double)nearTen / ten.Paragraphs, 0.85 * nearOne / one.Paragraphs, 1.15 * nearOne / one.Paragraphs);
        Assert.True(nearOne >= 100, $"near duplicates at 1x: {nearOne}");
    }

    private static double PerParagraph(DuplicateIndexStatistics stats, string counter) => counter switch
    {
        "bucket entries examined" => (double)stats.CandidatesExamined / stats.Paragraphs,
        "exact verifications" => (double)stats.Verifications / stats.Paragraphs,
        "near-duplicate index bytes" => stats.NearIndexBytesPerParagraph,
        "exact index bytes" => stats.ExactIndexBytesPerParagraph,
        _ => throw new ArgumentOutOfRangeException(nameof(counter), counter, null),
    };
}
