using System.Diagnostics;
using System.Globalization;
using KoNewsParse.Benchmarks.Corpus;
using KoNewsParse.Benchmarks.Suite;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Benchmarks.Smoke;

/// <summary>
/// <c>-- lsh-sweep [Kb10|Mb1|Mb10] [bands×rows …]</c>: a tuning aid for <see cref="DuplicateIndex"/>. For each LSH shape it
/// indexes the corpus once (after one warm-up pass) and prints time, paragraphs/s, allocations and how many exact and
/// near duplicates were found, so a faster shape can be checked for lost recall on the same text.
/// </summary>
public static class LshSweepCommand
{
    /// <summary>Runs the command.</summary>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        CorpusSize size = args.Length > 0 ? Enum.Parse<CorpusSize>(args[0], ignoreCase: true) : CorpusSize.Mb1;
        string[] shapes = args.Length > 1 ? args[1..] : ["20x3", "10x6", "12x5", "8x8", "16x6"];
        NewsCorpus corpus = NewsCorpus.Get(size);
        string[] ids = DuplicateWorkloads.Ids(corpus.Articles.Count);
        Console.WriteLine($"corpus {NewsCorpus.Label(size)}: {corpus.Paragraphs.Count:N0} paragraphs");
        Console.WriteLine("| Bands × rows | S-curve threshold (1/b)^(1/r) | Time | Paragraphs/s | Allocated | Exact found | Near found |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (string shape in shapes)
        {
            string[] parts = shape.Split('x');
            var options = new DuplicateIndexOptions { Bands = int.Parse(parts[0], CultureInfo.InvariantCulture), RowsPerBand = int.Parse(parts[1], CultureInfo.InvariantCulture) };
            _ = DuplicateWorkloads.Index(options, ids, corpus.ArticleParagraphs.Take(50).ToArray(), exact: false); // warm-up
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            (_, int exact, int near) = DuplicateWorkloads.IndexAndCount(options, ids, corpus.ArticleParagraphs);
            sw.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            double threshold = Math.Pow(1.0 / options.Bands, 1.0 / options.RowsPerBand);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {options.Bands} × {options.RowsPerBand} | {threshold:F2} | {sw.Elapsed.TotalMilliseconds:N0} ms | {corpus.Paragraphs.Count / sw.Elapsed.TotalSeconds:N0} | {allocated / 1048576.0:N0} MB | {exact} | {near} |"));
        }

        return 0;
    }
}
