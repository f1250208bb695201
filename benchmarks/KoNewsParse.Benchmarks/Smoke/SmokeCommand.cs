using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KoNewsParse.Articles;
using KoNewsParse.Benchmarks.Corpus;
using KoNewsParse.Benchmarks.Infrastructure;
using KoNewsParse.Benchmarks.Suite;
using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.Duplicates;
using KoNewsParse.Money;

namespace KoNewsParse.Benchmarks.Smoke;

/// <summary>
/// <c>-- smoke [--bounds path] [--rounds n] [--out path]</c>: the CI regression guard. In one process, over the same
/// generated text, it times each capability against a plain <c>IndexOfAny</c> pass (<see cref="Baselines.DigitRuns"/>) and
/// fails (exit code 1) when a ratio exceeds the bound recorded in <c>benchmarks/regression-bounds.json</c>, or when a
/// capability finds fewer mentions than recorded (a broken scanner is fast too), or when the time on an adversarial input of
/// the tests grows faster than linearly from n to 4n characters (the <c>scaling</c> items, <see cref="AdversarialInputs"/>).
/// No absolute timings are compared: both sides of every ratio run interleaved on the same core, and the minimum of several
/// rounds is kept to shed noise from other processes; a ratio over its bound is measured up to twice more and the lowest
/// kept, since a burst of load can double one measurement while a real regression stays on every try.
/// </summary>
public static class SmokeCommand
{
    private static readonly DateOnly Reference = new(2026, 11, 24);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>n for the <c>scaling</c> items: each adversarial unit is scanned repeated to n and to 4n characters.</summary>
    private const int ScalingLength = 1 << 14;

    /// <summary>Runs the command.</summary>
    /// <returns>0 when every ratio is within bounds, 1 on a regression, 2 on a configuration error.</returns>
    public static int Run(string[] args)
    {
        var total = Stopwatch.StartNew();
        string boundsPath = Accuracy.AccuracyCommand.OptionValue(args, "--bounds") ?? Path.Combine(AppContext.BaseDirectory, "regression-bounds.json");
        if (!File.Exists(boundsPath))
        {
            Console.Error.WriteLine($"smoke: bounds file not found: {boundsPath}");
            return 2;
        }

        JsonNode? bounds = JsonNode.Parse(File.ReadAllText(boundsPath));
        if (bounds?["capabilities"] is not JsonObject capabilities)
        {
            Console.Error.WriteLine($"smoke: {boundsPath} has no \"capabilities\" object");
            return 2;
        }

        CorpusSize size = Enum.Parse<CorpusSize>((string?)bounds["corpus"] ?? nameof(CorpusSize.Mb1));
        int rounds = int.Parse(Accuracy.AccuracyCommand.OptionValue(args, "--rounds") ?? "7", CultureInfo.InvariantCulture);
        NewsCorpus corpus = NewsCorpus.Get(size);
        string text = corpus.Text;
        Console.WriteLine($"smoke: clock = {(ThreadCpuClock.IsThreadCpuTime ? "thread CPU time" : "wall clock")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"smoke: corpus {NewsCorpus.Label(size)} = {corpus.Utf8Bytes:N0} UTF-8 bytes, {corpus.Articles.Count} articles, {corpus.Paragraphs.Count} paragraphs, fingerprint {corpus.Fingerprint}"));

        Func<int> floor = () => Baselines.DigitRuns(text);
        string[] ids = DuplicateWorkloads.Ids(corpus.Articles.Count);
        var workloads = new Dictionary<string, Func<int>>(StringComparer.Ordinal)
        {
            ["money"] = () => MoneyParser.Default.FindAll(text).Count,
            ["quantities"] = () => QuantityParser.Default.FindAll(text).Count,
            ["dates"] = () => KoreanDateParser.Default.FindAll(text, Reference).Count,
            ["companies"] = () => CompanyRecognizer.Default.FindAll(text).Count,
            ["duplicates"] = () => DuplicateWorkloads.InArticle(DuplicateDetector.Default, corpus.ArticleParagraphs, exact: true)
                + DuplicateWorkloads.InArticle(DuplicateDetector.Default, corpus.ArticleParagraphs, exact: false),
            ["duplicateIndexExact"] = () => DuplicateWorkloads.Index(new DuplicateIndexOptions { DetectNearDuplicates = false }, ids, corpus.ArticleParagraphs, exact: true),
            ["duplicateIndexNear"] = () => DuplicateWorkloads.Index(DuplicateIndexOptions.Default, ids, corpus.ArticleParagraphs, exact: false),
            ["boilerplate"] = () => CountBoilerplate(corpus),
            ["pipeline"] = () => CountPipeline(corpus),
        };

        var results = new JsonObject();
        int failures = 0;
        Console.WriteLine("| Capability | Ratio to IndexOfAny | Bound | Mentions | Minimum | Verdict | MB/s (info only, not checked) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|---:|");
        foreach ((string name, JsonNode? node) in capabilities)
        {
            if (!workloads.TryGetValue(name, out Func<int>? workload) || node is null)
            {
                Console.Error.WriteLine($"smoke: unknown capability '{name}' in {boundsPath}");
                return 2;
            }

            double maxRatio = (double?)node["maxRatio"] ?? double.PositiveInfinity;
            int minMentions = (int?)node["minMentions"] ?? 0;
            double ratio, seconds;
            int mentions;
            try
            {
                (ratio, mentions, seconds) = MeasureRatio(workload, floor, rounds);

                // A ratio over its bound is measured again, up to twice, and the lowest kept: on a shared machine one
                // burst of load on the workload's rounds can double a ratio, while a real regression stays on every try.
                for (int retry = 0; retry < 2 && ratio > maxRatio; retry++)
                {
                    (double again, int againMentions, double againSeconds) = MeasureRatio(workload, floor, rounds);
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"smoke: {name} measured {ratio:F1} over its bound {maxRatio:F1}; again: {again:F1}"));
                    if (again < ratio)
                    {
                        (ratio, mentions, seconds) = (again, againMentions, againSeconds);
                    }
                }
            }
#pragma warning disable CA1031 // a capability that throws on the corpus is a regression to report, not a crash of the guard
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                Console.WriteLine($"| {name} | threw {e.GetType().Name}: {e.Message} | | | | REGRESSION | |");
                Console.Error.WriteLine(e);
                results[name] = new JsonObject { ["exception"] = e.ToString(), ["ok"] = false };
                continue;
            }

            bool ok = ratio <= maxRatio && mentions >= minMentions;
            failures += ok ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ratio:F1} | {maxRatio:F1} | {mentions} | {minMentions} | {(ok ? "ok" : "REGRESSION")} | {corpus.Utf8Bytes / 1048576.0 / seconds:F1} |"));
            results[name] = new JsonObject { ["ratio"] = Math.Round(ratio, 2), ["maxRatio"] = maxRatio, ["mentions"] = mentions, ["minMentions"] = minMentions, ["ok"] = ok };
        }

        if (bounds["speedups"] is JsonObject speedups)
        {
            failures += CheckSpeedups(speedups, rounds, results);
        }

        if (bounds["scaling"] is JsonObject scaling)
        {
            failures += CheckScaling(scaling, rounds, results);
        }

        string? output = Accuracy.AccuracyCommand.OptionValue(args, "--out");
        if (output is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(output, results.ToJsonString(Indented));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"smoke: {(failures == 0 ? "passed" : $"{failures} regression(s)")} in {total.Elapsed.TotalSeconds:F1} s"));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// Speed-ups over the competitor, on the 10 KB corpus paragraph by paragraph (as in the <c>VersusRecognizers</c> benchmark):
    /// time(Recognizers) / time(KoNewsParse) must stay at or above <c>minSpeedup</c>.
    /// </summary>
    private static int CheckSpeedups(JsonObject speedups, int rounds, JsonObject results)
    {
        string[] paragraphs = [.. NewsCorpus.Get(CorpusSize.Kb10).Paragraphs];
        int failures = 0;
        foreach ((string name, JsonNode? node) in speedups)
        {
            (Func<int> ours, Func<int> theirs) = name switch
            {
                "moneyVsRecognizersCurrency" => (PerParagraph(paragraphs, p => MoneyParser.Default.FindAll(p).Count), RecognizersCurrency(paragraphs)),
                _ => throw new InvalidOperationException($"unknown speed-up '{name}'"),
            };
            double min = (double?)node?["minSpeedup"] ?? 0;
            (double ratio, _, _) = MeasureRatio(ours, theirs, Math.Min(rounds, 3));
            double speedup = 1 / ratio;
            bool ok = speedup >= min;
            failures += ok ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | speed-up {speedup:F0}× | ≥ {min:F0}× | | | {(ok ? "ok" : "REGRESSION")} | |"));
            results[name] = new JsonObject { ["speedup"] = Math.Round(speedup, 1), ["minSpeedup"] = min, ["ok"] = ok };
        }

        return failures;
    }

    /// <summary>
    /// Linear time on the adversarial inputs of the tests (<see cref="AdversarialInputs"/>): each unit repeated to
    /// <see cref="ScalingLength"/> and to 4 × that many characters is scanned, and time(4n) / time(n) — 4 for a linear
    /// scan, 16 for a quadratic one — must stay at or below <c>maxRatio</c> for every unit of the item.
    /// </summary>
    private static int CheckScaling(JsonObject scaling, int rounds, JsonObject results)
    {
        int failures = 0;
        foreach ((string name, JsonNode? node) in scaling)
        {
            (string[] units, Func<string, int> scan) = AdversarialInputs.Get(name);
            double max = (double?)node?["maxRatio"] ?? double.PositiveInfinity;
            string[] small = [.. units.Select(u => AdversarialInputs.Repeat(u, ScalingLength))];
            string[] large = [.. units.Select(u => AdversarialInputs.Repeat(u, 4 * ScalingLength))];

            // First all the units at n for a while, so that every code path they reach is past tiered compilation before
            // any is timed; then each unit on its own: a super-linear unit among many linear ones would barely move a total.
            WarmUp(() => small.Sum(scan), 0.2);
            var ratios = new JsonObject();
            (double Ratio, string Unit) worst = (0, "");
            int mentions = 0;
            for (int i = 0; i < units.Length; i++)
            {
                string n = small[i], n4 = large[i];
                (double ratio, int found, _) = MeasureRatio(() => scan(n4), () => scan(n), Math.Min(rounds, 3), warmUpSeconds: 0, minSeconds: 0.01);
                mentions += found;
                ratios[units[i]] = Math.Round(ratio, 2);
                worst = ratio > worst.Ratio ? (ratio, units[i]) : worst;
            }

            bool ok = worst.Ratio <= max;
            failures += ok ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | time 4n/n {worst.Ratio:F1} (worst of {units.Length}: `{worst.Unit}`) | {max:F1} | {mentions} | | {(ok ? "ok" : "REGRESSION")} | |"));
            results[name] = new JsonObject { ["ratio"] = Math.Round(worst.Ratio, 2), ["maxRatio"] = max, ["worstUnit"] = worst.Unit, ["ratios"] = ratios, ["ok"] = ok };
        }

        return failures;
    }

    private static Func<int> PerParagraph(string[] paragraphs, Func<string, int> scan) => () =>
    {
        int n = 0;
        foreach (string p in paragraphs)
        {
            n += scan(p);
        }

        return n;
    };

    private static Func<int> RecognizersCurrency(string[] paragraphs)
    {
        Microsoft.Recognizers.Text.IModel model = new Microsoft.Recognizers.Text.NumberWithUnit.NumberWithUnitRecognizer(Microsoft.Recognizers.Text.Culture.Korean).GetCurrencyModel();
        return PerParagraph(paragraphs, p => model.Parse(p).Count);
    }

    /// <summary>
    /// (fastest workload time) / (fastest floor time) over <paramref name="rounds"/> interleaved rounds, timed in thread CPU
    /// time, which other processes on the machine do not inflate. Each side is called at least for
    /// <paramref name="minSeconds"/> per round; the floor is also run for <paramref name="warmUpSeconds"/> before the rounds.
    /// </summary>
    private static (double Ratio, int Mentions, double WorkloadSeconds) MeasureRatio(Func<int> workload, Func<int> floor, int rounds, double warmUpSeconds = 0.2, double minSeconds = 0.03)
    {
        // warm up both past tiered compilation (tier-0 → tier-1 with dynamic PGO)
        int mentions = 0;
        for (int i = 0; i < 3; i++)
        {
            mentions = workload();
            _ = floor();
        }

        WarmUp(floor, warmUpSeconds);

        // min of each side over the rounds: the least disturbed measurement of each
        double fastestWorkload = double.PositiveInfinity, fastestFloor = double.PositiveInfinity;
        for (int r = 0; r < rounds; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            fastestWorkload = Math.Min(fastestWorkload, SecondsPerCall(workload, minSeconds));
            fastestFloor = Math.Min(fastestFloor, SecondsPerCall(floor, minSeconds));
        }

        return (fastestWorkload / fastestFloor, mentions, fastestWorkload);
    }

    /// <summary>Calls <paramref name="action"/> repeatedly for <paramref name="seconds"/> of wall-clock time.</summary>
    private static void WarmUp(Func<int> action, double seconds)
    {
        long end = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * seconds);
        while (Stopwatch.GetTimestamp() < end)
        {
            _ = action();
        }
    }

    private static double SecondsPerCall(Func<int> action, double minSeconds)
    {
        double start = ThreadCpuClock.Now();
        int calls = 0;
        double elapsed;
        do
        {
            _ = action();
            calls++;
            elapsed = ThreadCpuClock.Now() - start;
        }
        while (elapsed < minSeconds);

        return elapsed / calls;
    }

    private static int CountBoilerplate(NewsCorpus corpus)
    {
        int found = 0;
        foreach (string[] lines in corpus.ArticleParagraphs)
        {
            foreach (BoilerplateKind kind in BoilerplateDetector.Default.ClassifyAll(lines))
            {
                found += kind == BoilerplateKind.None ? 0 : 1;
            }
        }

        return found;
    }

    private static int CountPipeline(NewsCorpus corpus)
    {
        int mentions = 0;
        foreach (string article in corpus.Articles)
        {
            ParsedArticle parsed = ArticleParser.Default.Parse(article);
            mentions += parsed.Money.Count + parsed.Dates.Count + parsed.Companies.Count;
        }

        return mentions;
    }
}
