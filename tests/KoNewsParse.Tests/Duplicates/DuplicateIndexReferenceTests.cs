using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Tests.Duplicates;

/// <summary>
/// The index against a brute-force reference of its own definition: for each paragraph, scan every earlier paragraph in the
/// index's order and take the first that is an exact duplicate, or that shares an LSH band (equal MinHash values in all
/// rows of some band) and holds at least <c>Threshold</c> of the paragraph's shingles. Equal answers show that the index's
/// candidate filters (size bound, shingle bitmap, early-exit verification) never reject what the definition accepts and
/// that the interleaved filing of band entries changes nothing. The corpora are template-heavy on purpose: many paragraphs
/// share sentences, so LSH proposes many non-duplicates, and shortened copies give pairs of low Jaccard but high containment.
/// </summary>
public class DuplicateIndexReferenceTests
{
    private static (string Id, string[] Paragraphs)[] TemplatedCorpus(int seed, int documents)
    {
        var random = new Random(seed);
        var news = new SyntheticNews(seed);
        var pool = new List<string>();
        var docs = new (string, string[])[documents];
        for (int d = 0; d < documents; d++)
        {
            int count = random.Next(1, 7);
            var ps = new string[count];
            for (int i = 0; i < count; i++)
            {
                string? earlier = pool.Count > 0 ? pool[random.Next(pool.Count)] : null;
                ps[i] = (random.Next(6), earlier) switch
                {
                    (0, { } e) => e,                                          // exact copy
                    (1, { } e) => news.Mutate(e, random.Next(1, 3)),          // rewrite
                    (2, { } e) => FirstSentences(e, random),                  // shortened copy (containment high, Jaccard low)
                    (3, { } e) => e + " " + news.Paragraph(1),                // extended copy
                    (4, _) => news.Paragraph(1),                              // one template sentence
                    _ => news.Paragraph(random.Next(2, 4)),
                };
                pool.Add(ps[i]);
            }

            docs[d] = ($"{d:D4}", ps);
        }

        return docs;
    }

    private static string FirstSentences(string paragraph, Random random)
    {
        string[] sentences = paragraph.Split(". ");
        return sentences.Length == 1 ? paragraph : string.Join(". ", sentences.Take(random.Next(1, sentences.Length)));
    }

    private static ParagraphDuplicate? Reference(
        (string Id, string[] Paragraphs)[] docs, int doc, int index, DuplicateIndexOptions options, Func<string, uint[]> sketchOf)
    {
        string p = ParagraphFingerprint.Canonicalize(docs[doc].Paragraphs[index]);
        if (p.Length == 0)
        {
            return null;
        }

        bool pNear = p.Length >= options.MinNearDuplicateLength && p.Length >= ParagraphFingerprint.ShingleLength;
        for (int d = 0; d <= doc; d++)
        {
            string[] ps = docs[d].Paragraphs;
            for (int j = 0; j < (d == doc ? index : ps.Length); j++)
            {
                string q = ParagraphFingerprint.Canonicalize(ps[j]);
                if (q == p)
                {
                    return new ParagraphDuplicate(docs[d].Id, j, 1.0, true);
                }

                if (!pNear || q.Length < options.MinNearDuplicateLength || !SharesBand(sketchOf(p), sketchOf(q), options))
                {
                    continue;
                }

                double containment = ParagraphFingerprint.Containment(ParagraphFingerprint.Create(p), ParagraphFingerprint.Create(q));
                int total = ParagraphFingerprint.Shingles(p).Length;
                if (Math.Round(containment * total) >= DuplicateIndex.NeededCount(options.Threshold, total))
                {
                    return new ParagraphDuplicate(docs[d].Id, j, containment, false);
                }
            }
        }

        return null;
    }

    /// <summary>Each canonical text's MinHash sketch of the options' length, computed once.</summary>
    private static Func<string, uint[]> SketchCache(DuplicateIndexOptions options)
    {
        var sketches = new Dictionary<string, uint[]>();
        return canonical => sketches.TryGetValue(canonical, out uint[]? s)
            ? s
            : sketches[canonical] = ParagraphFingerprint.Create(canonical).ComputeMinHash(options.Bands * options.RowsPerBand);
    }

    private static bool SharesBand(uint[] a, uint[] b, DuplicateIndexOptions options)
    {
        int rows = options.RowsPerBand;
        for (int band = 0; band < options.Bands; band++)
        {
            if (a.AsSpan(band * rows, rows).SequenceEqual(b.AsSpan(band * rows, rows)))
            {
                return true;
            }
        }

        return false;
    }

    public static TheoryData<double, int, int, int> Shapes => new()
    {
        { 0.8, 20, 3, 16 },  // the defaults
        { 0.8, 20, 3, 2 },   // every bucket of two or more texts dense
        { 0.6, 10, 2, 16 },  // loose: many candidates, low bounds
        { 0.6, 10, 2, 3 },
        { 0.9, 24, 4, 16 },
        { 1.0, 8, 3, 4 },    // containment 1: a full copy inside a longer text
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void StreamingAdd_EqualsTheBruteForceDefinition(double threshold, int bands, int rows, int denseAt)
    {
        var options = new DuplicateIndexOptions { Threshold = threshold, Bands = bands, RowsPerBand = rows, DenseBucketSize = denseAt };
        (string Id, string[] Paragraphs)[] docs = TemplatedCorpus(seed: 11 + bands, documents: 90);
        Func<string, uint[]> sketchOf = SketchCache(options);

        var index = new DuplicateIndex(options);
        int near = 0, exact = 0;
        for (int d = 0; d < docs.Length; d++)
        {
            IReadOnlyList<ParagraphDuplicate?> answers = index.Add(docs[d].Id, docs[d].Paragraphs);
            for (int i = 0; i < answers.Count; i++)
            {
                ParagraphDuplicate? expected = Reference(docs, d, i, options, sketchOf);
                ParagraphDuplicate? actual = answers[i];
                Assert.Equal(expected is null, actual is null);
                if (expected is { } e && actual is { } a)
                {
                    Assert.Equal((e.DocumentId, e.Index, e.IsExact), (a.DocumentId, a.Index, a.IsExact));
                    Assert.Equal(e.Similarity, a.Similarity, 12);
                    near += a.IsExact ? 0 : 1;
                    exact += a.IsExact ? 1 : 0;
                }
            }
        }

        // The corpus must exercise both kinds (else the comparison proves little), and the filters must have had work:
        // more candidates examined than verified, and at least one verification per near duplicate reported.
        Assert.True(near >= 20, $"near {near}");
        Assert.True(exact >= 20, $"exact {exact}");
        DuplicateIndexStatistics stats = index.GetStatistics();
        Assert.True(stats.Verifications >= near, $"verifications {stats.Verifications}, near {near}");
        Assert.True(stats.CandidatesExamined > 2 * stats.Verifications, $"candidates {stats.CandidatesExamined}, verifications {stats.Verifications}");
        if (denseAt <= 4)
        {
            Assert.True(index.BlocksRejected > 0, "no dense-bucket block was rejected by its union bound: the comparison did not exercise it");
        }
    }

    [Property(MaxTest = 8)]
    public void Query_AfterAllAdds_EqualsTheBruteForceDefinition(PositiveInt seed, bool dense)
    {
        DuplicateIndexOptions options = DuplicateIndexOptions.Default with { DenseBucketSize = dense ? 2 : 16 };
        (string Id, string[] Paragraphs)[] docs = TemplatedCorpus(seed.Get, documents: 40);
        var index = new DuplicateIndex(options);
        foreach ((string id, string[] ps) in docs.Reverse())
        {
            index.Add(id, ps); // reverse arrival: streaming answers are not final, Query's are
        }

        Func<string, uint[]> sketchOf = SketchCache(options);
        for (int d = 0; d < docs.Length; d++)
        {
            IReadOnlyList<ParagraphDuplicate?> answers = index.Query(docs[d].Id, docs[d].Paragraphs);
            for (int i = 0; i < answers.Count; i++)
            {
                ParagraphDuplicate? expected = Reference(docs, d, i, options, sketchOf);
                Assert.Equal(expected?.DocumentId, answers[i]?.DocumentId);
                Assert.Equal(expected?.Index, answers[i]?.Index);
                Assert.Equal(expected?.IsExact, answers[i]?.IsExact);
            }
        }
    }
}
