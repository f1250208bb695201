using System.Globalization;
using KoNewsParse.Duplicates;
using Xunit.Abstractions;

namespace KoNewsParse.Tests.Duplicates;

/// <summary>
/// Accuracy on labelled sets built by mutating the project's own paragraphs. Positives are rewrites of one base paragraph
/// (1–2 random edits: changed word, inserted phrase, reordered clauses, changed number, changed quotes/spacing, added credit);
/// negatives are distinct bases (no two with containment ≥ 0.7) and rewrites of other bases.
/// </summary>
public class DuplicateQualityTests(ITestOutputHelper output)
{
    private const int BaseCount = 500;

    private static readonly Lazy<NearSet> Set = new(() => NearSet.Create(seed: 2024));

    private sealed record NearSet(List<string> Bases, List<(string Text, int Base, int Operations)> Rewrites)
    {
        public static NearSet Create(int seed)
        {
            var news = new SyntheticNews(seed);
            List<string> bases = news.DistinctParagraphs(BaseCount);
            var random = new Random(seed);
            var rewrites = new List<(string, int, int)>();
            for (int b = 0; b < bases.Count; b++)
            {
                for (int k = 0; k < 2; k++)
                {
                    int ops = random.Next(1, 3);
                    rewrites.Add((news.Mutate(bases[b], ops), b, ops));
                }
            }

            return new NearSet(bases, rewrites);
        }
    }

    /// <summary>An index holding each base as its own one-paragraph document <c>0-NNNN</c>.</summary>
    private static DuplicateIndex IndexOfBases(NearSet set)
    {
        var index = new DuplicateIndex();
        for (int b = 0; b < set.Bases.Count; b++)
        {
            index.Add($"0-{b:D4}", [set.Bases[b]]);
        }

        return index;
    }

    [Fact]
    public void ExactDuplicates_HavePerfectPrecisionAndRecall()
    {
        var news = new SyntheticNews(99);
        List<string> bases = news.DistinctParagraphs(400);
        var index = new DuplicateIndex(new DuplicateIndexOptions { DetectNearDuplicates = false });
        for (int b = 0; b < bases.Count; b++)
        {
            index.Add($"0-{b:D4}", [bases[b]]);
        }

        // Exact copies differ only in what canonicalization ignores; near copies differ in one digit (must not match).
        int tp = 0, fp = 0, fn = 0;
        for (int b = 0; b < bases.Count; b++)
        {
            string copy = news.Apply(news.Apply(bases[b], SyntheticNews.Mutation.ChangeQuotesAndSpacing), SyntheticNews.Mutation.AddCredit);
            string changed = news.Apply(bases[b], SyntheticNews.Mutation.ChangeNumber);
            ParagraphDuplicate? c = index.Query($"1-{b:D4}", [copy])[0];
            ParagraphDuplicate? n = index.Query($"2-{b:D4}", [changed])[0];
            if (c is { } hit && hit.DocumentId == $"0-{b:D4}" && hit.IsExact)
            {
                tp++;
            }
            else
            {
                fn++;
            }

            if (n is not null)
            {
                fp++;
            }
        }

        double precision = (double)tp / (tp + fp), recall = (double)tp / (tp + fn);
        output.WriteLine($"exact: {bases.Count} positives, {bases.Count} one-digit negatives: P={precision:F4} R={recall:F4}");
        Assert.Equal(1.0, precision);
        Assert.Equal(1.0, recall);
    }

    [Fact]
    public void NearDuplicates_MeetPrecisionAndRecallTargetsAtDefaultThreshold()
    {
        NearSet set = Set.Value;
        DuplicateIndex index = IndexOfBases(set);

        int tp = 0, fp = 0, fn = 0, trueAboveThreshold = 0, foundAboveThreshold = 0;
        var byOps = new Dictionary<int, (int Found, int Total)>();
        for (int r = 0; r < set.Rewrites.Count; r++)
        {
            (string text, int b, int ops) = set.Rewrites[r];
            ParagraphDuplicate? d = index.Query($"1-{r:D5}", [text])[0];
            bool correct = d is { } hit && hit.DocumentId == $"0-{b:D4}";
            if (correct)
            {
                tp++;
            }
            else
            {
                fn++;
                if (d is not null)
                {
                    fp++;
                }
            }

            (int found, int total) = byOps.GetValueOrDefault(ops);
            byOps[ops] = (found + (correct ? 1 : 0), total + 1);

            // LSH recall against the definition: pairs whose exact containment reaches the threshold.
            double truth = ParagraphFingerprint.Containment(ParagraphFingerprint.Create(text), ParagraphFingerprint.Create(set.Bases[b]));
            if (truth >= 0.8)
            {
                trueAboveThreshold++;
                foundAboveThreshold += correct ? 1 : 0;
            }
        }

        // Negatives: every base queried as if it were later must not match another base.
        for (int b = 0; b < set.Bases.Count; b++)
        {
            if (index.Query($"9-{b:D4}", [set.Bases[b]])[0] is { } d && d.DocumentId != $"0-{b:D4}")
            {
                fp++;
            }
        }

        double precision = (double)tp / (tp + fp), recall = (double)tp / (tp + fn);
        double lshRecall = (double)foundAboveThreshold / trueAboveThreshold;
        output.WriteLine($"near: {set.Rewrites.Count} rewrites of {set.Bases.Count} bases: P={precision:F4} R={recall:F4} (tp={tp} fp={fp} fn={fn})");
        output.WriteLine($"LSH candidate recall on pairs with containment >= 0.8: {lshRecall:F4} ({foundAboveThreshold}/{trueAboveThreshold})");
        foreach ((int ops, (int found, int total)) in byOps.OrderBy(k => k.Key))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ops} edit(s): recall {(double)found / total:F4} ({found}/{total})"));
        }

        Assert.True(precision >= 0.99, $"precision {precision:F4}");
        Assert.True(recall >= 0.98, $"recall {recall:F4}");
        Assert.True(lshRecall >= 0.99, $"LSH recall {lshRecall:F4}");
    }

    /// <summary>
    /// Shortened copies (an outlet keeps the first sentences of a paragraph) are near duplicates by definition (containment
    /// 1) but have a low Jaccard similarity with their source, which is what MinHash LSH proposes by; this measures how
    /// many of them the banding still finds, by the share of the source kept. Precision stays exact (verified).
    /// </summary>
    [Fact]
    public void ShortenedCopies_AreFoundWhenLongEnough_WithExactPrecision()
    {
        NearSet set = Set.Value;
        DuplicateIndex index = IndexOfBases(set);

        var byShare = new SortedDictionary<int, (int Found, int Total)>();
        int wrong = 0;
        for (int b = 0; b < set.Bases.Count; b++)
        {
            string[] sentences = set.Bases[b].Split(". ");
            for (int keep = 1; keep < sentences.Length; keep++)
            {
                string copy = string.Join(". ", sentences.Take(keep)) + ".";
                UInt128[] part = ParagraphFingerprint.Shingles(ParagraphFingerprint.Canonicalize(copy));
                UInt128[] whole = ParagraphFingerprint.Shingles(ParagraphFingerprint.Canonicalize(set.Bases[b]));
                if (part.Length < 16)
                {
                    continue;
                }

                int share = Math.Min(9, part.Length * 10 / whole.Length); // tenths of the source's shingles kept
                // The answer may be an earlier base that also holds the kept sentences: correct when it truly contains them.
                ParagraphDuplicate? d = index.Query($"1-{b:D4}-{keep}", [copy])[0];
                bool valid = d is { } hit && ParagraphFingerprint.Containment(
                    ParagraphFingerprint.Create(copy), ParagraphFingerprint.Create(set.Bases[int.Parse(hit.DocumentId[2..], CultureInfo.InvariantCulture)])) >= 0.8;
                bool found = d is not null && valid;
                wrong += d is not null && !valid ? 1 : 0;
                (int f, int t) = byShare.GetValueOrDefault(share);
                byShare[share] = (f + (found ? 1 : 0), t + 1);
            }
        }

        foreach ((int share, (int found, int total)) in byShare)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"shortened copy keeping {share * 10}-{(share * 10) + 9}% of the source: recall {(double)found / total:F4} ({found}/{total})"));
        }

        int allFound = byShare.Values.Sum(v => v.Found), all = byShare.Values.Sum(v => v.Total);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shortened copies: recall {(double)allFound / all:F4} ({allFound}/{all}), wrong matches {wrong}"));
        Assert.Equal(0, wrong);
        int kept60 = byShare.Where(k => k.Key >= 6).Sum(k => k.Value.Found), total60 = byShare.Where(k => k.Key >= 6).Sum(k => k.Value.Total);
        Assert.True((double)kept60 / total60 >= 0.95, $"recall when >= 60% is kept: {(double)kept60 / total60:F4}");
    }

    [Fact]
    public void InArticleDetector_MeetsTheSameTargets()
    {
        NearSet set = Set.Value;
        int tp = 0, fp = 0, fn = 0;
        for (int r = 0; r < set.Rewrites.Count; r += 2)
        {
            // An article: the base, two unrelated bases, then the rewrite.
            (string text, int b, _) = set.Rewrites[r];
            string[] article = [set.Bases[b], set.Bases[(b + 1) % BaseCount], set.Bases[(b + 2) % BaseCount], text];
            IReadOnlyList<DuplicateMatch?> m = DuplicateDetector.Default.FindDuplicates(article);
            fp += m.Take(3).Count(x => x is not null);
            if (m[3] is { Index: 0 })
            {
                tp++;
            }
            else
            {
                fn++;
                fp += m[3] is null ? 0 : 1;
            }
        }

        double precision = (double)tp / (tp + fp), recall = (double)tp / (tp + fn);
        output.WriteLine($"in-article: P={precision:F4} R={recall:F4} (tp={tp} fp={fp} fn={fn})");
        Assert.True(precision >= 0.99, $"precision {precision:F4}");
        Assert.True(recall >= 0.98, $"recall {recall:F4}");
    }

    /// <summary>
    /// The measurement behind "MinHash, not SimHash": at the default threshold, 20×3 MinHash LSH proposes almost every true
    /// pair, while a 64-bit SimHash needs a Hamming radius so wide that no practical table scheme can search it.
    /// </summary>
    [Fact]
    public void MinHashLsh_FindsTruePairsThatSimHashMisses()
    {
        NearSet set = Set.Value;
        var simDistances = new List<int>();
        int minHashFound = 0, pairs = 0;
        uint[][] baseSketches = set.Bases.Select(b => ParagraphFingerprint.Create(b).ComputeMinHash(60)).ToArray();
        foreach ((string text, int b, _) in set.Rewrites)
        {
            ParagraphFingerprint fp = ParagraphFingerprint.Create(text), fb = ParagraphFingerprint.Create(set.Bases[b]);
            if (ParagraphFingerprint.Containment(fp, fb) < 0.8)
            {
                continue;
            }

            pairs++;
            simDistances.Add(System.Numerics.BitOperations.PopCount(fp.ComputeSimHash() ^ fb.ComputeSimHash()));
            uint[] s = fp.ComputeMinHash(60);
            bool banded = Enumerable.Range(0, 20).Any(band => s.AsSpan(band * 3, 3).SequenceEqual(baseSketches[b].AsSpan(band * 3, 3)));
            minHashFound += banded ? 1 : 0;
        }

        // Unrelated pairs: how close do SimHashes of different bases come?
        var negatives = new List<int>();
        for (int i = 0; i + 1 < set.Bases.Count; i += 2)
        {
            negatives.Add(System.Numerics.BitOperations.PopCount(
                ParagraphFingerprint.Create(set.Bases[i]).ComputeSimHash() ^ ParagraphFingerprint.Create(set.Bases[i + 1]).ComputeSimHash()));
        }

        double minHashRecall = (double)minHashFound / pairs;
        double Within(int k) => (double)simDistances.Count(x => x <= k) / pairs;
        double NegWithin(int k) => (double)negatives.Count(x => x <= k) / negatives.Count;
        output.WriteLine($"true pairs (containment >= 0.8): {pairs}; MinHash 20x3 LSH candidate recall {minHashRecall:F4}");
        foreach (int k in new[] { 3, 6, 10, 16 })
        {
            output.WriteLine($"SimHash-64 Hamming <= {k}: recall {Within(k):F4}, unrelated pairs within {NegWithin(k):F4}");
        }

        output.WriteLine($"SimHash distance of true pairs: median {simDistances.Order().ElementAt(pairs / 2)}, max {simDistances.Max()}");
        Assert.True(minHashRecall >= 0.99, $"MinHash recall {minHashRecall:F4}");
        Assert.True(Within(3) < minHashRecall - 0.2, $"SimHash@3 {Within(3):F4}");
    }
}
