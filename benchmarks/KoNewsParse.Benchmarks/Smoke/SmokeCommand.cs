using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KoNewsParse.Articles;
using KoNewsParse.Benchmarks.Corpus;
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
/// capability finds fewer mentions than recorded (a broken scanner is fast too). No absolute timings are compared: both
/// sides of every ratio run interleaved on the same core, and the minimum of several rounds is kept to shed noise from other
/// processes.
/// </summary>
public static class SmokeCommand
{
    private static readonly DateOnly Reference = new(2026, 11, 24);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

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
        Console.WriteLine("| Capability | Ratio to IndexOfAny | Bound | Mentions | Minimum | Verdict |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach ((string name, JsonNode? node) in capabilities)
        {
            if (!workloads.TryGetValue(name, out Func<int>? workload) || node is null)
            {
                Console.Error.WriteLine($"smoke: unknown capability '{name}' in {boundsPath}");
                return 2;
            }

            double maxRatio = (double?)node["maxRatio"] ?? double.PositiveInfinity;
            int minMentions = (int?)node["minMentions"] ?? 0;
            (double ratio, int mentions) = MeasureRatio(workload, floor, rounds);
            bool ok = ratio <= maxRatio && mentions >= minMentions;
            failures += ok ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ratio:F1} | {maxRatio:F1} | {mentions} | {minMentions} | {(ok ? "ok" : "REGRESSION")} |"));
            results[name] = new JsonObject { ["ratio"] = Math.Round(ratio, 2), ["maxRatio"] = maxRatio, ["mentions"] = mentions, ["minMentions"] = minMentions, ["ok"] = ok };
        }

        if (bounds["speedups"] is JsonObject speedups)
        {
            failures += CheckSpeedups(speedups, rounds, results);
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
            (double ratio, _) = MeasureRatio(ours, theirs, Math.Min(rounds, 3));
            double speedup = 1 / ratio;
            bool ok = speedup >= min;
            failures += ok ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | speed-up {speedup:F0}× | ≥ {min:F0}× | | | {(ok ? "ok" : "REGRESSION")} |"));
            results[name] = new JsonObject { ["speedup"] = Math.Round(speedup, 1), ["minSpeedup"] = min, ["ok"] = ok };
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

    /// <summary>The minimum over <paramref name="rounds"/> interleaved rounds of time(workload) / time(floor).</summary>
    private static (double Ratio, int Mentions) MeasureRatio(Func<int> workload, Func<int> floor, int rounds)
    {
        // warm up both past tiered compilation (tier-0 → tier-1 with dynamic PGO)
        int mentions = 0;
        for (int i = 0; i < 3; i++)
        {
            mentions = workload();
            _ = floor();
        }

        long warmEnd = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 5);
        while (Stopwatch.GetTimestamp() < warmEnd)
        {
            _ = floor();
        }

        double best = double.PositiveInfinity;
        for (int r = 0; r < rounds; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            double w = SecondsPerCall(workload, 0.03);
            double f = SecondsPerCall(floor, 0.03);
            best = Math.Min(best, w / f);
        }

        return (best, mentions);
    }

    private static double SecondsPerCall(Func<int> action, double minSeconds)
    {
        long start = Stopwatch.GetTimestamp();
        long budget = (long)(minSeconds * Stopwatch.Frequency);
        int calls = 0;
        long elapsed;
        do
        {
            _ = action();
            calls++;
            elapsed = Stopwatch.GetTimestamp() - start;
        }
        while (elapsed < budget);

        return (double)elapsed / Stopwatch.Frequency / calls;
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
