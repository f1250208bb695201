using System.Diagnostics;
using System.Globalization;
using KoNewsParse.Benchmarks.Corpus;
using KoNewsParse.Benchmarks.Infrastructure;
using KoNewsParse.Benchmarks.Suite;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Benchmarks.Smoke;

/// <summary>
/// <c>-- dup-scaling [rounds] [only] [--presized] [--curve] [--interleave [--from-10x]]</c> (only: a label filter such as <c>template corpus 10×</c>; --presized:
/// each index gets the corpus's paragraph count as its size hint; --curve: instead of the tables below, each corpus at 1×, 10×,
/// 30× and 100×; --interleave: <c>rounds</c> pairs of equal work, the 1× corpus indexed ten times against the 10× corpus
/// indexed once (with --from-10x: 10× ten times against 100× once), of the corpus named by <c>only</c> (default the open
/// corpus), with the ratio of each pair; --density: the data's density of similar paragraphs, brute force on <c>rounds</c>×25
/// sampled texts, against the LSH work the index did): how the corpus-wide
/// <see cref="DuplicateIndex"/> (default options) scales from 1× to 10× on the two generated corpora the benchmarks use —
/// the suite's news corpus (1 MB / 10 MB) and the template corpus of <see cref="DuplicateBenchmarks"/> (20,000 / 200,000
/// paragraphs, ~20% exact repeats, ~10% rewrites). Each size is indexed <c>rounds</c> times (default 8 at 1×, 3 at 10×; after warm-up rounds
/// of the 1× corpus until tiered compilation has settled) and the fastest round is reported in process CPU time per paragraph
/// (<c>CLOCK_PROCESS_CPUTIME_ID</c>: every thread, the GC's too), with what was found, the LSH bucket entries examined one
/// by one and the dense-bucket blocks rejected at once per paragraph, the exact verifications, the index's retained heap
/// (first round, after a full collection), the GC pause and collections and the allocations. A second table gives the
/// marginal cost: CPU per paragraph added in each tenth of the 10× corpus. Two builds can be compared on the same machine
/// in one sitting.
/// </summary>
public static class DupScalingCommand
{
    /// <summary>Runs the command.</summary>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        bool presized = args.Contains("--presized");
        bool curve = args.Contains("--curve");
        bool interleave = args.Contains("--interleave");
        bool fromTen = args.Contains("--from-10x");
        bool density = args.Contains("--density");
        args = [.. args.Where(a => a is not ("--presized" or "--curve" or "--interleave" or "--from-10x" or "--density"))];
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        string only = args.Length > 1 ? args[1] : "";
        if (presized)
        {
            Console.WriteLine("Each index is created with the corpus's paragraph count as its size hint (new DuplicateIndex(options, expectedParagraphs)).");
            Console.WriteLine();
        }

        if (curve)
        {
            Curve(rounds, only, presized);
            return 0;
        }

        if (density)
        {
            Density(rounds, only);
            return 0;
        }

        if (interleave)
        {
            Interleave(rounds, only.Length > 0 ? only : "open corpus", presized, fromTen);
            return 0;
        }

        var marginal = new List<(string Name, double[] Costs)>();
        WriteMeasureHeader();
        foreach ((string name, IReadOnlyList<(string Id, string[] Paragraphs)> small, IReadOnlyList<(string Id, string[] Paragraphs)> large) in Corpora())
        {
            if (!$"{name} 1× {name} 10×".Contains(only, StringComparison.Ordinal))
            {
                continue;
            }

            // Warm up first: the process CPU clock also counts the JIT's background thread, and tiered compilation (with
            // dynamic PGO) keeps recompiling the hot methods for the first second or so of work; measured rounds start
            // once a round's time has stopped falling.
            WarmUp(small);
            double one = $"{name} 1×".Contains(only, StringComparison.Ordinal) ? Measure($"{name} 1×", small, rounds + 4, presized) : double.NaN;
            double ten = $"{name} 10×".Contains(only, StringComparison.Ordinal) ? Measure($"{name} 10×", large, Math.Max(2, rounds / 2), presized) : double.NaN;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name}: cost per paragraph 10×/1× | | **{ten / one:F2}** | | | | | | | | |"));
            if (!double.IsNaN(ten))
            {
                marginal.Add((name, Marginal(large, Math.Max(2, rounds / 2), presized)));
            }
        }

        // The marginal cost: what adding the paragraphs of each tenth of the 10× corpus costs, with the index holding all
        // earlier tenths. Constant marginal cost is what linear total cost means; a rise tells at which index size.
        Console.WriteLine();
        Console.WriteLine("| Corpus (10×), CPU per paragraph added while the index holds | " + string.Join(" | ", Enumerable.Range(0, Tenths).Select(t => $"{t}0–{t + 1}0%")) + " |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", Tenths)));
        foreach ((string name, double[] costs) in marginal)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", costs.Select(c => $"{c:F2} µs"))} |"));
        }

        return 0;
    }

    private const int Tenths = 10;

    /// <summary>The header of the table whose rows <see cref="Measure"/> prints.</summary>
    private static void WriteMeasureHeader()
    {
        Console.WriteLine("| Corpus | Paragraphs | CPU per paragraph (best) | Paragraphs/s | GC pause per paragraph (collections gen0/1/2) | Allocated per paragraph | Exact / near found | LSH candidates per paragraph | Dense-bucket blocks rejected per paragraph | Verifications per paragraph | Retained heap per paragraph |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    }

    /// <summary>Each corpus at 1×, 10×, 30× and 100×, with the cost per paragraph relative to the scale before.</summary>
    private static void Curve(int rounds, string only, bool presized)
    {
        // Past 10×: does the cost per paragraph keep rising at the same rate (work that grows with the index) or level
        // off once the index no longer fits in the caches? Each corpus at 1×, 10×, 30× and 100× (the news corpus at
        // 1, 10, 30 and 100 MB; the template corpus at 20,000 to 2,000,000 paragraphs), fewer rounds for the large ones.
        Console.WriteLine();
        WriteMeasureHeader();
        (string Scale, CorpusSize News, int Template, int Rounds)[] scales =
            [("1×", CorpusSize.Mb1, 20_000, rounds + 4), ("10×", CorpusSize.Mb10, 200_000, 3), ("30×", CorpusSize.Mb30, 600_000, 2), ("100×", CorpusSize.Mb100, 2_000_000, 2)];
        foreach (string name in new[] { "news corpus", "template corpus", "open corpus" })
        {
            if (!scales.Any(s => $"{name} {s.Scale}".Contains(only, StringComparison.Ordinal)))
            {
                continue;
            }

            WarmUp(Generate(name, CorpusSize.Mb1, 20_000));
            var costs = new List<(string Scale, double Cost)>();
            foreach ((string scale, CorpusSize news, int template, int n) in scales)
            {
                if (!$"{name} {scale}".Contains(only, StringComparison.Ordinal))
                {
                    continue;
                }

                IReadOnlyList<(string Id, string[] Paragraphs)> corpus = Generate(name, news, template);
                costs.Add((scale, Measure($"{name} {scale}", corpus, n, presized)));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name}: cost per paragraph relative to the scale before | | {string.Join(" · ", costs.Skip(1).Select((c, i) => $"{c.Scale}/{costs[i].Scale} **{c.Cost / costs[i].Cost:F2}**"))} | | | | | | | | |"));
        }
    }

    /// <summary>
    /// How much of the index's LSH work is the data's: for <paramref name="rounds"/>×25 paragraphs spread evenly over each
    /// corpus (those long enough for near-duplicate matching, each one LSH query), the exact Jaccard similarity of their
    /// shingle sets with every distinct text that appeared before them, brute force. A text of similarity J shares a given band of <c>r</c> MinHash rows with probability J^r, so
    /// Σ bands·J^r over the earlier texts is the number of bucket entries LSH is expected to propose for the query; the
    /// measured figure is the index's own count (bucket entries examined per LSH query). If the two grow alike from 1× to
    /// 10×, the growth is the data's (a larger corpus with more similar texts per text), not the index's.
    /// </summary>
    private static void Density(int rounds, string only)
    {
        int samples = Math.Max(1, rounds) * 25;
        DuplicateIndexOptions options = DuplicateIndexOptions.Default;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Brute force over {samples} sampled paragraphs (LSH queries) per corpus; bands {options.Bands} × rows {options.RowsPerBand}."));
        Console.WriteLine();
        Console.WriteLine("| Corpus | LSH queries (distinct texts) | Earlier texts with Jaccard ≥ 0.2 per query | ≥ 0.5 | Expected bucket entries per query (Σ b·J^r) | Measured bucket entries examined per query | Dense-bucket blocks rejected per query |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach ((string name, IReadOnlyList<(string Id, string[] Paragraphs)> small, IReadOnlyList<(string Id, string[] Paragraphs)> large) in Corpora())
        {
            foreach ((string scale, IReadOnlyList<(string Id, string[] Paragraphs)> corpus) in new[] { ("1×", small), ("10×", large) })
            {
                if (!$"{name} {scale}".Contains(only, StringComparison.Ordinal))
                {
                    continue;
                }

                // The distinct canonical texts long enough for LSH, in order of first appearance, and every paragraph's
                // query: a paragraph is compared with the distinct texts that appeared before it (a repeat with its own).
                var ordinal = new Dictionary<string, int>(StringComparer.Ordinal);
                var texts = new List<string>();
                var queries = new List<(int Text, int Earlier)>();
                foreach ((_, string[] paragraphs) in corpus)
                {
                    foreach (string p in paragraphs)
                    {
                        string canonical = ParagraphFingerprint.Create(p).Text;
                        if (canonical.Length < options.MinNearDuplicateLength)
                        {
                            continue;
                        }

                        if (!ordinal.TryGetValue(canonical, out int d))
                        {
                            d = texts.Count;
                            ordinal.Add(canonical, d);
                            texts.Add(canonical);
                            queries.Add((d, d));
                        }
                        else
                        {
                            queries.Add((d, texts.Count));
                        }
                    }
                }

                UInt128[][] shingles = new UInt128[texts.Count][];
                Parallel.For(0, texts.Count, i => shingles[i] = ParagraphFingerprint.Shingles(texts[i]));
                int count = Math.Min(samples, queries.Count);
                double[] expected = new double[count], above2 = new double[count], above5 = new double[count];
                Parallel.For(0, count, k =>
                {
                    (int q, int earlier) = queries[(int)((long)k * queries.Count / count)];
                    double e = 0;
                    int a2 = 0, a5 = 0;
                    for (int t = 0; t < earlier; t++)
                    {
                        int common = ParagraphFingerprint.IntersectionCount(shingles[q], shingles[t], 0);
                        double j = (double)common / (shingles[q].Length + shingles[t].Length - common);
                        e += options.Bands * Math.Pow(j, options.RowsPerBand);
                        a2 += j >= 0.2 ? 1 : 0;
                        a5 += j >= 0.5 ? 1 : 0;
                    }

                    (expected[k], above2[k], above5[k]) = (e, a2, a5);
                });

                (string[] ids, string[][] lists) = Columns(corpus);
                (DuplicateIndex index, _, _) = DuplicateWorkloads.IndexAndCount(options, ids, lists, 0);
                DuplicateIndexStatistics stats = index.GetStatistics();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} {scale} | {queries.Count:N0} ({texts.Count:N0}) | {above2.Average():F1} | {above5.Average():F2} | {expected.Average():F1} | {(double)stats.CandidatesExamined / queries.Count:F1} | {(double)index.BlocksRejected / queries.Count:F1} |"));
            }
        }
    }

    /// <summary>
    /// <paramref name="pairs"/> pairs of equal work in one process: the 1× corpus indexed ten times (each time into a new
    /// index) and the 10× corpus indexed once, the same number of paragraphs, each timed once in process CPU time (the GC's
    /// included: ten small indexes allocate as much as one large one, so they trigger collections too), in alternating
    /// order (odd pairs start with the 10× side, so that a drift in the machine's speed favours neither), with the 10×/1×
    /// ratio of every pair and their median. Linear cost means a ratio of 1: ten times the corpus costs ten times the work.
    /// (Comparing the best of a few short 1× rounds with the best of fewer long 10× rounds would favour the short side on
    /// a noisy machine: a minimum over more samples is lower.)
    /// </summary>
    private static void Interleave(int pairs, string name, bool presized, bool fromTen)
    {
        (string smallLabel, string largeLabel) = fromTen ? ("10×", "100×") : ("1×", "10×");
        IReadOnlyList<(string Id, string[] Paragraphs)> small = fromTen ? Generate(name, CorpusSize.Mb10, 200_000) : Generate(name, CorpusSize.Mb1, 20_000);
        IReadOnlyList<(string Id, string[] Paragraphs)> large = fromTen ? Generate(name, CorpusSize.Mb100, 2_000_000) : Generate(name, CorpusSize.Mb10, 200_000);
        WarmUp(fromTen ? Generate(name, CorpusSize.Mb1, 20_000) : small);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {smallLabel} = {small.Sum(a => a.Paragraphs.Length):N0} paragraphs indexed 10 times into new indexes; {largeLabel} = {large.Sum(a => a.Paragraphs.Length):N0} paragraphs into one index; CPU per paragraph"));
        Console.WriteLine();
        Console.WriteLine($"| Pair | {smallLabel} (10 indexes) | {largeLabel} (one index) | {largeLabel}/{smallLabel} | GC pause per paragraph {smallLabel} / {largeLabel} |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        var ratios = new List<double>();
        for (int pair = 0; pair < pairs; pair++)
        {
            (double Cpu, double Pause) one = default, ten = default;
            for (int side = 0; side < 2; side++)
            {
                if ((side == 0) == (pair % 2 == 0))
                {
                    one = EqualWork(small, 10, presized);
                }
                else
                {
                    ten = EqualWork(large, 1, presized);
                }
            }

            ratios.Add(ten.Cpu / one.Cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {pair + 1} | {one.Cpu:F2} µs | {ten.Cpu:F2} µs | {ten.Cpu / one.Cpu:F2} | {one.Pause:F2} / {ten.Pause:F2} µs |"));
        }

        double[] sorted = [.. ratios.Order()];
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {largeLabel}/{smallLabel} median **{median:F2}** over {pairs} pairs (min {sorted[0]:F2}, max {sorted[^1]:F2})"));
    }

    /// <summary>
    /// Process CPU time and GC pause per paragraph of indexing <paramref name="articles"/> <paramref name="times"/> times,
    /// each into a new index.
    /// </summary>
    private static (double Cpu, double Pause) EqualWork(IReadOnlyList<(string Id, string[] Paragraphs)> articles, int times, bool presized)
    {
        (string[] ids, string[][] paragraphLists) = Columns(articles);
        long paragraphs = articles.Sum(a => (long)a.Paragraphs.Length);
        int hint = presized ? (int)paragraphs : 0;
        GC.Collect();
        TimeSpan pause0 = GC.GetTotalPauseDuration();
        long cpu0 = ThreadCpuClock.ProcessNanoseconds();
        for (int t = 0; t < times; t++)
        {
            _ = DuplicateWorkloads.IndexAndCount(DuplicateIndexOptions.Default, ids, paragraphLists, hint);
        }

        double count = paragraphs * times;
        return ((ThreadCpuClock.ProcessNanoseconds() - cpu0) / 1e3 / count, (GC.GetTotalPauseDuration() - pause0).TotalMicroseconds / count);
    }

    /// <summary>The documents' ids and paragraph lists as the two arrays <see cref="DuplicateWorkloads.IndexAndCount"/> takes.</summary>
    private static (string[] Ids, string[][] Paragraphs) Columns(IReadOnlyList<(string Id, string[] Paragraphs)> articles) =>
        ([.. articles.Select(a => a.Id)], [.. articles.Select(a => a.Paragraphs)]);

    /// <summary>Indexes <paramref name="articles"/> until three rounds in a row are no faster than the best before them (at most 30 rounds).</summary>
    private static void WarmUp(IReadOnlyList<(string Id, string[] Paragraphs)> articles)
    {
        double best = double.MaxValue;
        int stale = 0;
        for (int round = 0; round < 30 && stale < 3; round++)
        {
            long cpu0 = ThreadCpuClock.ProcessNanoseconds();
            var index = new DuplicateIndex(DuplicateIndexOptions.Default);
            foreach ((string id, string[] paragraphs) in articles)
            {
                _ = index.Add(id, paragraphs);
            }

            double ns = ThreadCpuClock.ProcessNanoseconds() - cpu0;
            if (ns < best * 0.98)
            {
                (best, stale) = (ns, 0);
            }
            else
            {
                stale++;
            }
        }
    }

    /// <summary>Per tenth of the corpus (by paragraphs, in order), the fastest of <paramref name="rounds"/> CPU times per paragraph added.</summary>
    private static double[] Marginal(IReadOnlyList<(string Id, string[] Paragraphs)> articles, int rounds, bool presized)
    {
        long total = articles.Sum(a => (long)a.Paragraphs.Length);
        var best = Enumerable.Repeat(double.MaxValue, Tenths).ToArray();
        for (int round = 0; round < rounds; round++)
        {
            GC.Collect();
            var index = new DuplicateIndex(DuplicateIndexOptions.Default, presized ? (int)total : 0);
            long added = 0, start = 0;
            int tenth = 0;
            long cpu0 = ThreadCpuClock.ProcessNanoseconds();
            foreach ((string id, string[] paragraphs) in articles)
            {
                _ = index.Add(id, paragraphs);
                added += paragraphs.Length;
                if (added * Tenths >= total * (tenth + 1) || added == total)
                {
                    long cpu = ThreadCpuClock.ProcessNanoseconds();
                    best[tenth] = Math.Min(best[tenth], (cpu - cpu0) / 1e3 / (added - start));
                    (cpu0, start, tenth) = (cpu, added, Math.Min(tenth + 1, Tenths - 1));
                }
            }
        }

        return best;
    }

    /// <summary>The news corpus of <paramref name="size"/> as (id, paragraphs) documents.</summary>
    private static IReadOnlyList<(string Id, string[] Paragraphs)> News(CorpusSize size)
    {
        NewsCorpus corpus = NewsCorpus.Get(size);
        string[] ids = DuplicateWorkloads.Ids(corpus.Articles.Count);
        return [.. corpus.ArticleParagraphs.Select((p, i) => (ids[i], p))];
    }

    private static IEnumerable<(string, IReadOnlyList<(string, string[])>, IReadOnlyList<(string, string[])>)> Corpora()
    {
        yield return ("news corpus", News(CorpusSize.Mb1), News(CorpusSize.Mb10));
        yield return ("template corpus", BenchmarkCorpus.Articles(20_000, 12, seed: 42), BenchmarkCorpus.Articles(200_000, 12, seed: 42));
        yield return ("open corpus", OpenVocabularyCorpus.Articles(20_000, 12, seed: 42), OpenVocabularyCorpus.Articles(200_000, 12, seed: 42));
    }

    /// <summary>A generated corpus by name at the scale given as the news corpus size and the paragraph count of the others.</summary>
    private static IReadOnlyList<(string Id, string[] Paragraphs)> Generate(string name, CorpusSize news, int paragraphs) => name switch
    {
        "news corpus" => News(news),
        "template corpus" => BenchmarkCorpus.Articles(paragraphs, 12, seed: 42),
        _ => OpenVocabularyCorpus.Articles(paragraphs, 12, seed: 42),
    };

    private static double Measure(string label, IReadOnlyList<(string Id, string[] Paragraphs)> articles, int rounds, bool presized)
    {
        double best = double.MaxValue, pause = 0, allocated = 0;
        string collections = "";
        int exact = 0, near = 0;
        long paragraphs = 0, verifications = 0, candidates = 0, blocks = 0;
        double retained = 0;
        (string[] ids, string[][] paragraphLists) = Columns(articles);
        int hint = presized ? (int)articles.Sum(a => (long)a.Paragraphs.Length) : 0;
        for (int round = 0; round < rounds; round++)
        {
            long heap0 = GC.GetTotalMemory(forceFullCollection: true);
            TimeSpan pause0 = GC.GetTotalPauseDuration();
            int[] gc0 = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            long alloc0 = GC.GetAllocatedBytesForCurrentThread();
            long cpu0 = ThreadCpuClock.ProcessNanoseconds();
            (DuplicateIndex index, exact, near) = DuplicateWorkloads.IndexAndCount(DuplicateIndexOptions.Default, ids, paragraphLists, hint);
            double cpuMicroseconds = (ThreadCpuClock.ProcessNanoseconds() - cpu0) / 1e3;
            if (round == 0)
            {
                retained = (double)(GC.GetTotalMemory(forceFullCollection: true) - heap0) / index.GetStatistics().Paragraphs;
            }

            DuplicateIndexStatistics s = index.GetStatistics();
            paragraphs = s.Paragraphs;
            verifications = s.Verifications;
            candidates = s.CandidatesExamined;
            blocks = index.BlocksRejected;
            double us = cpuMicroseconds / paragraphs;
            if (us < best)
            {
                best = us;
                pause = (GC.GetTotalPauseDuration() - pause0).TotalMicroseconds / paragraphs;
                collections = string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - gc0[g]));
                allocated = (double)(GC.GetAllocatedBytesForCurrentThread() - alloc0) / paragraphs;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {paragraphs:N0} | {best:F2} µs | {1e6 / best:N0} | {pause:F2} µs ({collections}) | {allocated:N0} B | {exact:N0} / {near:N0} | {(double)candidates / paragraphs:F1} | {(double)blocks / paragraphs:F1} | {(double)verifications / paragraphs:F3} | {retained:N0} B |"));
        return best;
    }
}
